package material

import (
	"strings"
	"testing"
)

// TestDegree checks the words this family reads on folded sentences: the
// term found, and none in its minor twins (comparativedegree.go).
func TestDegree(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		want     bool
	}{
		{"we will not keep it longer than we need it", "we will not keep it much longer than we need it", true},
		{"we will not keep it for significantly longer than required", "we will not keep it for longer than required", true},
		{"we will not keep it much longer than we need it", "we will not keep it far longer than we need it", false},
		{"we will not keep it longer than we need it", "we will not keep it any longer than we need it", false},
	} {
		if o, _ := degreeChanged(strings.Fields(tc.old), strings.Fields(tc.new)); (o != "") != tc.want {
			t.Errorf("%q → %q: found %q, want found=%v", tc.old, tc.new, o, tc.want)
		}
	}
}
