package material

import (
	"maps"
	"slices"
	"strings"
	"unicode"
)

// Where in the product a reader finds a setting is the same channel
// however the product names its screens: "through your settings page" →
// "on the Profile screen under Settings", "our GDPR Rights Page" → "the
// Data Requests page in your account" (b184: a product manager for admin
// controls, four such edits read as changes of rights). A screen traded
// for an email or a call, a third party's page for the company's, or the
// act done there changed, is not this: only the words that say where
// change, and each says a place on a screen.

// uiNouns name a place on a screen.
var uiNouns = map[string]bool{"page": true, "pages": true, "screen": true, "screens": true, "tab": true, "tabs": true,
	"settings": true, "setting": true, "dashboard": true, "console": true, "menu": true, "section": true, "panel": true,
	"center": true, "centre": true, "portal": true, "area": true, "button": true, "link": true, "preferences": true}

// uiHolders hold screens ("the settings page of your account") but are
// also kinds of data ("account data", b189-09): they name no place alone.
var uiHolders = map[string]bool{"account": true, "profile": true}

// uiJoints are the small words of a path to a screen. "And" and "or"
// are not: a screen put beside another, or taken from beside it, is a way
// added or taken away (b161-38).
var uiJoints = map[string]bool{"the": true, "your": true, "our": true, "a": true, "an": true, "of": true, "in": true,
	"on": true, "under": true, "from": true, "through": true, "via": true, "at": true, "within": true, "using": true,
	"then": true, "to": true, "its": true, "their": true}

// uiPlaceTraded returns the words of old and of new that say where on a
// screen something is done, where they are all that changed; ok is false
// otherwise.
func (c *classifier) uiPlaceTraded(old, new string) (o, n string, ok bool) {
	mo, mn := changedWithMargin(old, new, 16)
	if !uiNounIn(mo) && !uiNounIn(mn) {
		return "", "", false
	}
	wo, wn := rawWords(stripMarkdown(unmangle(old))), rawWords(stripMarkdown(unmangle(new)))
	p := 0
	for p < len(wo) && p < len(wn) && strings.EqualFold(wo[p], wn[p]) {
		p++
	}
	s := 0
	for s < len(wo)-p && s < len(wn)-p && strings.EqualFold(wo[len(wo)-1-s], wn[len(wn)-1-s]) {
		s++
	}
	so, sn := wo[p:len(wo)-s], wn[p:len(wn)-s]
	if len(so)+len(sn) == 0 || p == 0 {
		return "", "", false
	}
	if (len(so) == 0 || len(sn) == 0) && (listJoint(mo) || listJoint(mn)) {
		// "our cookie consent banner, the preference center in your
		// dashboard, or by contacting us" → "… banner or by contacting
		// us": an item of a list of ways taken out whole, its "or"
		// left to the item after it (whether_test.go's twin).
		return "", "", false
	}
	names := func(span []string) int {
		n := 0
		for _, w := range span {
			if r := []rune(w)[0]; unicode.IsUpper(r) && !uiNouns[strings.ToLower(w)] {
				n++
			}
		}
		return n
	}
	if names(so) > 0 && names(sn) > 0 {
		// A named page renamed ("our GDPR Rights Page" → "our Privacy
		// Request Centre") is the rule of titles renamed's to read: a
		// coined name may name another place (titlerenamed.go).
		return "", "", false
	}
	place := func(span, ws []string, at int) bool {
		named := false
		for i, w := range span {
			lw := strings.ToLower(w)
			if r := []rune(w)[0]; unicode.IsDigit(r) || unicode.IsUpper(r) && (c.knownParty(w) || c.ix.countries[w]) {
				return false // a number, or a third party's page: "your Google Account page"
			}
			switch {
			case uiNouns[lw]:
				named = true
			case uiJoints[lw] || uiHolders[lw]:
			case unicode.IsUpper([]rune(w)[0]):
				// a screen's own name: "the Profile screen", "Data Requests"
			case at+i+1 < len(ws) && uiNouns[strings.ToLower(ws[at+i+1])] && lexPOS(lw, 'n'):
				// a word naming the screen before its noun: "preference center"
			default:
				return false
			}
		}
		return named || len(span) == 0
	}
	// Each side names the place with a noun of the screen, or says
	// nothing: one side at least does, as both are not empty.
	if !place(so, wo, p) || !place(sn, wn, p) {
		return "", "", false
	}
	return strings.Join(so, " "), strings.Join(sn, " "), true
}

// uiNounIn reports a text that may name a place on a screen: most texts
// name none, and their words are not split.
func uiNounIn(s string) bool { return uiNounList.in(s) }

// uiNounList is uiNouns, looked for in one pass (foldList).
var uiNounList = newFoldList(slices.Sorted(maps.Keys(uiNouns))...)

// listJoint reports a comma before "or" or "and": the joint of a list's
// last item.
func listJoint(s string) bool {
	return strings.Contains(s, ", or ") || strings.Contains(s, ", and ")
}
