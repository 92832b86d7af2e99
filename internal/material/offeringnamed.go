package material

import (
	"slices"
	"strings"
)

// A policy says once what its author provides ("omnie provides
// outsourced customer support services for ecommerce businesses"), and
// elsewhere calls it for short: "accessed through its services",
// "Providing support on behalf of clients". The short name said in full
// again, the words put before it the ones the policy gives it where it
// says what it provides ("its outsourced customer support services",
// "Providing customer support", b69-41, b69-44), names the same
// offering: nothing is added to or taken from what is done. Words the
// policy never gives its offering ("its outsourced payroll services"),
// or a policy that never says what it provides (a paragraph read alone),
// leave the change to the other rules: a noun narrowed by words of the
// policy's other sentences ("data" → "customer data") may be another
// commitment, and so may an offering named in full in a denial, which
// it may narrow to one of the author's offerings.

// providedRE matches the words before a phrase in the sentence that says
// what the author provides: "omnie provides outsourced ", "we offer ".
// Only words stand between the verb and the phrase.
var providedRE = mustPattern(`\b(?:provide|provides|providing|offer|offers|offering|deliver|delivers|delivering)\b[a-z\- ]*$`)

// offeringNamed returns a test for the folded words one side puts before
// a word both sides write, which with it make a phrase the other text
// uses of what its author provides (providedText).
func (c *classifier) offeringNamed(ctxOld, ctxNew string) func(string) bool {
	var words []string
	for _, side := range [2]struct {
		text, other string
		old         bool // the text the other side stands in
	}{{ctxNew, ctxOld, true}, {ctxOld, ctxNew, false}} {
		ws, kept := lowerWords(side.text), map[string]bool{}
		for _, w := range lowerWords(side.other) {
			kept[w] = true
		}
		// The runs of words put in before a word both sides write; a
		// few only: a sentence rewritten is not a name said in full,
		// and each run is looked for in the whole text.
		var runs [][2]int
		for i := 0; i < len(ws); {
			if kept[ws[i]] {
				i++
				continue
			}
			j := i
			for j < len(ws) && !kept[ws[j]] {
				j++
			}
			if j < len(ws) && j-i <= 4 && offeringHead(ws[j]) && !c.ix.grammar[ws[j]] {
				runs = append(runs, [2]int{i, j})
			}
			i = j
		}
		if len(runs) > 2 {
			continue
		}
		for _, r := range runs {
			// No word of force nor term of the rulebook among those put
			// in: "only", "marketing" are for the other rules.
			run := c.ix.fold(strings.Join(ws[r[0]:r[1]], " "))
			if _, covered := c.ix.forces(run); !slices.Contains(covered, true) && len(c.ix.strongHits(run)) == 0 && c.provided(side.old, strings.Join(ws[r[0]:r[1]+1], " ")) {
				words = append(words, run...)
			}
		}
	}
	if len(words) == 0 || slices.ContainsFunc(c.ix.fold(ctxOld+" "+ctxNew), func(w string) bool { return c.ix.negation[w] }) {
		// "omnie does not use data from its services" → "… from its
		// customer support services", in a policy that provides others
		// too: a denial narrowed to one of them.
		return func(string) bool { return false }
	}
	return func(w string) bool { return slices.Contains(words, w) }
}

// offeringHead reports a word WordNet knows first as a noun, not of a
// group or a person: "services", "support", not "information to" read
// as a phrase, nor "customers".
func offeringHead(w string) bool {
	e := wordNet().entries(w)
	return len(e) > 0 && e[0].pos[0] == 'n' && e[0].lexfile != 14 && e[0].lexfile != 18
}

// providedText reports a phrase the old (or new) text writes in a
// sentence saying what its author provides, after the verb with only
// words between: "provides outsourced customer support services" holds
// "customer support" and "outsourced customer support services".
func (c *classifier) providedText(old bool, phrase string) bool {
	doc := c.side(old).lowered(c.ix)
	for i := range wordPlaces(doc, phrase) {
		before := doc[max(0, i-200):i]
		if j := strings.LastIndexAny(before, ".!?;:\n"); j >= 0 {
			before = before[j+1:]
		}
		if providedRE.MatchString(before) {
			return true
		}
	}
	return false
}
