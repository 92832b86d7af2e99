package material

import (
	"strings"
	"testing"
)

// TestConjoinedPlace holds b21-16 ("will be transferred to the United
// States" → "will be transferred to and stored in the United States") in
// other words: a verb of where data are (stored, processed, hosted)
// conjoined to another before the same place says where the same data go:
// they are kept where they are sent. Another place, a verb of giving
// ("shared with"), a weaker force or a removed place still count.
func TestConjoinedPlace(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b21-16", "Location of site and data",
			"Our products are operated in the United States. If you are located in the European Union or elsewhere outside of the United States, please be aware that any information you provide to us will be transferred to the United States. By using our Site, you consent to this transfer.",
			"Our products are operated in the United States. If you are located in the European Union or elsewhere outside of the United States, **please be aware that any information you provide to us will be transferred to and stored in the United States**. By using our Site, you consent to this transfer.", false},
		{"processed and stored", "International transfers",
			"Your personal data are processed in Ireland.",
			"Your personal data are processed and stored in Ireland.", false},
		{"stored and hosted", "Where we store your data",
			"Your data are stored in the European Union.",
			"Your data are stored and hosted in the European Union.", false},
		{"removed co-verb", "International transfers",
			"Your information will be transferred to and processed in the United States.",
			"Your information will be transferred to the United States.", false},
		// material twins
		{"another country", "International transfers",
			"Your information will be transferred to the United States.",
			"Your information will be transferred to and stored in India.", true},
		{"a country added", "International transfers",
			"Your information will be transferred to the United States.",
			"Your information will be transferred to and stored in the United States and India.", true},
		{"shared with a party", "International transfers",
			"Your information will be transferred to the United States.",
			"Your information will be transferred to and shared with advertisers in the United States.", true},
		{"a weaker force", "International transfers",
			"Your information will only be transferred to the United States.",
			"Your information may be transferred to and stored in the United States.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
