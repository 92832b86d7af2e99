package material

import (
	"strings"
	"testing"
)

// TestFrequency checks the words this family reads on folded sentences: the
// term found, and none in its minor twins (frequencytier.go).
func TestFrequency(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		want     bool
	}{
		{"we monitor our systems continuously for intrusions", "we monitor our systems periodically for intrusions", true},
		{"we routinely delete old log files", "we rarely delete old log files", true},
		{"we monitor our systems continuously for intrusions", "we monitor our systems constantly for intrusions", false},
		{"we routinely delete old log files", "we regularly delete old log files", false},
	} {
		if o, _ := frequencyChanged(strings.Fields(tc.old), strings.Fields(tc.new)); (o != "") != tc.want {
			t.Errorf("%q → %q: found %q, want found=%v", tc.old, tc.new, o, tc.want)
		}
	}
}
