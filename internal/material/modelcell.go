package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A table of the AI providers a service sends requests to, one row a
// provider, with a column of the models it serves: Kagi's "| Model |
// Model Provider | Trains on User Data via API | Data Retention for API |
// Privacy Policy / FAQ |". A model added to a row, renamed or retired,
// the provider, what it trains on and how long it keeps the data all as
// they were, sends the same data to the same party under the same terms:
// a model is a version of the provider's service, as a release is of an
// app. 62 of the 70 updates of that table a labeller called minor read
// material ("ai.number": "Claude 3.7" for "Claude 3.5"), and so did none
// of the 15 material ones: those add or drop a provider's row, or change
// a cell of what the provider does with the data. A row added or removed
// whole, or a provider's cell changed, is not this.

// modelColumns are the headers of a column that names, row by row, the
// models a provider serves.
var modelColumns = map[string]bool{"model": true, "models": true, "model name": true, "model names": true, "ai model": true,
	"ai models": true, "llm": true, "llms": true, "language model": true, "language models": true, "model version": true,
	"model versions": true}

// modelsOnly reports a table row whose only changed cells are in a
// column of models, beside a cell both sides share that names who serves
// them; or a row added or removed whole whose cells but the models' all
// say what rows of the other side say: "| Kimi K2 | Groq, Fireworks.ai |
// No | Not stored | …" put under rows that name both providers, their
// terms and their policies.
func (c *classifier) modelsOnly(ch redline.Change) bool {
	if ch.Kind == redline.Insert || ch.Kind == redline.Delete {
		return c.modelRowOnly(ch)
	}
	if ch.Kind != redline.Replace {
		return false
	}
	o, n := rowCells(ch.Old), rowCells(ch.New)
	if o == nil || len(o) != len(n) {
		return false
	}
	header := rowCells(strings.TrimSpace(c.leadIn()))
	if len(header) != len(o) {
		return false
	}
	changed, kept := false, false
	for i, h := range header {
		model := isModelColumn(h)
		if model {
			// A model put in that another row named before, or taken out
			// that another row names now, moved: who serves it changed.
			mo, mn := cellItems(o[i]), cellItems(n[i])
			if c.itemsInTable(true, minus(mn, mo)) || c.itemsInTable(false, minus(mo, mn)) {
				return false
			}
		}
		same := strings.Join(strings.Fields(o[i]), " ") == strings.Join(strings.Fields(n[i]), " ")
		switch {
		case !same && !model:
			return false
		case !same:
			changed = true
		case !model && strings.TrimSpace(stripMarkdown(o[i])) != "":
			kept = true
		}
	}
	return changed && kept
}

// isModelColumn reports a header of a column of models.
func isModelColumn(h string) bool {
	return modelColumns[headerKey(h)]
}

// headerKey is a table header's text in lower case, its mark-up and the
// spaces around it taken off.
func headerKey(h string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(stripMarkdown(h)), "*_ "))
}

// cellItemRE splits a cell into its items: the entries of an HTML list
// or lines in it, or a list written with commas.
var cellItemRE = mustPattern(`(?i)</?(?:ul|ol|li|br)\s*/?>|[,;]\s+`)

// modelRowOnly is modelsOnly for a row added or removed whole: it has a
// column of models, and every item of its other cells is written in a
// row of the other side.
func (c *classifier) modelRowOnly(ch redline.Change) bool {
	put := ch.Kind == redline.Insert
	row := ch.New
	if !put {
		row = ch.Old
	}
	cells := rowCells(row)
	header := rowCells(strings.TrimSpace(c.leadIn()))
	if cells == nil || len(header) != len(cells) {
		return false
	}
	models, others := false, 0
	for i, h := range header {
		items := cellItems(cells[i])
		if isModelColumn(h) {
			// Models the other side names elsewhere moved to this row:
			// who serves them changed.
			if c.itemsInTable(put, items) { // the other side's: the old one's for a row put in
				return false
			}
			models = models || len(items) > 0
			continue
		}
		for _, item := range items {
			if !c.itemsInTable(put, []string{item}) {
				return false
			}
			others++
		}
	}
	return models && others > 0
}

// cellItems returns the items of a table cell, in lower case.
func cellItems(cell string) []string {
	var out []string
	for _, item := range cellItemRE.Split(cell, -1) {
		if item = strings.ToLower(strings.Join(strings.Fields(stripMarkdown(item)), " ")); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// itemsInTable reports an item that is, whole, an item of a cell of a
// table row of the old (or new) text: "o3" is not "o3-pro". A traced
// question (memo.go).
func (c *classifier) itemsInTable(old bool, items []string) bool {
	if len(items) == 0 {
		return false
	}
	arg := strings.Join(items, "\x00")
	return c.ask(askItemsInTable, old, arg, yes(c.itemsInTableText(old, arg))) != ""
}

// itemsInTableText is itemsInTable's answer, for items joined by NUL.
func (c *classifier) itemsInTableText(old bool, arg string) bool {
	items := strings.Split(arg, "\x00")
	for _, r := range c.side(old).tableRows() {
		for cell := range strings.SplitSeq(r, " | ") {
			for _, it := range cellItems(cell) {
				if slices.Contains(items, it) {
					return true
				}
			}
		}
	}
	return false
}

// partyColumns are the headers of a table's column that names, row by
// row, who receives the data: "| Model | Model Provider | … |", "| Sub-
// processor | Purpose | Location |".
var partyColumns = map[string]bool{"provider": true, "providers": true, "model provider": true, "model providers": true,
	"service provider": true, "service providers": true, "vendor": true, "vendors": true, "processor": true, "processors": true,
	"subprocessor": true, "subprocessors": true, "sub-processor": true, "sub-processors": true, "recipient": true, "recipients": true,
	"third party": true, "third parties": true, "third-party": true, "partner": true, "partners": true, "hosted by": true}

// partyColumnChanged files under recipients a material change of a table
// row that puts into its column of parties, or takes out, one the other
// side names in no row: Kagi's "| GLM-4.6 | Fireworks.ai |" → "| GLM-4.6 |
// Cerebras, Fireworks.ai |" read "New name: Cerebras" under the AI the
// page is about. Who receives the requests is what changed.
func (c *classifier) partyColumnChanged(v Verdict, ch redline.Change) string {
	if v.Category == "recipients" || c.rb.categoryIndex("recipients") < 0 || !strings.HasPrefix(strings.TrimSpace(ch.Old+ch.New), "|") {
		return ""
	}
	header := rowCells(strings.TrimSpace(c.leadIn()))
	o, n := rowCells(ch.Old), rowCells(ch.New)
	if o == nil && n == nil {
		return ""
	}
	for i, h := range header {
		if !partyColumns[headerKey(h)] {
			continue
		}
		var io, in []string
		if i < len(o) && len(o) == len(header) {
			io = cellItems(o[i])
		}
		if i < len(n) && len(n) == len(header) {
			in = cellItems(n[i])
		}
		for _, p := range minus(in, io) {
			if !c.itemsInTable(true, []string{p}) {
				return "recipients"
			}
		}
		for _, p := range minus(io, in) {
			if !c.itemsInTable(false, []string{p}) {
				return "recipients"
			}
		}
	}
	return ""
}
