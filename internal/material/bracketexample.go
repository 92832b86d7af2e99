package material

import (
	"regexp"
	"slices"
	"strings"
)

// A clarifying example put in brackets after what a sentence already
// names ("web forms (for example, the contact form and the demo request
// form)", "legal process (such as a court order or search warrant)")
// names nothing new: the commitment is the same, and issue 8 counts
// "Session management (for example, keeping you signed in)" among the
// false alarms. The example names nothing new when it holds no figure, no
// name of a party, no word of force, and no term of the rulebook the
// sentence does not already write; otherwise the other rules
// judge it ("(for example, your precise location)" after "device
// information" names a kind of data).

// bracketExampleRE is a bracket that opens with words introducing an
// example.
var bracketExampleRE = regexp.MustCompile(`\s*\((?:for example|for instance|e\.\s?g\.|such as|including|like)[,:]?\s[^()]*\)`)

// bracketExample returns the bracket put in (or taken out), where the
// change is that bracket alone and it names nothing new; "" otherwise.
func (c *classifier) bracketExample(old, new string) string {
	if !containsJoined(old, new, "(") {
		return ""
	}
	longer, shorter := new, old
	if len(old) > len(new) {
		longer, shorter = old, new
	}
	ms := bracketExampleRE.FindAllStringIndex(longer, -1)
	for _, m := range ms {
		if strings.Join(strings.Fields(longer[:m[0]]+longer[m[1]:]), " ") != strings.Join(strings.Fields(shorter), " ") {
			continue
		}
		ex := longer[m[0]:m[1]]
		if strings.ContainsAny(ex, "0123456789") || len(c.entities(ex)) > 0 {
			return "" // a figure or a name: for the other rules
		}
		fe, fs := c.ix.fold(ex), c.ix.fold(shorter)
		if _, covered := c.ix.forces(fe); slices.ContainsFunc(fe, func(w string) bool {
			i := slices.Index(fe, w)
			return covered[i] && w != "and" && w != "or"
		}) {
			return "" // "(for example, only …)"; the "and" of a list of examples is none
		}
		named := map[[2]int]bool{}
		for _, h := range c.ix.strongHits(fs) {
			named[[2]int{int(h.k), int(h.i)}] = true
		}
		for _, h := range c.ix.strongHits(fe) {
			if !named[[2]int{int(h.k), int(h.i)}] {
				return "" // a term the sentence does not write: "(for example, your precise location)" after "device information"
			}
		}
		return strings.TrimSpace(ex)
	}
	return ""
}
