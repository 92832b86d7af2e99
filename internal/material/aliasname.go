package material

import "strings"

// A review gives a thing its formal name and keeps the familiar one
// beside it: "the right to be forgotten" → "the right to erasure (also
// known as the right to be forgotten)" (b69-19). The bracket says the two
// names are one thing, so the reader is told of no other right. Only a
// name close to the one it glosses is so read (a word shared, at most two
// words besides the ones both begin or end with): "the right to erasure of some data (also known as …)"
// narrows the right and stays.

// aliasMarkers open a bracket that gives another name of the same thing.
var aliasMarkers = []string{" (also known as ", " (also called ", " (otherwise known as ", " (sometimes called ", " (commonly known as "}

// aliasGiven reports new that is old with a name given beside the one old
// used, or with old's name replaced by one it glosses as old's.
func aliasGiven(old, new string) bool {
	if !strings.Contains(new, "known as ") && !strings.Contains(new, "called ") {
		return false
	}
	for _, m := range aliasMarkers {
		k := strings.Index(new, m)
		if k < 0 {
			continue
		}
		end := strings.IndexByte(new[k+len(m):], ')')
		if end < 0 {
			continue
		}
		end += k + len(m)
		alias, before, after := new[k+len(m):end], new[:k], new[end+1:]
		if old == before+after {
			return true // "the right to be forgotten (also known as the right to erasure)"
		}
		if !strings.HasSuffix(old, alias+after) {
			continue
		}
		lead := old[:len(old)-len(alias+after)]
		if !strings.HasPrefix(before, lead) {
			continue
		}
		return namesClose(before[len(lead):], alias)
	}
	return false
}

// namesClose reports a name that shares a word of four letters or more
// with the alias it is glossed by and, past the words both begin with
// ("the right to") and end with ("clauses"), has at most two words: "the right to erasure" for
// "the right to be forgotten", not "the right to object to marketing".
func namesClose(name, alias string) bool {
	nw, aw := strings.Fields(strings.ToLower(name)), strings.Fields(strings.ToLower(alias))
	in := map[string]bool{}
	for _, w := range aw {
		in[w] = true
	}
	shared := false
	for _, w := range nw {
		shared = shared || in[w] && len(w) >= 4
	}
	i, j := sharedWordEnds(nw, aw)
	return shared && len(nw)-i-j <= 2
}
