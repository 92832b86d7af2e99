package material

import (
	"slices"

	"github.com/redline-legal/redline/internal/redline"
)

// counterpartText returns the text of the block deleted right before the
// block a change inserts, or inserted right after the block it deletes,
// where the two stand alone: a block rewritten too far to be paired with
// its old version comes out as one deletion and one insertion in its
// place, each judged alone, and the other half is what the block said
// before (or says now). "" when the change is no such half: a run of
// several blocks deleted and inserted is a section rewritten, whose
// blocks are no one block's versions.
func (c *classifier) counterpartText() string {
	i, ok := c.rowIndex()
	if !ok {
		return ""
	}
	kind := func(k int) redline.Kind {
		if k < 0 || k >= len(c.rows) {
			return ""
		}
		return c.rows[k].Kind
	}
	switch c.rows[i].Kind {
	case redline.Insert:
		if kind(i-1) == redline.Delete && kind(i-2) != redline.Delete && kind(i+1) != redline.Insert && c.rows[i-1].Old != nil {
			return c.rows[i-1].Old.Text
		}
	case redline.Delete:
		if kind(i+1) == redline.Insert && kind(i+2) != redline.Insert && kind(i-1) != redline.Delete && c.rows[i+1].New != nil {
			return c.rows[i+1].New.Text
		}
	}
	return ""
}

// sameCountryRewritten drops from names added (or removed) the countries
// the other half of a rewritten block names as well (counterpartText):
// "…, Oakland CA 94610, USA" deleted and "…, Oakland CA 94612, USA"
// inserted in its place, or "reporting is required under UK GDPR" →
// "Whether UK GDPR requires …", remove no place and add none. A country
// the other half does not name ("USA" → "Canada"), or one named beside
// it, stays new. So does a country beside a party named on the same
// side: it says where that party is ("xAI (United States)"), and the
// party is what is new.
func (c *classifier) sameCountryRewritten(es []string) []string {
	if len(es) == 0 || slices.ContainsFunc(es, func(e string) bool { return !c.ix.countries[e] }) {
		return es
	}
	cp := c.counterpart()
	if cp == "" {
		return es
	}
	other := c.entities(cp)
	return slices.DeleteFunc(es, func(e string) bool {
		return c.ix.countries[e] && slices.ContainsFunc(other, func(x string) bool { return c.ix.countries[x] && nameKey(x) == nameKey(e) })
	})
}
