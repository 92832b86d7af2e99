package material

import (
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/markdown"
)

// A heading names what the text under it is about and commits to nothing
// by itself: "16. YOUR RIGHTS UNDER UK GDPR" → "16. YOUR DATA PROTECTION
// RIGHTS" (b48-37), the list of rights under it unchanged, is a title
// reworded. A heading can still be the only place a policy says whom or
// what a section covers: a place ("UK", "Utah") or a law's name (a word
// that is no English word: "GDPR", "CCPA") taken out of a heading while the
// new text names it nowhere, or put in while the old text named it
// nowhere, narrows or widens that section, and stays compared. A
// heading that changes with the text under it is another change, judged
// on its own.
//
// retitled returns a test for a word of a heading line retitled: both
// sides a markdown heading, or a line of at most twelve words in capitals
// (a section number before them allowed) with no full stop at its end.
func (c *classifier) retitled(old, new string) func(string) bool {
	if !c.headingLine(old) || !c.headingLine(new) {
		return func(string) bool { return false }
	}
	return func(w string) bool {
		if !c.ix.countries[strings.ToUpper(w)] && !c.ix.countries[w] && !placeWord(w) && c.english(w) {
			return true
		}
		// A place or a name: the scope it gives must be said elsewhere
		// on the side that no longer, or not yet, has it in the heading.
		inOld, inNew := containsWordFold(old, w), containsWordFold(new, w)
		return inOld && !inNew && c.inDoc(false, w) || inNew && !inOld && c.inDoc(true, w)
	}
}

// placeWord reports a word WordNet knows first as a place: "Utah",
// "California".
func placeWord(w string) bool {
	e := wordNet().entries(w)
	return len(e) > 0 && e[0].pos[0] == 'n' && e[0].lexfile == 15
}

// headingLine reports a line that is a heading: a markdown heading, or a
// short line in capitals standing alone.
func (c *classifier) headingLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.Contains(s, "\n") {
		return false
	}
	if _, ok := markdown.CutHeadingMarker(s); ok {
		return true
	}
	if strings.HasSuffix(s, ".") || plainWordCount(s, 13) > 12 {
		return false
	}
	letters := false
	for _, r := range stripNumbering(s) {
		if unicode.IsLetter(r) {
			letters = true
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters
}

// containsWordFold reports w, folded, among s's words.
func containsWordFold(s, w string) bool {
	for _, x := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if x == w {
			return true
		}
	}
	return false
}
