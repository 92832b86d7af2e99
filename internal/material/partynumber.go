package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A class of parties made one party, or one party made a class, changes
// who receives the data: Qwant's "information … that allows our other
// partners to return results and ads" → "… that allows our partner to
// return …" (ota-114 004: the partners besides Microsoft dropped) read
// "Same commitments, reworded", and "our partners" → "our partner" read
// "Grammar only". The number of a noun of parties is read where a
// possessive or a definite determiner gives the parties ("our", "its",
// "the", "these"): a given party is one, and one is not many. "a
// partner" ↔ "partners" is read by the rules of roles (a party in
// another role); a bare noun whose number changed ("with partner") is a
// slip of grammar.

// partyOwners are the possessives and the definite determiners before a
// noun of parties, at most two words of kind between ("our advertising
// partners", "the partner").
var partyOwners = map[string]bool{"our": true, "its": true, "their": true, "the": true, "this": true, "that": true, "these": true, "those": true}

// partyNounModifies reports a word after a noun of parties that may be a
// noun it modifies in a compound ("our partner sites"): its number is not
// the parties'. A word that may be a verb too ("our partners use") is
// read as such a noun: the rule reads only what cannot be other.
func (c *classifier) partyNounModifies(next string) bool {
	return !c.ix.grammar[next] && lexPOS(next, 'n')
}

// ownedParties counts, for each noun of parties after an owner, its
// singular and plural uses: stem → [singular, plural].
func (c *classifier) ownedParties(words []string) map[string][2]int {
	var m map[string][2]int
	for i, w := range words {
		stem, plural := partySingular(w)
		if stem == "" {
			continue
		}
		owned := false
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if partyOwners[words[k]] {
				owned = true
				break
			}
			if c.ix.grammar[words[k]] {
				break
			}
		}
		if !owned || i+1 < len(words) && c.partyNounModifies(words[i+1]) {
			continue
		}
		if m == nil {
			m = map[string][2]int{}
		}
		n := m[stem]
		if plural {
			n[1]++
		} else {
			n[0]++
		}
		m[stem] = n
	}
	return m
}

// partySingular returns the singular of a noun of parties, and whether w
// was its plural; "" for any other word.
func partySingular(w string) (string, bool) {
	if !partyNoun(w) && !partyNoun(w+"s") {
		return "", false // partyStems has some nouns in the plural only
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return strings.TrimSuffix(w, "s"), true
	}
	return w, false
}

// partyCountsDiffer is partyNumberVerdict's cheap test first: a noun of
// parties written a different number of times on the two sides, in the
// plural or at all. Most changes that mention parties keep them, and are
// passed over without their words being read.
func partyCountsDiffer(old, new string) bool {
	for _, p := range partyStems {
		p = strings.TrimSuffix(p, "s")
		if strings.Count(old, p) != strings.Count(new, p) || strings.Count(old, p+"s") != strings.Count(new, p+"s") {
			return true
		}
	}
	return false
}

// partyNumberVerdict reports a change whose few changed words make an
// owned class of parties one party, or the reverse, with no other use of
// that noun on either side.
func (c *classifier) partyNumberVerdict(ch redline.Change, removed, added []string) (Verdict, bool) {
	if ch.Kind != redline.Replace || len(removed)+len(added) > 4 || c.rb.categoryIndex("recipients") < 0 || !partyCountsDiffer(ch.Old, ch.New) {
		return Verdict{}, false
	}
	old, new := c.ownedParties(plainWords(ch.Old)), c.ownedParties(plainWords(ch.New))
	for stem, o := range old {
		n := new[stem]
		var from, to string
		switch {
		case o[0] == 0 && o[1] > 0 && n[1] == 0 && n[0] > 0:
			from, to = "a class of "+stem+"s", "one "+stem
		case o[1] == 0 && o[0] > 0 && n[0] == 0 && n[1] > 0:
			from, to = "one "+stem, "a class of "+stem+"s"
		default:
			continue
		}
		v := c.material(ch, "recipients.number", &signals{}, removed, added, "")
		v.Reason = fmt.Sprintf("%s: who receives changed from %s to %s: %s", c.label("recipients"), from, to, quoteChange(ch.Old, ch.New))
		return v, true
	}
	return Verdict{}, false
}
