package material

import (
	"slices"
	"strings"
)

// groupRestated drops the names added and removed that are one group of
// companies called by a fuller name (gone are the names the old text
// writes and the new does not, though a word of them stays): the new name keeps every word of the
// old one, in order, with the same first word and the same group word
// last, and adds only words of the dictionary that name no place and no
// person ("the Omnis Group" → "the Omnis Software Group", b22-33). The
// group is the one the policy defines; the added words narrow, never
// widen, who is meant. A name that loses words ("Omnis Software Group" →
// "Omnis Group"), gains a place ("Omnis France Group") or a word no
// dictionary knows, or a company with a legal form, may be other
// companies, and stays.
func (c *classifier) groupRestated(added, removed, gone []string) (a, r, names []string) {
	return restatedNames(added, removed, gone, c.fullerGroupName)
}

// restatedNames drops the names added, and those removed, that same
// finds to be one name restated: an added name and one of gone, the
// names the old text writes and the new does not. It returns both as
// names, whose words explain themselves.
func restatedNames(added, removed, gone []string, same func(o, n string) bool) (a, r, names []string) {
	if len(added)+len(removed) == 0 || len(gone) == 0 {
		return added, removed, nil
	}
	pairs := map[string]bool{}
	for _, n := range added {
		for _, o := range gone {
			if same(o, n) {
				pairs[n], pairs[o] = true, true
			}
		}
	}
	if len(pairs) == 0 {
		return added, removed, nil
	}
	for e := range pairs {
		names = append(names, e)
	}
	slices.Sort(names)
	in := func(e string) bool { return pairs[e] }
	return slices.DeleteFunc(slices.Clone(added), in), slices.DeleteFunc(slices.Clone(removed), in), names
}

// fullerGroupName reports a name n that is the group name o with words
// added (see groupRestated).
func (c *classifier) fullerGroupName(o, n string) bool {
	wo, wn := strings.Fields(o), strings.Fields(n)
	if len(wo) < 2 || len(wn) <= len(wo) || wo[0] != wn[0] {
		return false
	}
	last := strings.ToLower(strings.Trim(wo[len(wo)-1], ".,"))
	if !groupWords[last] || last == "company" || strings.ToLower(strings.Trim(wn[len(wn)-1], ".,")) != last {
		return false
	}
	if len(c.knownEntities([]string{o, n})) > 0 {
		return false
	}
	k := 0
	for _, w := range wn {
		if k < len(wo) && w == wo[k] {
			k++
			continue
		}
		lw := strings.ToLower(strings.Trim(w, ".,"))
		e := wordNet().entries(lw)
		if len(e) == 0 || e[0].lexfile == 15 || e[0].lexfile == 18 || corporate[lw] || c.ix.countries[w] || !isName(w) {
			return false
		}
	}
	return k == len(wo)
}
