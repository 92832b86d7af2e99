package material

import (
	"strings"
	"testing"
)

// TestPartSize checks the words this family reads on folded sentences: the
// term found, and none in its minor twins (quantdegree.go).
func TestPartSize(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		want     bool
	}{
		{"we share statistics with some of our partners", "we share statistics with most of our partners", true},
		{"we use many cookies on this site", "we use a few cookies on this site", true},
		{"several of our pages use pixels", "the majority of our pages use pixels", true},
		{"we keep it for several days", "we keep it for a few days", false},           // the same size
		{"some of our pages use pixels", "certain of our pages use pixels", false},    // the same size
		{"we keep the most recent version", "we keep the some recent version", false}, // a superlative
		{"we use cookies on this site", "we use many cookies on this site", false},    // a quantifier put: force's
	} {
		if o, _ := partSizeChanged(strings.Fields(tc.old), strings.Fields(tc.new)); (o != "") != tc.want {
			t.Errorf("%q → %q: found %q, want found=%v", tc.old, tc.new, o, tc.want)
		}
	}
}
