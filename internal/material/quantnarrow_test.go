package material

import (
	"strings"
	"testing"
)

// TestQuantifierNarrowed: a word put between "all", "any", "every" or
// "each" and its noun leaves some of them out, and one taken from there
// lets more in. "We respond to all requests within 30 days" → "all GDPR
// requests" was read "Same commitments, reworded" in the whole OmniOps
// policy, which names GDPR elsewhere (b304-28, a miss). Twins: a word that
// only points or counts, and the same word put outside the universal.
func TestQuantifierNarrowed(t *testing.T) {
	rb := Builtin()
	omniops := func(line string) string {
		return "## GDPR Rights\n\nThis policy describes our practices in accordance with the General Data Protection Regulation (GDPR) and other applicable privacy laws.\n\n## Exercise Your Rights\n\n" + line + "\n"
	}
	const old = "Visit our GDPR Rights Page to submit a data request, or contact us at hello@omniops.co.uk. We respond to all requests within 30 days."
	for _, tc := range []struct {
		name, new string
		want      bool
	}{
		{"all GDPR requests (b304-28)", strings.Replace(old, "all requests", "all GDPR requests", 1), true},
		{"all verified requests", strings.Replace(old, "all requests", "all verified requests", 1), true},
		{"twin: all such requests", strings.Replace(old, "all requests", "all such requests", 1), false},
		{"twin: all your requests", strings.Replace(old, "all requests", "all your requests", 1), false},
	} {
		rep, _, why := judgeText(rb, omniops(old), omniops(tc.new))
		if rep.Material != tc.want {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.want, strings.Join(why, "; "))
		}
	}
	// Taken: "any compelling legitimate grounds" → "any legitimate grounds"
	// lets more grounds override the objection.
	for _, tc := range []struct{ old, new, words string }{
		{"You may object unless we show any compelling legitimate grounds.", "You may object unless we show any legitimate grounds.", "compelling"},
		{"We respond to all requests.", "We respond to all GDPR requests.", "gdpr"},
		{"We review every request.", "We review every five (5) requests.", ""},
		{"We respond to all requests.", "We respond to all such requests.", ""},
		{"We notify all owners of the account.", "We notify all three owners of the account.", ""},
		{"We respond to all requests.", "We respond to all your requests.", ""},
		{"We respond to all requests.", "We respond to requests.", ""},
		{"You can withdraw consent at any without cost.", "You can withdraw consent at any time without cost.", ""},
	} {
		if w, _ := quantifierNarrowed(plainWords(tc.old), plainWords(tc.new)); w != tc.words {
			t.Errorf("quantifierNarrowed(%q, %q) = %q, want %q", tc.old, tc.new, w, tc.words)
		}
	}
}
