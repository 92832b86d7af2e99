package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// pointerListEntry reports an item added to or removed from a list whose
// lead-in says its items give more information ("The following privacy
// notices provide additional information about some Google services:"),
// the item only a link: "* [Chrome & the Chrome Operating System](…)"
// (Google's policy in Open Terms Archive, ota-025 to 027). Such an item
// points to a notice, judged where it is; it commits to nothing here. An
// item with words beside its link, or a list of parties, is judged as
// any text is. So is a link alone under a heading of related pages.
func (c *classifier) pointerListEntry(ch redline.Change) bool {
	if ch.Kind != redline.Insert && ch.Kind != redline.Delete || ch.Old != "" && ch.New != "" {
		return false
	}
	text := strings.TrimSpace(ch.Old + ch.New)
	if strings.Contains(text, "\n") || !linkLineRE.MatchString(text) {
		return false
	}
	if relatedHeadingRE.MatchString(c.heading(ch.Kind == redline.Delete)) {
		return true // under "Related Articles", "See also"
	}
	lead := c.leadIn()
	return lead != "" && moreInfoRE.MatchString(lead) && !c.partyWords(c.ix.fold(lead)) && !actLeadRE.MatchString(lead)
}

// actLeadRE is a lead-in whose items are ways for the reader to act, though
// it says they inform: "For more information on the choices that may be
// available to you to opt out of receiving interest-based advertising,
// please visit:" over the industry's opt-out pages. An item taken from it
// is one way to opt out no longer given (Last.fm's, ota-86 032).
var actLeadRE = mustPattern(`(?i)\bopt(?:ing)?[\s-]+out\b|\bopt-outs?\b|\bunsubscrib|\bwithdraw\w*\s+(?:your\s+)?consent\b|\bexercis\w+\s+(?:your|these|those|the(?:se)?\s+)?\s*(?:\w+\s+)?rights?\b|\bmanag\w+\s+your\s+(?:preferences|settings|choices|consent|cookies)\b`)

// relatedHeadingRE is a heading over links to other pages: Threads's
// privacy page, captured from Instagram's help centre, ends with "Related
// Articles" and a line a link, changed with every capture ("[Review and
// export your Threads information](…?helpref=related_articles)" read as
// retention; pga-34 025).
var relatedHeadingRE = mustPattern(`(?i)^\W*(?:related(?:\s+(?:articles?|pages?|topics?|links?|resources|help|content|reading|questions))?|see\s+also|further\s+reading|more\s+(?:resources|help|articles)|useful\s+links|helpful\s+links|other\s+resources|popular\s+(?:articles|topics))\W*$`)
