package material

import (
	"fmt"
	"strings"
)

// A compound noun restated with its first noun after a preposition is
// the same thing ("a government request" is "a request from a
// government"); an adjective put before the head as it is restated says
// which of them: "respond to a government request" → "respond to a
// lawful request from a government" (b171-33) answers fewer requests,
// as "a lawful government request" does (b119-34).

// compoundAdjective returns the adjective put, and whether it was put
// (false: taken out), where one side has "n1 n2" and the other "adj n2
// prep (det) n1".
func compoundAdjective(old, new []string) (string, bool) {
	find := func(a, b []string) string {
		for i := 0; i+1 < len(a); i++ {
			n1, n2 := a[i], a[i+1]
			for j := 1; j+3 < len(b); j++ {
				if b[j] != n2 || !compoundPrepositions[b[j+1]] {
					continue
				}
				k := j + 2
				if determiners[b[k]] && k+1 < len(b) {
					k++
				}
				if b[k] != n1 {
					continue
				}
				adj := b[j-1]
				// an adjective, not a quantifier ("each", "any"), a
				// pointer ("the following categories of PI" → "PI
				// categories", b55-05) or a participle ("documented
				// instructions of the customer", b121-04, labelled minor)
				if adj == n1 || determiners[adj] || universalWords[adj] || pointingAdjectives[adj] || strings.HasSuffix(adj, "ed") ||
					!adjectiveFirst(wordNet(), adj) || containsWord(a, adj) {
					continue
				}
				return adj
			}
		}
		return ""
	}
	if w := find(old, new); w != "" {
		return w, true
	}
	if w := find(new, old); w != "" {
		return w, false
	}
	return "", false
}

// compoundPrepositions put the first noun of a compound after its head.
var compoundPrepositions = map[string]bool{"from": true, "of": true, "by": true, "for": true}

// pointingAdjectives point at or count what the text names; they say
// which ones by where they stand, not by what they are.
var pointingAdjectives = map[string]bool{"some": true, "following": true, "above": true, "same": true, "said": true, "such": true,
	"other": true, "certain": true, "several": true, "many": true, "few": true, "various": true}

// scopeWordReason is the reason and direction of a word that says which
// ones put (narrowed) or taken out (widened), w the word and which what it
// picks out: "Scope narrowed: a word saying which ones, 'lawful', added:
// …". narrowingDropped's verdict says it too.
func (c *classifier) scopeWordReason(which, w string, put bool, ctxOld, ctxNew, category string) (string, string) {
	verb, dir, how := "narrowed", Restricts, "added"
	if !put {
		verb, dir, how = "widened", Expands, "removed"
	}
	return fmt.Sprintf("Scope %s: a word saying %s, %s, %s: %s (%s)", verb, which, quoteWords([]string{w}), how, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(category))), dir
}
