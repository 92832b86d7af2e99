package material

import "slices"

// A universal quantifier traded for a word that picks some of what it
// covered narrows the commitment as the word put beside it would: "All
// staff are subject to contractual non-disclosure agreements" → "Senior
// staff are …" binds fewer people, "We maintain records of all breaches"
// → "… of significant breaches" keeps fewer records, though "all" alone
// dropped ("All staff" → "Staff") says the same (rt2's probes of the
// omnicrm and omniops seeds, read "Same commitments, reworded"). The
// other way, "records of significant breaches" → "of all breaches",
// widens it. Whether the word picks some is scopeQualifier's to say, of
// the text with both words: "all significant breaches" against "all
// breaches".
//
// universalQualified returns the word traded for "all" ("every", "each",
// "any"), or for which one was traded, the rest of the words the same,
// when scopeQualifier reads it as qualifying the noun after the
// quantifier; and whether it narrowed (the quantifier was old's). ""
// otherwise: a possessive traded for "all" is universalOwned's, another
// quantifier ("all" → "most") the force scale's.
func (c *classifier) universalQualified(old, new, removed, added []string) (string, bool) {
	if len(removed) != 1 || len(added) != 1 || len(old) != len(new) || universalWords[removed[0]] == universalWords[added[0]] {
		return "", false
	}
	at := slices.Index(old, removed[0])
	if at < 0 || at >= len(new) || new[at] != added[0] || !equalWords(old[:at], new[:at]) || !equalWords(old[at+1:], new[at+1:]) {
		return "", false
	}
	narrowed := universalWords[old[at]]
	u, w, short := old, added[0], old
	if !narrowed {
		u, w, short = new, removed[0], new
	}
	if quantifier(w) || ownerWords[w] || c.ix.forceWord[w] {
		return "", false
	}
	long := slices.Concat(u[:at+1], []string{w}, u[at+1:])
	if q, _ := c.scopeQualifier(short, long, nil, []string{w}); q == "" {
		return "", false
	}
	return w, narrowed
}
