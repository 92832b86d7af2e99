package material

import (
	"slices"
	"strings"
)

// role reports a name that says a role of a party, not a party: the
// author's own, written after "our" in English words (and places, in a
// table's header: "| Our United States HQ |"), or a party the other side already names followed
// by English words whose last names a person or a body of people
// ("GitHub Data Protection Officer", "Acme Privacy Team"). A product
// ("Google Analytics") or a company ("GitHub India Pty Ltd") is no role.
// added says whether e is a name of the new text; text is the changed
// sentence it is written in.
func (c *classifier) role(added bool, text, e string) bool {
	ws := strings.Fields(e)
	for _, w := range ws {
		if corporate[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
	}
	if i := strings.Index(text, e); i >= 0 {
		before := strings.Fields(text[:i])
		if n := len(before); n > 0 && strings.EqualFold(strings.Trim(before[n-1], "*_|(“\""), "our") && c.englishOrPlaces(ws) &&
			(c.header || !slices.ContainsFunc(ws, func(w string) bool { return c.ix.countries[w] })) {
			// A place is a fact ("our US Data Centers"), but in a table's
			// header, which labels the column under it.
			return true
		}
	}
	if len(ws) < 2 || !c.inDoc(added, strings.ToLower(ws[0])) || !c.englishOrPlaces(ws[1:]) {
		return false
	}
	head := wordNet().entries(strings.ToLower(ws[len(ws)-1]))
	return len(head) > 0 && head[0].pos[0] == 'n' && (head[0].lexfile == 18 || head[0].lexfile == 14)
}

// englishOrPlaces reports capitalised words each an English word or part
// of a place: "United States HQ", "Data Protection Officer".
func (c *classifier) englishOrPlaces(ws []string) bool {
	text := strings.Join(ws, " ")
	for _, w := range ws {
		if !c.english(strings.ToLower(w)) && !c.ix.countries[w] && !strings.Contains(text, w+" ") {
			return false
		}
	}
	return len(ws) > 0
}

// personName reports a name of two or three capitalised words, none a
// company's word, the last one WordNet does not know or knows first as a
// person: a person's name ("Hannah Poteat", "Maria Keller"; not "Harbour
// Road", "Google Analytics").
func personName(e string) bool {
	ws := strings.Fields(e)
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if corporate[strings.ToLower(strings.Trim(w, ".,"))] || !isName(w) {
			return false
		}
	}
	e0 := wordNet().entries(strings.ToLower(ws[len(ws)-1]))
	return len(e0) == 0 || e0[0].pos[0] == 'n' && e0[0].lexfile == 18
}

// ownRoles returns a test for a word of a role of the author's own that
// both texts write, after "our", in capitalised English words: "Our
// Privacy Team" → "Our Data Protection Officer" names no one new. A place
// is a fact wherever it is written ("our US Data Centers" → "our Data
// Centers" is material), but in a table's header, which labels the
// columns under it: "| Our Data Protection Officer |" → "| Our United
// States HQ |", above the rows that give the address. Where only one text
// has such a role, no word is explained.
func (c *classifier) ownRoles(old, new string) func(string) bool {
	runs := func(text string) map[string]bool {
		var out map[string]bool
		ws := strings.Fields(text)
		for i := 0; i+1 < len(ws); i++ {
			if !strings.EqualFold(strings.Trim(ws[i], "*_|(“\""), "our") {
				continue
			}
			var run []string
			for j := i + 1; j < len(ws) && isName(strings.Trim(ws[j], "*_|,.;:)”\"")); j++ {
				run = append(run, strings.Trim(ws[j], "*_|,.;:)”\""))
			}
			if len(run) == 0 || !c.englishOrPlaces(run) {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			for _, w := range run {
				if c.ix.countries[w] && !c.header {
					continue
				}
				for _, f := range c.ix.fold(w) {
					out[f] = true
				}
			}
		}
		return out
	}
	ro, rn := runs(old), runs(new)
	if ro == nil || rn == nil {
		return func(string) bool { return false }
	}
	return func(w string) bool { return ro[w] || rn[w] }
}

// rolesAdded returns the roles (see role) that the new sentence writes
// and the old does not: runs of capitalised words, "the Acme Privacy
// Officer".
func (c *classifier) rolesAdded(old, new string) (roles []string) {
	ws := strings.Fields(new)
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) && isName(strings.Trim(ws[j], "*_|(,.;:)“”\"")) {
			j++
		}
		if j > i {
			run := make([]string, 0, j-i)
			for _, w := range ws[i:j] {
				run = append(run, strings.Trim(w, "*_|(,.;:)“”\""))
			}
			if r := strings.Join(run, " "); !strings.Contains(old, r) && c.role(true, new, r) {
				roles = append(roles, r)
			}
			i = j
			continue
		}
		i++
	}
	return roles
}
