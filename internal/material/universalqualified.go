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
	if len(removed) == 1 && len(added) == 1 && len(old) == len(new) {
		return c.universalTraded(old, new, removed, added)
	}
	if len(removed)+len(added) > 2*maxBeside {
		return "", false
	}
	// Beside a rewording: "We maintain records of all breaches" → "We
	// maintain a register of notifiable breaches", "for all internal
	// staff accounts" → "on privileged internal staff accounts", the
	// quantifier's preposition traded with it, or a word moved beside it
	// (b222-30, b222-05). The trade is judged as if it were the only
	// change.
	type hunk struct {
		x, y []string
		at   int
	}
	var hunks []hunk
	wordHunks(old, new, func(x, y []string, at, _ int) {
		hunks = append(hunks, hunk{x, y, at})
	})
	for i, h := range hunks {
		if len(h.x) == 0 || len(h.y) == 0 || len(h.x) > 3 || len(h.y) > 3 {
			continue
		}
		u, q := h.x[len(h.x)-1], h.y[len(h.y)-1]
		if universalWords[u] == universalWords[q] {
			continue
		}
		if noun := h.at + len(h.x); i+1 < len(hunks) && hunks[i+1].at <= noun+1 {
			// Words changed just after the noun may say which ones
			// another way: "independent purposes" → "any purposes of
			// its own" (b150-45).
			continue
		}
		k := h.at + len(h.x) - 1
		traded := slices.Concat(old[:k], []string{q}, old[k+1:])
		if w, narrowed := c.universalTraded(old, traded, []string{u}, []string{q}); w != "" {
			return w, narrowed
		}
	}
	return "", false
}

// maxBeside bounds the words a rewording beside a traded quantifier may
// change: a sentence rewritten whole is read by other rules.
const maxBeside = 6

// universalTraded is universalQualified where the one word traded is
// the only change.
func (c *classifier) universalTraded(old, new, removed, added []string) (string, bool) {
	if universalWords[removed[0]] == universalWords[added[0]] {
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
