package material

import (
	"strings"
	"unicode"
)

// A cookie table names its categories by the names the industry gives
// them (the ICC UK Cookie guide's four: strictly necessary, performance,
// functionality, targeting), under others that mean the same:
// "Performance" is "Analytics", "Functionality" is "Preferences",
// "Targeting" is "Advertising". A row whose label gains or trades such a
// name, its description the same, lists the same cookies for the same
// ends: "| Performance | We use these cookies to collect information about
// how you use our site … |" → "| Performance & Analytics | … |" (b52-32).
// A label that names another category ("Performance" → "Performance &
// Advertising") or a description changed is still read.

// cookieKinds groups the names of one category of cookies.
var cookieKinds = map[string]int{
	"essential": 1, "necessary": 1, "strictly": 1, "required": 1,
	"performance": 2, "analytics": 2, "analytical": 2, "statistics": 2, "statistical": 2, "measurement": 2,
	"functionality": 3, "functional": 3, "preferences": 3, "preference": 3,
	"targeting": 4, "advertising": 4, "marketing": 4,
}

// cookieRowRelabelled reports two table rows whose first cells name one
// category of cookies (cookieKinds, with "cookies" and "&", "and") and
// whose other cells read the same, letter for letter.
func cookieRowRelabelled(old, new string) bool {
	co, cn := rowCells(old), rowCells(new)
	if len(co) < 2 || len(co) != len(cn) || co[0] == cn[0] {
		return false
	}
	for i := 1; i < len(co); i++ {
		if lettersOf(co[i]) != lettersOf(cn[i]) {
			return false
		}
	}
	ko, kn := cookieKindOf(co[0]), cookieKindOf(cn[0])
	return ko > 0 && ko == kn
}

// rowCells returns the cells of a one-line table row, or nil. A lone "|"
// is none: its start and end are one mark (a lead-in of a table that
// Dailymotion's policy wrote as that one mark panicked here, ota-80 006).
func rowCells(s string) []string {
	s = strings.TrimSpace(s)
	if len(s) < 2 || strings.Contains(s, "\n") || !strings.HasPrefix(s, "|") || !strings.HasSuffix(s, "|") {
		return nil
	}
	return strings.Split(s[1:len(s)-1], "|")
}

// lettersOf returns the letters of s, lowercased, line breaks ("<br>")
// and all else dropped: "Fo <br>r example" reads "forexample".
func lettersOf(s string) string {
	s = strings.ReplaceAll(s, "<br>", "")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// cookieKindOf returns the category of cookies a label names, 0 when it
// names none or more than one.
func cookieKindOf(label string) int {
	kind := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(label), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch k := cookieKinds[w]; {
		case w == "and" || w == "cookies" || w == "cookie":
		case k == 0 || kind != 0 && k != kind:
			return 0
		default:
			kind = k
		}
	}
	return kind
}
