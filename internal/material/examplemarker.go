package material

import (
	"slices"
	"strings"
)

// A word that makes what follows an example says the list before it goes
// on: "messages related to our platform" are those messages only;
// "messages, including those related to our platform" are any messages,
// of which those are some. "users of our web sites and people who
// subscribe" are two groups; "users of our web sites, including people
// who subscribe" is one, and only the subscribers who use the sites. The
// same words, joined or limited otherwise, commit to another set.

// exampleOpeners are the words and phrases that open an example or a part
// of a whole, as they fold.
var exampleOpeners = [][]string{{"including"}, {"includes"}, {"include"}, {"such", "as"}, {"for", "example"}, {"for", "instance"},
	{"e.g"}, {"eg"}, {"in", "particular"}, {"particularly"}, {"especially"}, {"notably"}, {"among", "others"}, {"among", "other", "things"},
	{"inter", "alia"}}

// exampleMarkerCount counts the example markers of ws.
func exampleMarkerCount(ws []string) (n int, first string) {
	for i := range ws {
		for _, m := range exampleOpeners {
			if i+len(m) <= len(ws) && slices.Equal(ws[i:i+len(m)], m) {
				if n == 0 {
					first = strings.Join(m, " ")
				}
				n++
			}
		}
	}
	return n, first
}

// exampleMarkerChanged returns the marker one side has and the other has
// none of, with the same content words on both sides: an example or a
// part said of what was a limit or a group of its own, or the other way.
func (c *classifier) exampleMarkerChanged(old, new []string) (string, bool) {
	no, mo := exampleMarkerCount(old)
	nn, mn := exampleMarkerCount(new)
	if no == nn {
		return "", false
	}
	if no > 0 && nn > 0 {
		// A marker put beside one the sentence has: "Currently this
		// includes transfers to the USA" → "… includes, for example,
		// transfers to the USA" makes the one place named an example
		// (b126-16). The marker named is the one put in or taken out.
		uo, un := markersUndoubled(old), markersUndoubled(new)
		mo, mn = extraMarker(uo, un), extraMarker(un, uo)
		if mo == "" && mn == "" {
			return "", false
		}
	}
	co, cn := slices.DeleteFunc(slices.Clone(c.ix.contentWords(old)), isExampleWord), slices.DeleteFunc(slices.Clone(c.ix.contentWords(new)), isExampleWord)
	if !equalWords(co, cn) {
		// Words of force traded one for one are compared by the force
		// rules, which asked this only where they found the same force:
		// "primarily" for "principally" beside "notably" put in
		// (b163-06).
		r, a := diffWords(co, cn)
		if len(r) == 0 || len(r) != len(a) || slices.ContainsFunc(r, func(w string) bool { return !c.ix.forceWord[w] }) || slices.ContainsFunc(a, func(w string) bool { return !c.ix.forceWord[w] }) {
			return "", false
		}
	}
	if nn > no {
		return mn, true
	}
	return mo, false
}

// isExampleWord reports a word of an example marker that contentWords
// keeps.
func isExampleWord(w string) bool {
	switch w {
	case "including", "includes", "include", "such", "instance", "e.g", "eg", "particular", "particularly", "especially", "notably", "among", "others", "other", "things", "those", "these", "inter", "alia":
		return true
	}
	return false
}

// exampleMarkerOnly returns the marker of exampleMarkerChanged, or "".
func (c *classifier) exampleMarkerOnly(old, new []string) string {
	m, _ := c.exampleMarkerChanged(old, new)
	return m
}

// extraMarker returns a marker of examples ws holds more often than
// other, or "".
func extraMarker(ws, other []string) string {
	count := func(xs []string, m []string) int {
		n := 0
		for i := range xs {
			if i+len(m) <= len(xs) && slices.Equal(xs[i:i+len(m)], m) {
				n++
			}
		}
		return n
	}
	for _, m := range exampleOpeners {
		if count(ws, m) > count(other, m) {
			return strings.Join(m, " ")
		}
	}
	return ""
}

// markersUndoubled returns ws without the first of a marker written twice in a
// row, a slip ("such as such as Identifiers", b58-04). ws is not changed.
func markersUndoubled(ws []string) []string {
	for _, m := range exampleOpeners {
		k := len(m)
		for i := 0; i+2*k <= len(ws); i++ {
			if slices.Equal(ws[i:i+k], m) && slices.Equal(ws[i+k:i+2*k], m) {
				return markersUndoubled(slices.Concat(ws[:i], ws[i+k:]))
			}
		}
	}
	return ws
}
