package material

import (
	"maps"
	"slices"
	"strings"
)

// What a policy calls the author's offering, a capitalised term after
// "the" or "our", is the same offering under another name where the term
// is traded for another of its kind: "Your continued use of the Service
// after changes become effective constitutes acceptance" → "… of the
// Platform …" (b48-45), as "the security of our Services" → "of our
// Platform" (b48-17). The reader takes it for the same thing, and the
// commitment made of it is the same. A definition that widens what the
// term covers ("(the "Service")" → "(the "Platform", including partner
// sites)") is judged by serviceDefined, and a name before the term
// ("the Acme Platform") stays compared.
//
// offeringTerms returns a test for a noun of an offering (ownNouns) that
// both sides write capitalised after "the", "our", "this" or "these",
// where each side's term is not the other text's ("the App" → "the
// Website" in a policy that still names the App is another offering).
func (c *classifier) offeringTerms(ctxOld, ctxNew string) func(string) bool {
	ro := c.offeringTermsOf(ctxOld)
	if ro == nil {
		return func(string) bool { return false }
	}
	rn := c.offeringTermsOf(ctxNew)
	if rn == nil {
		return func(string) bool { return false }
	}
	// One term traded for another, each on one side only: a term both
	// sides write explains no word written elsewhere ("non-registered
	// Platform Users" beside "the Platform").
	traded := func(a, b map[string]string) bool {
		for f := range a {
			if b[f] == "" {
				return true
			}
		}
		return false
	}
	if !traded(ro, rn) || !traded(rn, ro) {
		return func(string) bool { return false }
	}
	// Renamed throughout: the old term is no longer the new text's, nor
	// the new term the old text's ("the App" beside "the Website" names
	// two offerings).
	for _, t := range ro {
		if !slices.Contains(slices.Collect(maps.Values(rn)), t) && c.inDoc(false, "the "+t) {
			return func(string) bool { return false }
		}
	}
	for _, t := range rn {
		if !slices.Contains(slices.Collect(maps.Values(ro)), t) && c.inDoc(true, "the "+t) {
			return func(string) bool { return false }
		}
	}
	return func(w string) bool { return ro[w] != "" || rn[w] != "" }
}

// offeringTermsOf returns the folded nouns of offering text writes
// capitalised after a determiner, each with the noun as written in lower
// case; nil where it writes none.
func (c *classifier) offeringTermsOf(text string) map[string]string {
	var out map[string]string
	ws := strings.Fields(text)
	for i := 1; i < len(ws); i++ {
		w := strings.Trim(ws[i], "*_,.;:()“”\"'’")
		if !isName(w) || !ownNouns[strings.ToLower(w)] || upperCase(w) {
			continue
		}
		switch strings.ToLower(strings.Trim(ws[i-1], "*_(“\"")) {
		case "the", "our", "this", "these":
		default:
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		for _, f := range c.ix.fold(w) {
			out[f] = strings.ToLower(w)
		}
	}
	return out
}

// definedNamed returns a test for the words of the name a policy defines
// a term of its offering for, where one side writes the term ("the
// Service") and the other the name ("Omni Lead Management Software"):
// the policy says they are one thing ("our Omni Lead Management Software
// (the "Service")", b28-41). The definition is looked for in the old
// text, as written there; a name the policy never defines as the term is
// another offering.
func (c *classifier) definedNamed(ctxOld, ctxNew string) func(string) bool {
	no := func(string) bool { return false }
	if !containsJoined(ctxOld, ctxNew, "the ") {
		return no
	}
	ro, rn := c.offeringTermsOf(ctxOld), c.offeringTermsOf(ctxNew)
	term, named := "", ""
	switch {
	case len(ro) > 0 && len(rn) == 0:
		term, named = anyValue(ro), ctxNew
	case len(rn) > 0 && len(ro) == 0:
		term, named = anyValue(rn), ctxOld
	default:
		return no
	}
	for _, e := range c.entities(named) {
		if len(strings.Fields(e)) < 2 || strings.Contains(ctxOld, e) == strings.Contains(ctxNew, e) {
			continue
		}
		for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}} {
			if c.inDoc(true, e+" (the "+q[0]+term+q[1]+")") {
				words := c.ix.fold(e + " " + term)
				return func(w string) bool { return slices.Contains(words, w) }
			}
		}
	}
	return no
}

// anyValue returns one value of m, the same for the same m.
func anyValue(m map[string]string) string {
	v := ""
	for _, x := range m {
		if v == "" || x < v {
			v = x
		}
	}
	return v
}
