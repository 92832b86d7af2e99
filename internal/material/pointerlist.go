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
// any text is.
func (c *classifier) pointerListEntry(ch redline.Change) bool {
	if ch.Kind != redline.Insert && ch.Kind != redline.Delete || ch.Old != "" && ch.New != "" {
		return false
	}
	text := strings.TrimSpace(ch.Old + ch.New)
	if strings.Contains(text, "\n") || !linkLineRE.MatchString(text) {
		return false
	}
	lead := c.leadIn()
	return lead != "" && moreInfoRE.MatchString(lead) && !c.partyWords(c.ix.fold(lead))
}
