package material

import (
	"strings"
	"testing"
)

// TestNearness checks the words this family reads on folded sentences: the
// term found, and none in its minor twins (proximity.go).
func TestNearness(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		want     bool
	}{
		{"we delete recordings right after we transcribe them", "we delete recordings long after we transcribe them", true},
		{"we will let you know well prior to a change", "we will let you know just prior to a change", true},
		{"we delete recordings shortly after we transcribe them", "we delete recordings soon after we transcribe them", false},
		{"we will let you know well prior to a change", "we will let you know long prior to a change", false},
	} {
		if o, _ := nearnessChanged(strings.Fields(tc.old), strings.Fields(tc.new)); (o != "") != tc.want {
			t.Errorf("%q → %q: found %q, want found=%v", tc.old, tc.new, o, tc.want)
		}
	}
}
