package material

import (
	"strings"
	"testing"
)

// TestPartyColumn holds what batch 13 showed (b13-24): a row removed from
// GitHub's table of subprocessors, "| Segment | Data analytics platform |
// United States |", was filed as a tracker removed, because the row says
// analytics. A name in the column whose header names the parties ("Name
// of Subprocessor") is such a party. The same row under a header that
// names cookies, not parties, is still a tracker.
func TestPartyColumn(t *testing.T) {
	rb := Builtin()
	rows := "| Oracle | Corporate financial system | United States |\n| Segment | Data analytics cookies | United States |\n| Sendgrid | Transactional mail services provider | United States |"
	for _, tc := range []struct {
		name, header, cat string
	}{
		{"a column of subprocessors", "| Name of Subprocessor | Description of Processing | Location |\n|---|---|---|\n", "recipients"},
		{"a column of cookies", "| Cookie | Description | Location |\n|---|---|---|\n", "cookies"},
	} {
		old := tc.header + rows
		new := tc.header + strings.Replace(rows, "| Segment | Data analytics cookies | United States |\n", "", 1)
		rep, cats, why := judgeEdit(rb, "Who we work with", old, new)
		if !rep.Material || !cats[tc.cat] || len(cats) != 1 {
			t.Errorf("%s: material=%v, categories %v, want %s: %s", tc.name, rep.Material, cats, tc.cat, strings.Join(why, "; "))
		}
	}
}

// TestPartyColumnWithPlace: a row added to a table of subprocessors names
// a recipient, though its cells call it a subsidiary and say where it is:
// the countries of a row are where its party is, not the party the column
// names. (Written before the countries of a row were left out of what the
// column is asked about, for GitHub's 118.)
func TestPartyColumnWithPlace(t *testing.T) {
	header := "| Name of Subprocessor | Description of Processing | Location |\n|---|---|---|\n"
	rows := "| Hostwell Inc. | Cloud hosting | United States |\n| Mailwise Ltd | Email delivery | Ireland |"
	runCategories(t, []categoryCase{
		{"a group company added as a subprocessor", "Who processes customer data",
			header + rows,
			header + rows + "\n| Acme Japan Ltd | Acme Subsidiary | Japan |", "recipients"},
		{"twin: a vendor added as a subprocessor", "Who processes customer data",
			header + rows,
			header + rows + "\n| Ticketly Inc. | Support ticketing | United States |", "recipients"},
	})
}
