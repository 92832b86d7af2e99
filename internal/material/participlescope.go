package material

import "strings"

// A participle after a noun says which ones the noun names, as a relative
// clause does (relativeClauseChanged): "With the client associated with
// the request" → "With our clients" shares with every client, not the one
// the request came from (b72-45, a miss: "Same commitments, reworded").
// A participle that points into the document ("the providers listed
// below", "the purposes described above") or to a law ("the rights
// conferred by the CCPA") names the same ones the list or the law does,
// and is left to the pointer rules.

// pointerParticiples point to a place of the text, not to which ones.
var pointerParticiples = map[string]bool{"listed": true, "described": true, "set": true, "mentioned": true, "named": true,
	"referred": true, "identified": true, "specified": true, "outlined": true, "detailed": true, "explained": true, "indicated": true, "stated": true, "shown": true,
	// and to a law that lists or grants them: "the categories enumerated in
	// the CCPA", "the rights conferred by the CCPA" are those the law gives
	"enumerated": true, "defined": true, "conferred": true, "granted": true, "prescribed": true, "required": true, "provided": true}

// participlePreps follow a participle that restricts its noun.
var participlePreps = map[string]bool{"with": true, "to": true, "in": true, "by": true, "for": true, "from": true, "at": true}

// participleClauseChanged returns the phrase of a noun and the participle
// after it that the old side has and the new drops, the noun kept;
// dropped is true when it returns one.
func (c *classifier) participleClauseChanged(old, new string) (string, bool) {
	find := func(a, b []string) string {
		has := map[string]bool{}
		for _, w := range b {
			has[inflectionStem(w)] = true
		}
		for i := 1; i+1 < len(a); i++ {
			p, noun := a[i], a[i-1]
			if !strings.HasSuffix(p, "ed") || pointerParticiples[p] || !participlePreps[a[i+1]] || has[inflectionStem(p)] || has[undoubled(p)] || !lexPOS(p, 'v') {
				continue
			}
			if c.ix.grammar[noun] || pronouns[noun] || !has[inflectionStem(noun)] || !lexPOS(noun, 'n') {
				continue
			}
			// What the participle ties the noun to is gone from the other
			// side too: "vendors based in the EU" → "vendors located in the
			// EU" says the same ones.
			obj := ""
			for k := i + 2; k < len(a) && k <= i+4; k++ {
				if !c.ix.grammar[a[k]] && !pronouns[a[k]] {
					obj = a[k]
					break
				}
			}
			if obj == "" || has[inflectionStem(obj)] {
				continue
			}
			end := min(len(a), i+5)
			return strings.Join(a[i-1:end], " ")
		}
		return ""
	}
	words := func(s string) []string {
		var out []string
		for _, f := range strings.Fields(strings.ToLower(stripMarkdown(s))) {
			if w := strings.Trim(f, ".,;:!?()[]\"'“”‘’"); w != "" {
				out = append(out, w)
			}
		}
		return out
	}
	// Only a participle dropped: added, one often restates where the
	// old side said so another way ("the link in any email we send you"
	// → "the link included in each of our emails"), and the relative
	// clauses cover what a new one narrows.
	if p := find(words(old), words(new)); p != "" {
		return p, true
	}
	return "", false
}

// participleHint reports a word changed that may be a participle saying
// which ones: a cheap gate before the sentences are read.
func participleHint(ws []string) bool {
	for _, w := range ws {
		if len(w) > 4 && strings.HasSuffix(w, "ed") && !pointerParticiples[w] {
			return true
		}
	}
	return false
}
