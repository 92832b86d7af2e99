package material

import (
	"strings"
	"testing"
)

// TestResidentsCategory holds what batch 13 showed (b13-27): a free copy
// of your data limited to those who "live in the European Economic Area or
// the United Kingdom" was filed as a new transfer destination. A place
// where the reader lives says whom a commitment is for, not where data
// goes, also when it is the last of a list of places and the sentence's
// only words of transfers: the sentence read without the places says what
// the commitment is about. Data sent to a place is still a transfer.
func TestResidentsCategory(t *testing.T) {
	rb := Builtin()
	const old = "You can ask us for a copy of the personal information we hold about you at any time, and we will provide it free of charge within one month of receiving your request."
	for _, tc := range []struct {
		name, new, cat string
	}{
		{"a right limited to residents of a list of places",
			strings.Replace(old, "and we will", "and, if you live in the European Economic Area or the United Kingdom, we will", 1), "rights"},
		{"a right limited to residents of one place",
			strings.Replace(old, "and we will", "and, if you live in the United Kingdom, we will", 1), "rights"},
		{"data sent to a place",
			strings.Replace(old, "within one month of receiving your request.", "within one month of receiving your request. We store your personal information in the United Kingdom.", 1), "transfers"},
	} {
		rep, cats, why := judgeEdit(rb, "Your rights", old, tc.new)
		if !rep.Material || !cats[tc.cat] {
			t.Errorf("%s: material=%v, categories %v, want %s: %s", tc.name, rep.Material, cats, tc.cat, strings.Join(why, "; "))
		}
	}
}
