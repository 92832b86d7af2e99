package material

import (
	"strings"
	"testing"
)

// TestOwner checks the words this family reads on folded sentences: the
// term found, and none in its minor twins (ownparty.go).
func TestOwner(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		want     bool
	}{
		{"requests are read by our own staff", "requests are read by other staff", true},
		{"we store it on our own servers", "we store it on third-party servers", true},
		{"under the terms of this policy", "under the terms of their own policies", true},
		{"it is governed by this privacy notice", "it is governed by their own privacy notices", true},
		{"records are only accessible to your own doctor", "records are only accessible to another doctor", true},
		{"records are only accessible to your doctor", "records are only accessible to the doctor", false},
		{"requests are read by our staff", "requests are read by our own staff", false}, // the same owner, stressed
		{"we store it on our own servers", "we store it on servers we own", false},      // the same owner, as a clause
		{"partners process it under their contracts", "partners process it under their own contracts", false},
	} {
		if o, _ := ownerChanged(strings.Fields(tc.old), strings.Fields(tc.new)); (o != "") != tc.want {
			t.Errorf("%q → %q: found %q, want found=%v", tc.old, tc.new, o, tc.want)
		}
	}
}
