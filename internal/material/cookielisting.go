package material

import (
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/redline"
)

// cookieListing returns "cookies" for a material verdict on an entry of
// a list of cookies: a row of a table, or a line naming a cookie by its
// identifier ("\_shopify\_essential", "cf\_clearance", "tbp-consent"),
// under a title or heading about cookies or trackers. X's cookie page
// lists each cookie as lines of its own ("g\_state", then "This cookie is
// for Google authentication"), Taboola's and Stack Overflow's as rows of
// tables ("| tbp-consent | Maintains a record of the user's cookie consent
// collection. |"); a cookie put in, dropped or described anew was read
// "Categories of personal data: new text", "Purposes of use", "Security"
// by the words of its description (ota-146, ota-149, ota-150, where every
// labeller named cookies). What the entry is, is a cookie: the words of
// its description (what it keeps, for how long, what for) say which
// cookie. A party the entry names stays a recipient (a table of
// processors under "Cookies, Usage, and Analytics Information", b26-09),
// and so do a right, a ground and a place. A heading that
// names the privacy policy too ("Privacy and Cookies Policy") is no
// heading of a list of cookies: its tables may list anything.
func (c *classifier) cookieListing(v Verdict, ch redline.Change) string {
	switch v.Category {
	case "data", "purposes", "retention", "security", "ai":
	default:
		return "" // a party, a right, a ground, a place: what the entry names besides a cookie
	}
	if c.rb.categoryIndex("cookies") < 0 || !cookieHeading(ch.Section) {
		return ""
	}
	for _, side := range [2]string{ch.Old, ch.New} {
		s := strings.TrimSpace(side)
		if s == "" {
			continue
		}
		if !onlyTableRows(s) && !cookieIdentifierLine(s) {
			return ""
		}
	}
	return "cookies"
}

// cookieHeading reports a heading path one of whose headings names
// cookies or trackers, and not privacy.
func cookieHeading(path []string) bool {
	for _, h := range path {
		l := strings.ToLower(h)
		if (strings.Contains(l, "cookie") || strings.Contains(l, "tracker") || strings.Contains(l, "tracking technolog")) &&
			!strings.Contains(l, "privacy") && !strings.Contains(l, "data protection") {
			return true
		}
	}
	return false
}

// onlyTableRows reports text whose every line is a row of a table.
func onlyTableRows(s string) bool {
	for line := range strings.Lines(s) {
		if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "|") {
			return false
		}
	}
	return true
}

// cookieIdentifierLine reports a line of at most three words, one of them
// written as a program names things: letters joined by an underscore or a
// hyphen, no space ("\_shopify\_essential", "g\_state", "tbp-consent").
func cookieIdentifierLine(s string) bool {
	if strings.Contains(s, "\n") {
		return false
	}
	ws := strings.Fields(strings.ReplaceAll(s, `\_`, "_"))
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		w = strings.Trim(w, "_-.,;:()`*")
		i := strings.IndexAny(w, "_-")
		if i > 0 && i < len(w)-1 && unicode.IsLetter(rune(w[i-1])) && unicode.IsLetter(rune(w[i+1])) && strings.ToLower(w) == w {
			return true
		}
	}
	return false
}
