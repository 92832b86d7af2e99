package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// fieldColumns are the headers of a table's column that names, row by
// row, an item of data: "| Category | Field | Description | Use Case |
// Example Datum |" (semgrep/semgrep), "| Data point | Example |".
var fieldColumns = map[string]bool{"field": true, "fields": true, "data field": true, "data fields": true, "datum": true,
	"data point": true, "data points": true, "data element": true, "data elements": true, "data item": true, "data items": true,
	"metric": true, "metrics": true, "data collected": true, "data type": true, "type of data": true, "kind of data": true}

// dataRow returns the item of data a table row added (put) or removed
// names, when the table's header has a column of data items: the row's
// cell in that column, one the other text does not name. "" otherwise.
// Semgrep's list of the fields its tool sends gained "| | Deployment ID |
// The ID organization associated with the logged in account | … |".
func (c *classifier) dataRow(ch redline.Change) (item string, put bool) {
	if c.rb.categoryIndex("data") < 0 || ch.Kind != redline.Insert && ch.Kind != redline.Delete {
		return "", false
	}
	row := ch.New
	put = ch.Kind == redline.Insert
	if !put {
		row = ch.Old
	}
	cells := rowCells(row)
	if cells == nil {
		return "", false
	}
	header := rowCells(strings.TrimSpace(c.leadIn()))
	if len(header) != len(cells) {
		return "", false
	}
	for i, h := range header {
		if !fieldColumns[strings.ToLower(strings.Trim(strings.TrimSpace(h), "*_ "))] {
			continue
		}
		item = strings.TrimSpace(stripMarkdown(cells[i]))
		if item == "" || len(strings.Fields(item)) > 6 || c.inDoc(put, strings.ToLower(item)) {
			return "", false
		}
		return item, put
	}
	return "", false
}

// dataRowVerdict is the verdict of dataRow's change.
func (c *classifier) dataRowVerdict(ch redline.Change, item string, put bool) Verdict {
	v := c.material(ch, "data.item", &signals{}, nil, nil, "")
	verb, dir := "New kind of data", Expands
	if !put {
		verb, dir = "Kind of data removed", Restricts
	}
	v.Direction = dir
	v.Reason = fmt.Sprintf("%s: '%s', a row of the table of data: %s", verb, item, excerpt(ch.Old+ch.New))
	return v
}
