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

// TestCoordinatorDropped: an "and" or an "or" taken out from between two
// words that now stand together makes two things one: "marketing and
// research companies" → "marketing research companies" (b308-13, a miss,
// read "Same commitments, reworded"). Twins: a slip mended ("email and or
// a notice", "use, and and disclose"), a coordinator after a comma.
func TestCoordinatorDropped(t *testing.T) {
	const h = "What sorts of personal information do we hold?"
	const old = "  • Information from other sources such as specialist companies that provide customer information (like credit reference agencies such as Experian, fraud prevention agencies, claims databases, marketing and research companies), social media providers and the DVLA, as well as information that is publicly available."
	runRestated(t, []restatedCase{
		{"marketing and research companies (b308-13)", h, old, strings.Replace(old, "marketing and research", "marketing research", 1), true},
		{"twin: and or", "Changes", "We will notify you via email and or a prominent notice on our website.", "We will notify you via email or a prominent notice on our website.", false},
	})
	for _, tc := range []struct{ old, new, two string }{
		{"marketing and research companies", "marketing research companies", "marketing and research"},
		{"Object to processing based on legitimate interests or for direct marketing", "Object to processing based on legitimate interests for direct marketing", ""},
		{"We use, and and disclose your information", "We use, and disclose your information", ""},
		{"sharing with buyers or in connection with a sale", "sharing with buyers in connection with a sale", ""},
		{"name, email, and phone number", "name, email phone number", ""},
		{"open Settings and select Privacy", "Open Settings. Select Privacy", ""},
	} {
		if two, _ := coordinatorDropped(plainWords(tc.old), plainWords(tc.new), tc.old, tc.new); two != tc.two {
			t.Errorf("coordinatorDropped(%q, %q) = %q, want %q", tc.old, tc.new, two, tc.two)
		}
	}
}
