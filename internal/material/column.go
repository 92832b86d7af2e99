package material

import (
	"slices"
	"strings"
)

// columnCategory says what a table row's change is about when the table's
// header names the policy's own categories column by column ("| Purposes |
// Categories of data | Legal basis | Retention | Categories of recipients
// |"), and the row changed in one column only: the cell is what its column
// says it holds. "5 years from the end of the contract" in the "Retention"
// column is a retention period, though the row's other cells name a legal
// basis. A table of cookies is about cookies, whichever of its columns
// changed; a header naming one category or none says nothing of its cells,
// and a header is labels of a few words, not a row of prose (a table whose
// header row is empty is read under its first row).
func (c *classifier) columnCategory(old, new string) string {
	old, new = strings.TrimSpace(old), strings.TrimSpace(new)
	if !strings.HasPrefix(old, "|") || !strings.HasPrefix(new, "|") || strings.Contains(old, "\n") || strings.Contains(new, "\n") {
		return ""
	}
	header := c.leadIn()
	if !strings.HasPrefix(strings.TrimSpace(header), "|") {
		return ""
	}
	heads, co, cn := cellsOf(header), cellsOf(old), cellsOf(new)
	if len(co) != len(heads) || len(cn) != len(heads) {
		return ""
	}
	col := -1
	for k := range heads {
		if strings.Join(c.ix.fold(co[k]), " ") == strings.Join(c.ix.fold(cn[k]), " ") {
			continue
		}
		if col >= 0 {
			return "" // more than one column changed: the row says what it is
		}
		col = k
	}
	if col < 0 {
		return ""
	}
	named := map[string]bool{}
	cats := make([]string, len(heads))
	for k, h := range heads {
		if len(strings.Fields(stripMarkdown(h))) > 6 {
			return "" // a cell of prose: the row above is no header but a row of the table
		}
		if id := c.headerCategory(h); id != "" {
			cats[k] = id
			named[id] = true
		}
	}
	if n := len(c.section); len(named) < 2 || named["cookies"] || n > 0 && strings.Contains(strings.ToLower(c.section[n-1]), "cookie") {
		return ""
	}
	if k := cats[col]; k == "purposes" || k == "data" {
		// Processing for an automated system is the AI category's, a
		// purpose of its own, in a column as in prose.
		removed, added := diffWords(c.ix.fold(co[col]), c.ix.fold(cn[col]))
		if c.aiChanged(c.content(append(removed, added...))) {
			return "ai"
		}
	}
	return cats[col]
}

// headerCategory is the category a column header names: by the words of
// the categories, or, a header being a label, by the one category whose
// own label holds all its words ("Categories of data", "Personal data"
// are the label "Categories of personal data" shortened).
func (c *classifier) headerCategory(h string) string {
	if id, hit, _ := c.categorize(c.ix.fold(h), nil, nil); hit {
		return id
	}
	words := c.ix.contentWords(c.ix.fold(h))
	if len(words) == 0 {
		return ""
	}
	found := ""
	for _, k := range c.rb.Categories {
		label := c.ix.fold(k.Label)
		if !slices.ContainsFunc(words, func(w string) bool { return !slices.Contains(label, w) }) {
			if found != "" {
				return ""
			}
			found = k.ID
		}
	}
	return found
}
