package material

import (
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// TestSameCountryRewritten: a block rewritten too far to be paired with
// its old version is a deletion and an insertion in one place, each
// judged alone. A country both halves name is the same place on both
// sides: neither removed nor added. A country only one half names is, and
// stays material.
func TestSameCountryRewritten(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		want                    string // a reason of the material verdict, in part
	}{
		{"address moved in town", "Contact Information", "Acme, Inc.\n200 Frank Ogawa Plaza\nFloor 5\nOakland CA 94610\nUSA",
			"Acme, Inc.\n1999 Harrison Street\nSuite 1150\nOakland CA 94612\nUSA", false, ""},
		{"address moved abroad", "Contact Information", "Acme, Inc.\n200 Frank Ogawa Plaza\nFloor 5\nOakland CA 94610\nUSA",
			"Acme, Inc.\n1999 Harrison Street\nSuite 1150\nToronto ON M5V 2T6\nCanada", true, "Canada"},
		{"a country beside the same one", "Where we store data", "Our servers that hold account records are all located in the USA.",
			"Backups are kept by processors in Brazil and the USA, who receive copies of every record nightly.", true, "Brazil"},
		{"another country", "Where we store data", "Our servers that hold account records are all located in the USA.",
			"Backups are kept by processors in Brazil, who receive copies of every record nightly.", true, "Brazil"},
	} {
		r := redline.Diff([]byte(doc(tc.heading, tc.old)), []byte(doc(tc.heading, tc.new)))
		if len(r.Changes) != 2 || r.Changes[0].Kind != redline.Delete || r.Changes[1].Kind != redline.Insert {
			t.Fatalf("%s: want a deletion and an insertion, got %d changes", tc.name, len(r.Changes))
		}
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material || tc.want != "" && !strings.Contains(strings.Join(why, "; "), tc.want) {
			t.Errorf("%s: material=%v, want %v (naming %q): %s", tc.name, rep.Material, tc.material, tc.want, strings.Join(why, "; "))
		}
	}
}
