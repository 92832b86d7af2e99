package material

import (
	"cmp"
	"slices"
)

// firstHit is the hit that stands first, of hits, the longest term where
// two start at one word: "We will notify you of any changes" is about
// notice ("notify you"), not about a breach ("notify"). hits must not be
// empty.
func (c *classifier) firstHit(hits []termHit) termHit {
	return slices.MinFunc(hits, func(a, b termHit) int {
		return cmp.Or(cmp.Compare(a.j, b.j), cmp.Compare(len(c.ix.terms[b.k][b.i]), len(c.ix.terms[a.k][a.i])))
	})
}
