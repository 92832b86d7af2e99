package material

import (
	"slices"
	"strings"
)

// versionRE is a version number written after a capitalised name, before
// a comma, a stop, a bracket, "and", "or" or the end: "Google Analytics
// 4,", "Windows 11 and". Group 1 is the name's last word, group 2 the
// number with the space before it.
var versionRE = mustPattern(`(\p{Lu}[\p{L}\p{N}]*)(\s+\d{1,3}(?:\.\d{1,2})?)(?:[,;.)]|\s+(?:and|or)\b|\s*$)`)

// withoutVersions returns old and new without the version number one side
// writes after a product's name and the other does not: "Google
// Analytics" → "Google Analytics 4" names the same product, of the same
// party. The name must be one the rules read as a party's or a
// product's on both sides (entities), written alike, with no number after
// it on the other side: a number changed ("Analytics 3" → "Analytics 4"),
// a number after a word that names no party ("Article 6", "Under 13"),
// or a number before a unit ("Google 2 times") are compared as written.
func (c *classifier) withoutVersions(old, new string) (string, string) {
	if !capitalThenNumber(old) && !capitalThenNumber(new) {
		return old, new
	}
	var eo, en []string
	strip := func(s, other string, es, eo []string) string {
		ms := versionRE.FindAllStringSubmatchIndex(s, -1)
		if len(ms) == 0 {
			return s
		}
		var cut [][2]int
		for _, m := range ms {
			name := s[m[2]:m[3]]
			// The whole name: the entity both sides name that ends
			// with this word, just before the number.
			var whole string
			for _, e := range es {
				if strings.HasSuffix(s[:m[3]], e) && (e == name || strings.HasSuffix(e, " "+name)) && slices.Contains(eo, e) {
					whole = e
					break
				}
			}
			if whole == "" || versionAfter(other, name) {
				continue
			}
			cut = append(cut, [2]int{m[4], m[5]})
		}
		return replaceSpans(s, cut, "")
	}
	if versionRE.MatchString(old) || versionRE.MatchString(new) {
		eo, en = c.entities(old), c.entities(new)
	} else {
		return old, new
	}
	return strip(old, new, eo, en), strip(new, old, en, eo)
}

// versionAfter reports s writing a number right after the word name
// somewhere, whatever the spaces between: the other side's own version.
func versionAfter(s, name string) bool {
	for at := 0; ; {
		i := strings.Index(s[at:], name)
		if i < 0 {
			return false
		}
		rest := strings.TrimLeft(s[at+i+len(name):], " \t\n")
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
		at += i + len(name)
	}
}

// capitalThenNumber is a cheap test for what versionRE finds: a word
// starting with a capital, a space, and a digit. Most paragraphs have
// none, and the expression is not run on them.
func capitalThenNumber(s string) bool {
	for i := strings.IndexByte(s, ' '); i >= 0 && i+1 < len(s); {
		if c := s[i+1]; c >= '0' && c <= '9' {
			j := strings.LastIndexAny(s[:i], " \n([") + 1
			if j < i && s[j] >= 'A' && s[j] <= 'Z' {
				return true
			}
		}
		k := strings.IndexByte(s[i+1:], ' ')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}
