package material

import "strings"

// pronounBack returns ws with each "them" it has more of than other
// written as the plural noun it refers back to, where that noun is the
// nearest one before it, is no part of a list ("photos and videos"), and
// is a word other writes in its place: "refusing cookies: switch on the
// setting that lets you refuse them" says what "… that enables you to
// decline the cookies" does. A "them" whose nearest noun other does not
// drop, or that may stand for more than one noun, is compared as it
// stands. ws is not changed.
func (c *classifier) pronounBack(ws, other []string) []string {
	extra := countTerm(ws, "them") - countTerm(other, "them")
	if extra <= 0 {
		return ws
	}
	dropped, _ := diffWords(other, ws) // what other writes that ws does not
	left := map[string]int{}
	for _, w := range dropped {
		left[w]++
	}
	var out []string
	for p := range ws {
		if ws[p] != "them" || extra == 0 {
			continue
		}
		n := c.nearestPlural(ws, p)
		if n < 0 || left[ws[n]] == 0 || listed(ws, n) {
			continue
		}
		if out == nil {
			out = append([]string{}, ws...)
		}
		out[p] = ws[n]
		left[ws[n]]--
		extra--
	}
	if out == nil {
		return ws
	}
	return out
}

// nearestPlural returns where the nearest plural noun before ws[p]
// stands, within twelve words; -1 when there is none.
func (c *classifier) nearestPlural(ws []string, p int) int {
	wn := wordNet()
	for k := p - 1; k >= 0 && k >= p-12; k-- {
		w := ws[k]
		if len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || w[len(w)-2] == 'u' || pronouns[w] || c.ix.grammar[w] || c.ix.forceWord[w] || abilityWords[w] {
			continue
		}
		for _, e := range wn.entries(w) {
			if strings.ContainsRune(e.pos, 'n') {
				return k
			}
		}
	}
	return -1
}

// listed reports a noun joined to another by "and" or "or", before or
// after it within three words: "your photos and videos".
func listed(ws []string, n int) bool {
	for k := max(0, n-3); k < min(len(ws), n+3); k++ {
		if k != n && (ws[k] == "and" || ws[k] == "or") {
			return true
		}
	}
	return false
}
