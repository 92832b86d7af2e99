package material

import (
	"strings"
	"testing"
)

// TestPurposeAsTo: a purpose said by a noun ("for the purpose of
// identifying your purchases") is the purpose said by "to" ("to identify
// your purchases"), and our own ability named as the purpose ("to enable
// us to provide support") is the act itself ("to provide support"). Their
// twins stay material: another purpose, a purpose added, another party
// enabled, a force changed beside the rewording.
func TestPurposeAsTo(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"How we use your data", "We use your email address for the purpose of sending you receipts.", "We use your email address to send you receipts.", false},
		{"How we use your data", "We process your payment details for the purposes of detecting fraud.", "We process your payment details to detect fraud.", false},
		{"Retention", "We keep your order history to enable us to provide customer support.", "We keep your order history to provide customer support.", false},
		{"Retention", "We will retain your Personal Data for the purpose of identifying your purchases and to enable us to provide customer support.", "We will keep your Personal Data so that we can identify your purchases and provide customer support.", false},

		{"How we use your data", "We use your email address for the purpose of sending you receipts.", "We use your email address to send you receipts and marketing messages.", true},
		{"How we use your data", "We use your email address for the purpose of sending you receipts.", "We may use your email address to send you receipts.", true},
		{"How we use your data", "We process your payment details for the purposes of detecting fraud.", "We process your payment details to detect fraud and to train our AI models.", true},
		{"How we use your data", "We keep your order history for the purpose of providing support.", "We keep your order history to improve our products.", true},
		{"Retention", "We keep your order history to enable us to provide customer support.", "We keep your order history to enable our partners to provide customer support.", true},
		{"Retention", "We keep your order history to enable us to provide customer support.", "We keep your order history to allow us to show you advertising.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestGerundBase: the verb of a gerund, as WordNet knows it.
func TestGerundBase(t *testing.T) {
	for w, want := range map[string]string{"identifying": "identify", "providing": "provide", "running": "run", "hoping": "hope", "offering": "offer", "detecting": "detect", "thing": "", "data": ""} {
		if got := gerundBase(w); got != want {
			t.Errorf("gerundBase(%q) = %q, want %q", w, got, want)
		}
	}
}
