package material

import (
	"strings"
	"testing"
)

// TestConfinedQualifier checks the words this family reads on folded sentences: the
// term found, and none in its minor twins (onlyqualifier.go).
func TestConfinedQualifier(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		want     bool
	}{
		{"we will only send you important service communications", "we will only send you service communications", true},
		{"we only email you about essential account changes", "we only email you about account changes", true},
		{"we send you important service communications", "we send you service communications", false}, // no limit: puffery
		{"we will not send you unsolicited emails", "we will not send you frequent unsolicited emails", true},
		{"we do not share your messages with trusted partners", "we do not share your messages with partners", false}, // praise under a denial
		{"we only send you important updates and news", "we only send you important and useful updates and news", false},
	} {
		if o, _ := firstOfConfined(strings.Fields(tc.old), strings.Fields(tc.new)); (o != "") != tc.want {
			t.Errorf("%q → %q: found %q, want found=%v", tc.old, tc.new, o, tc.want)
		}
	}
}

// firstOfConfined is confinedQualifier as the other families' finders
// are called.
func firstOfConfined(old, new []string) (string, string) {
	w, _, _ := confinedQualifier(old, new)
	return w, w
}

// TestConfinedParticiple: a phrase of a participle after the noun an
// "only" confines to says which ones, as a relative clause does (G05 of
// the leak red team); the participle said another way is no change.
func TestConfinedParticiple(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Marketing communications", "You will only receive promotional emails about products related to your past purchases.",
			"You will only receive promotional emails about products.", true},
		{"How we use data", "We only use your photos for albums created by you.", "We only use your photos for albums.", true},
		{"Marketing communications", "You will only receive promotional emails about products related to your past purchases.",
			"You will only receive promotional emails about products relating to your past purchases.", false},
	})
}
