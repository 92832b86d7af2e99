package material

import (
	"strings"
	"unicode"
)

// A regulator named by its office, "the Information Commissioner" → "the
// Information Commissioner's Office (ICO)" (b76-20), is the same body:
// the office is how the named officer works, and the reader complains to
// the same one. Only "Office" after the officer's own name, the whole
// name the other side writes, is explained: another officer's office
// ("the Data Protection Commissioner's Office") or an office beside the
// name is a body of its own.

// bodysOffice returns a test for the word "office" where one side writes
// "N's Office" (straight or curly apostrophe) and the other writes the
// capitalised name N with no office after it.
func bodysOffice(ctxOld, ctxNew string) func(string) bool {
	said := officeAfterName(ctxNew, ctxOld) || officeAfterName(ctxOld, ctxNew)
	return func(w string) bool { return said && w == "office" }
}

// officeAfterName reports an "N's Office" in text whose name N, the capitalised
// words before the apostrophe, other writes without the office.
func officeAfterName(text, other string) bool {
	for _, mark := range []string{"'s Office", "’s Office"} {
		for i := 0; ; {
			j := strings.Index(text[i:], mark)
			if j < 0 {
				break
			}
			j += i
			i = j + len(mark)
			name := capitalisedBefore(text[:j])
			if name == "" || strings.Contains(other, name+"'s Office") || strings.Contains(other, name+"’s Office") {
				continue
			}
			if k := strings.Index(other, name); k >= 0 && (k == 0 || !isWordByte(other[k-1])) && (k+len(name) == len(other) || !isWordByte(other[k+len(name)])) {
				return true
			}
		}
	}
	return false
}

// capitalisedBefore returns the run of capitalised words that ends s:
// "the UK regulator, the Information Commissioner" gives "Information
// Commissioner"; "" when the last word is not capitalised.
func capitalisedBefore(s string) string {
	words := strings.Fields(s)
	n := 0
	for k := len(words) - 1; k >= 0; k-- {
		w := words[k]
		if w == "" || !unicode.IsUpper([]rune(w)[0]) || strings.ContainsAny(w, ",.;:()") {
			break
		}
		n++
	}
	return strings.Join(words[len(words)-n:], " ")
}
