package material

import (
	"slices"
	"strings"
)

// A heading names what the text under it is about; it commits to nothing
// unless it is a sentence. A heading reworded on the topics it had, or
// on fewer of the same ("USE OF ARTIFICIAL INTELLIGENCE" →
// "ARTIFICIAL INTELLIGENCE", "CHANGES TO THIS PRIVACY POLICY" → "UPDATES
// TO THIS PRIVACY POLICY", "Age Restriction" → "Minimum Age"), is the same
// section: a heading replaced outright was already judged so (the text
// under it is judged on its own). Found on the seeds' own headings
// reworded (b60-09): 5 of 66 same-meaning rewordings were material.

// nestedTopics reports a new heading whose rubric topics the old one
// holds: a heading that drops "use of" before "artificial intelligence"
// names the same section more briefly. A heading that gains a topic
// ("We share your data with our hosting provider" → "… and our
// advertisers", a sentence set as a heading) says something new, and
// is judged as any text is.
func (c *classifier) nestedTopics(a, b string) bool {
	ta, tb := strings.Fields(c.topics(c.ix.fold(a))), strings.Fields(c.topics(c.ix.fold(b)))
	if len(ta)+len(tb) == 0 {
		return false
	}
	in := func(x, y []string) bool {
		for _, t := range x {
			if !slices.Contains(y, t) {
				return false
			}
		}
		return true
	}
	return in(tb, ta)
}

// headingForceInert reports that the force the two headings' words differ
// by names a topic and binds nothing: none, or a bound ("minimum",
// "maximum") in headings that state no modal or negation, where "Minimum
// Age" titles the section an age threshold is set in. A heading written
// as a sentence ("We never sell your data" → "We may sell your data") or
// one that adds "only" commits as a sentence does, and goes on to be
// judged as one.
func (c *classifier) headingForceInert(force *forceChange, old, new []string) bool {
	if force == nil {
		return true
	}
	if force.scale != "bound" {
		return false
	}
	for _, ws := range [][]string{old, new} {
		if c.anyOfScale(ws, "negation") || c.anyOfScale(ws, "obligation") || c.anyOfScale(ws, "availability") {
			return false
		}
	}
	return true
}
