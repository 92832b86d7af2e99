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
	{"e.g"}, {"eg"}, {"in", "particular"}, {"particularly"}, {"especially"}, {"among", "others"}, {"among", "other", "things"}}

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
	if (no == 0) == (nn == 0) {
		return "", false
	}
	co, cn := slices.DeleteFunc(c.ix.contentWords(old), isExampleWord), slices.DeleteFunc(c.ix.contentWords(new), isExampleWord)
	if !equalWords(co, cn) {
		return "", false
	}
	if nn > 0 {
		return mn, true
	}
	return mo, false
}

// isExampleWord reports a word of an example marker that contentWords
// keeps.
func isExampleWord(w string) bool {
	switch w {
	case "including", "includes", "include", "such", "instance", "e.g", "eg", "particular", "particularly", "especially", "among", "others", "other", "things", "those", "these":
		return true
	}
	return false
}

// exampleMarkerOnly returns the marker of exampleMarkerChanged, or "".
func (c *classifier) exampleMarkerOnly(old, new []string) string {
	m, _ := c.exampleMarkerChanged(old, new)
	return m
}
