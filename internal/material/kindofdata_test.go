package material

import "testing"

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
