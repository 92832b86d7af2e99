package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A section titled by cookies and nothing else ("Cookies and similar
// technologies", "15. Cookies and tracking technologies") is the cookie
// notice (ePrivacy Directive Art. 5(3)): what a change there alters is
// what the trackers do, whatever words of purposes its line is written
// in, though the sentence names no tracker ("These technologies help us
// understand website usage" → "… and build advertising audiences").
// cookieSection (cookiesection.go) reads a sentence that names the
// trackers under any heading about them.
//
// cookieTitleSection returns "cookies" for a material verdict of purposes,
// scope, security or AI under such a title, where the change names no
// consent, no right and no handing over of data (cookieUse); a number, a party named, a citation, a contact or a period
// keep theirs, as in cookieSection, and so do the other categories.
func (c *classifier) cookieTitleSection(v Verdict, ch redline.Change) string {
	switch v.Category {
	case "purposes", "scope", "security", "ai":
	default:
		return ""
	}
	if v.Rule != "fallback" && hasSuffixAny(v.Rule, ".number", ".entity", ".citation", ".contact", ".period") {
		return ""
	}
	if !c.titledAs(v, ch, func(h string) bool { return headingOf(h, cookieTitleNames, cookieTitleWords) }) || c.rb.categoryIndex("cookies") < 0 {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if so+sn == "" {
		return ""
	}
	return c.cookieUse(so, sn, false)
}

// cookieTitleNames name the trackers in a title; cookieTitleWords are the
// other words such a title may have.
var (
	cookieTitleNames = map[string]bool{"cookies": true, "cookie": true, "tracking": true, "trackers": true}
	cookieTitleWords = map[string]bool{"and": true, "similar": true, "technologies": true, "technology": true,
		"other": true, "identifiers": true, "use": true, "of": true, "our": true, "how": true, "we": true,
		"the": true, "your": true, "web": true, "beacons": true, "pixels": true, "tools": true}
)

// headingOf reports a heading made only of words of names, at least one,
// and of other, beside a section number: "15. COOKIES AND TRACKING
// TECHNOLOGIES" with names {cookies, tracking} and other {and,
// technologies}.
func headingOf(heading string, names, other map[string]bool) bool {
	named := false
	for _, w := range plainWords(strings.ToLower(heading)) {
		switch {
		case names[w]:
			named = true
		case other[w] || sectionNumber(w):
		default:
			return false
		}
	}
	return named
}
