package material

import (
	"slices"
	"strings"
)

// availNoteRE is a remark in brackets, in an example, on whom a product
// is offered to for now: "for example, our AskFT tool (currently
// available to our FT Professional clients)".
var availNoteRE = mustPattern(`(?i)(\b(?:for example|for instance|e\.\s?g\.|such as),?\s[^.;:()]{1,80}?)\s*\((?:currently|now|at present|presently)\s+(?:available|offered|in beta|being tested)\b([^()]{0,80})\)`)

// availWords are the words availNoteRE's bracket opens with ("at
// present", "presently": "present").
var availWords = []string{"currently", "now", "present"}

// withoutAvailabilityNote drops, from the side that has it, a remark in
// brackets on whom the product an example names is offered to for now
// ("for example, our AskFT tool (currently available to our FT
// Professional clients)" → "for example, our AskFT tool"), where the
// other side has no such remark: an example illustrates the commitment,
// and how far a product has been rolled out is a fact about the product,
// not about what is done with personal data (b17-10). A remark with a
// force word, a number, a first person but "our", or a word of a
// category of the rulebook ("with your consent", "in the EEA only") is
// kept.
func (c *classifier) withoutAvailabilityNote(mOld, mNew string) (string, string) {
	if !strings.Contains(mOld, "(") && !strings.Contains(mNew, "(") {
		return mOld, mNew
	}
	if !slices.ContainsFunc(availWords, func(w string) bool { return containsFold(mOld, w) || containsFold(mNew, w) }) {
		return mOld, mNew
	}
	drop := func(m string) (string, bool) {
		dropped := false
		out := availNoteRE.ReplaceAllStringFunc(m, func(s string) string {
			g := availNoteRE.FindStringSubmatch(s)
			if !c.plainNote(g[2]) {
				return s
			}
			dropped = true
			return g[1]
		})
		return out, dropped
	}
	o, okO := drop(mOld)
	n, okN := drop(mNew)
	switch {
	case okO && !okN:
		return o, mNew
	case okN && !okO:
		return mOld, n
	}
	return mOld, mNew
}

// availPlaceWords name where a product is offered, which may be where data
// is processed.
var availPlaceWords = map[string]bool{"eea": true, "eu": true, "uk": true, "us": true, "usa": true, "europe": true, "country": true, "countries": true, "region": true, "regions": true}

// plainNote reports the rest of a remark on availability (after
// "currently available") that commits to nothing: no force word, number,
// "we" or "us", and no word of a category.
func (c *classifier) plainNote(note string) bool {
	for _, w := range rawWords(note) {
		lw := strings.ToLower(w)
		if isNumber(lw) || c.ix.number[lw] || lw == "we" || lw == "us" || lw == "only" || lw == "not" || lw == "unless" || lw == "if" {
			return false
		}
		if c.ix.countries[w] || len(c.ix.entityByFirst[w]) > 0 || availPlaceWords[lw] {
			return false // a place or a party the rulebook knows: "in the EEA", "with Google"
		}
	}
	fn := c.ix.fold(note)
	if count, _ := c.ix.forces(fn); len(count) > 0 {
		return false
	}
	return len(c.ix.strongHits(fn)) == 0
}
