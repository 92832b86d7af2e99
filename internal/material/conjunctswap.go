package material

import (
	"slices"
	"strings"
)

// conjunctBreakRE ends a conjunct of a coordination inside a clause: a
// comma, a semicolon or the coordinators "and" and "or" (a grammar class,
// closed).
var conjunctBreakRE = mustPattern(`(?i)[,;]|\s(?:and|or)\s`)

// conjunctsSwapped returns the words two conjuncts traded when old and new
// hold the same words: "logs for 30 days and backups for 90 days" → "logs
// for 90 days and backups for 30 days", "your email with advertisers and
// your location with analytics providers" → "your location with advertisers
// and your email with analytics providers". Each period, data item or party
// now belongs to another; the reader is told something else.
//
// Conjuncts only reordered trade nothing. The words both versions open or
// close with govern every conjunct ("we collect names, emails and phone
// numbers" → "we collect emails, names and phone numbers"; "access, correct
// or delete your data"): what lies between, split into conjuncts, is the
// same conjuncts in another order. A verb said once may also stand in front
// of either conjunct ("backups are kept for 90 days and logs for 30 days" →
// "logs are kept for 30 days and backups for 90 days"): each conjunct of old
// is matched to the one of new sharing most words, and only one that lost a
// word and gained another has traded.
func (c *classifier) conjunctsSwapped(old, new string) []string {
	conjuncts := func(ws []string) [][]string {
		var out [][]string
		for _, clause := range clauseBreakRE.Split(unserialComma(strings.Join(ws, " ")), -1) {
			for _, part := range conjunctBreakRE.Split(clause, -1) {
				// a pronoun stands for a noun another conjunct names
				// ("never sell your data and never rent it")
				if ws := slices.DeleteFunc(c.content(c.ix.fold(part)), func(w string) bool { return pronouns[w] }); len(ws) > 0 {
					slices.Sort(ws)
					out = append(out, ws)
				}
			}
		}
		return out
	}
	permuted := func(co, cn [][]string) bool {
		if len(co) != len(cn) {
			return false
		}
		used := make([]bool, len(cn))
	next:
		for _, a := range co {
			for j, b := range cn {
				if !used[j] && slices.Equal(a, b) {
					used[j] = true
					continue next
				}
			}
			return false
		}
		return true
	}
	fo, fn := strings.Fields(stripMarkdown(old)), strings.Fields(stripMarkdown(new))
	i := 0
	for i < len(fo) && i < len(fn) && strings.EqualFold(fo[i], fn[i]) {
		i++
	}
	j := 0
	for j < len(fo)-i && j < len(fn)-i && strings.EqualFold(fo[len(fo)-1-j], fn[len(fn)-1-j]) {
		j++
	}
	if permuted(conjuncts(fo[i:]), conjuncts(fn[i:])) || permuted(conjuncts(fo[i:len(fo)-j]), conjuncts(fn[i:len(fn)-j])) {
		return nil
	}
	co, cn := conjuncts(fo), conjuncts(fn)
	if len(co) < 2 || len(co) != len(cn) {
		return nil
	}
	used := make([]bool, len(cn))
	var swapped []string
	for _, a := range co {
		best, most := -1, -1
		for j, b := range cn {
			// the conjunct of new sharing most words with a; of two
			// sharing as many, the one that holds all of a or all of
			// whose words a holds
			r, ad := diffWords(a, b)
			score := 2 * (len(a) - len(r))
			if len(r) == 0 || len(ad) == 0 {
				score++
			}
			if !used[j] && score > most {
				best, most = j, score
			}
		}
		used[best] = true
		r, ad := diffWords(a, cn[best])
		if len(r) == 0 || len(ad) == 0 {
			continue
		}
		for _, w := range append(r, ad...) {
			if !slices.Contains(swapped, w) {
				swapped = append(swapped, w)
			}
		}
	}
	return swapped
}
