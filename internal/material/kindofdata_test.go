package material

import (
	"strings"
	"testing"
)

// TestKindOfDataListItem holds an item added to a list under a lead-in
// that names a kind of data by a noun before "data": Semgrep's privacy
// policy (semgrep/semgrep) added "Duration of individual phases (e.g.
// parsing)" under "Performance data enable understanding of which rules
// … are slow", read as wording about no personal data. An item added
// under text that names no kind of data ("We protect your data with:"
// names whose) is left to the other rules.
func TestKindOfDataListItem(t *testing.T) {
	rb := Builtin()
	page := func(lead, items string) string {
		return "# Semgrep Privacy Policy\n\n## Collected data\n\n### Performance\n\n" + lead + "\n\n" + items + "\n\n### Errors\n\nHigh-level error and warning classes that Semgrep encounters when run.\n"
	}
	lead := "Performance data enable understanding of which rules and types of files are slow in the aggregate so Semgrep, Inc can improve the Semgrep program-analysis engine, query optimizer, and debug slow rules."
	rep, cats, why := judgeText(rb, page(lead, "- Runtime duration"), page(lead, "- Runtime duration\n- Duration of individual phases (e.g. parsing)"))
	wantCategoryNot(t, "a metric added under performance data", rep, cats, why, "data", "")
	if namesKindOfData(Builtin().index.fold("We protect your data with the measures below.")) {
		t.Error(`"your data" read as a kind of data`)
	}
}

// TestDataTableRow holds a row added to a table whose header has a column
// of data items: Semgrep's fields table ("| Category | Field | Description
// | Use Case | Example Datum |") gained "Deployment ID", read as wording
// about no personal data. A row added to a table with no such column, or
// naming a field the policy already names, is left to the other rules.
func TestDataTableRow(t *testing.T) {
	rb := Builtin()
	table := func(header, rows string) string {
		return "# Privacy Policy\n\n## What is sent\n\n" + header + "\n| --- | --- | --- |\n| Environment | Version | Semgrep version being used |\n" + rows + "\n## Contact\n\nWrite to us.\n"
	}
	fields := "| Category | Field | Description |"
	rep, cats, why := judgeText(rb, table(fields, ""), table(fields, "|  | Deployment ID | The ID of the organization of the logged in account |\n"))
	wantCategoryNot(t, "a field added to the table of fields", rep, cats, why, "data", "")
	offices := "| City | Address | Opening hours |"
	_, _, why = judgeText(rb, table(offices, ""), table(offices, "| Lyon | 3 rue Neuve | 9 to 5 |\n"))
	for _, w := range why {
		if strings.Contains(w, "a row of the table of data") {
			t.Errorf("a row of a table with no column of data read as data: %v", why)
		}
	}
}
