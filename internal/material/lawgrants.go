package material

import "slices"

// grantVerbs are the folded verbs by which a law gives the reader a
// right ("give" folds to "provide").
var grantVerbs = map[string]bool{"provide": true, "provides": true, "grant": true, "grants": true, "confer": true, "confers": true}

// lawNameEnds end the name of a body of law: "most privacy laws", "the
// GDPR", "California law".
var lawNameEnds = map[string]bool{"law": true, "laws": true, "regulation": true, "regulations": true, "legislation": true,
	"gdpr": true, "ccpa": true, "cpra": true, "act": true, "statute": true, "statutes": true}

// lawAsGrantor returns a with a law said to give the reader a right
// ("most privacy laws give you the right to object") put as the law
// under which the reader has it, the way b says it ("under most privacy
// laws you have the right to object"): the same right from the same
// law. It returns a itself when b does not say the same law that way.
func lawAsGrantor(a, b []string) []string {
	for k := 1; k+1 < len(a); k++ {
		if !grantVerbs[a[k]] || a[k+1] != "you" || !lawNameEnds[a[k-1]] {
			continue
		}
		for u := 0; u+3 < len(b); u++ {
			// "under the law" folds to "as described in the law" (rules.toml).
			p := 0
			switch {
			case b[u] == "under":
				p = 1
			case b[u] == "as" && b[u+1] == "described" && b[u+2] == "in":
				p = 3
			default:
				continue
			}
			// "under X you have": X ends with the same law word.
			e := u + p
			for e < len(b) && e < u+6 && b[e] != a[k-1] {
				e++
			}
			if e+2 >= len(b) || b[e] != a[k-1] || b[e+1] != "you" || b[e+2] != "have" {
				continue
			}
			x := b[u+p : e+1]
			if k < len(x) || !equalWords(a[k-len(x):k], x) {
				continue
			}
			return splice(a, k-len(x), k+2, append(append(slices.Clone(b[u:u+p]), x...), "you", "have"))
		}
	}
	return a
}
