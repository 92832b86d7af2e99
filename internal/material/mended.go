package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/levenshtein"
)

// mendedName reports a name e whose spelling mends (or mars) a name of the
// other side by one letter, the rest of the name kept: "Thompson Reuters"
// → "Thomson Reuters" (b19-07) is the same company, its misspelling put
// right, not a new recipient. The other spelling must be gone from the
// text e is in (every mention mended), the name must keep a word that is
// no company form ("Zentrova Ltd" → "Zentrovo Ltd" may be another
// company, and is compared by the document's other mentions), and the
// word mended must be a long one, capitalised alike, and no place or word
// of the rules ("Meta Platforms Ireland" → "Meta Platforms Iceland" moves
// a company).
func (c *classifier) mendedName(e string, others []string, text string) (string, bool) {
	ew := strings.Fields(e)
	if len(ew) < 2 {
		return "", false
	}
	for _, x := range others {
		xw := strings.Fields(x)
		if len(xw) != len(ew) || x == e || strings.Contains(text, x) {
			continue
		}
		diff, kept := -1, false
		for i := range ew {
			if ew[i] == xw[i] {
				kept = kept || !corporate[strings.ToLower(strings.Trim(ew[i], ".,"))]
				continue
			}
			if diff >= 0 {
				diff = -2
				break
			}
			diff = i
		}
		if diff < 0 || !kept || !c.mendedWord(ew[diff], xw[diff]) {
			continue
		}
		return x, true
	}
	return "", false
}

// mendedWord reports two spellings of one word of a name, a letter apart:
// both capitalised, of five letters and more, with the same first letter,
// neither a place, a company form or a word policies capitalise.
func (c *classifier) mendedWord(a, b string) bool {
	if len(a) < 5 || len(b) < 5 || !isName(a) || !isName(b) || a[0] != b[0] || levenshtein.Distance(a, b) != 1 {
		return false
	}
	for _, w := range []string{a, b} {
		lw := strings.ToLower(w)
		if c.ix.countries[w] || commonCapitalised[lw] || corporate[lw] || len(c.ix.entityByFirst[lw]) > 0 {
			return false
		}
		if ks, _ := c.places(w); len(ks) > 0 {
			return false
		}
	}
	return true
}
