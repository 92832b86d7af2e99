package material

import (
	"strings"
	"testing"
)

// TestProForm: a sentence split or joined, or reordered, that names a
// thing again where the other side had a pro-form standing for it ("our
// payment provider, Stripe, which processes payments" → "Stripe, our
// payment provider. Stripe processes payments"; "customized ads" →
// "customized ones"; "discovering it" → "discovering the incident") says
// the same commitments: the fallback does not call the name, or the
// pronoun, unexplained. A name the other side does not say (a new party
// where "which" stood), a relative pronoun that stood for another party,
// a party traded for another, a changed period, a weakened or denied
// commitment stay material.
func TestProForm(t *testing.T) {
	rb := Builtin()
	const (
		stripe = "We share your email address with our payment provider, Stripe, which processes payments for us."
		google = "We share your email address with Google, which may use it to measure our advertising."
		breach = "Should an incident expose your personal data, we will write to you within 72 hours of discovering it."
		ads    = "If you block cookies, instead of customized ads you will see generic ads on our pages."
	)
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"split, the name for which", "Sharing", stripe, "We share your email address with Stripe, our payment provider. Stripe processes payments for us.", false},
		{"split, the name for which (2)", "Sharing", google, "We share your email address with Google. Google may use it to measure our advertising.", false},
		{"joined, which for the name", "Sharing", "We share your email address with Google. Google may use it to measure our advertising.", google, false},
		{"the noun for it, us for we", "Security", breach, "Should an incident expose your personal data, we will write to you. You will hear from us within 72 hours of our discovering the incident.", false},
		{"ones for the noun", "Cookies", ads, "If you block cookies, you will see generic ads on our pages instead of customized ones.", false},
		// Twins.
		{"twin: a new party where which stood", "Sharing", stripe, "We share your email address with Stripe, our payment provider. Adyen processes payments for us.", true},
		{"twin: which stood for another party", "Sharing", "We share your email address with Stripe and with Google, which may use it to measure our advertising.", "We share your email address with Stripe and with Google. Stripe may use it to measure our advertising.", true},
		{"twin: a new purpose", "Sharing", google, "We share your email address with Google. Google may use it to personalise advertising.", true},
		{"twin: another party writes", "Security", breach, "Should an incident expose your personal data, they will write to you within 72 hours of discovering the incident.", true},
		{"twin: the period changed", "Security", breach, "Should an incident expose your personal data, we will write to you. You will hear from us within 96 hours of our discovering the incident.", true},
		{"twin: weakened", "Security", breach, "Should an incident expose your personal data, we may write to you. You may hear from us within 72 hours of our discovering the incident.", true},
		{"twin: denied", "Sharing", google, "We share your email address with Google. Google may not use it to measure our advertising.", true},
		{"twin: a data item for ones", "Cookies", ads, "If you block cookies, you will see generic ads on our pages instead of customized emails.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestWordHunks: the runs between the words two texts share, in order.
func TestWordHunks(t *testing.T) {
	var got []string
	wordHunks(strings.Fields("a b c d e"), strings.Fields("a x c e f"), func(x, y []string, _, _ int) {
		got = append(got, strings.Join(x, " ")+"|"+strings.Join(y, " "))
	})
	if want := "b|x d| |f"; strings.Join(got, " ") != want {
		t.Errorf("hunks %q, want %q", strings.Join(got, " "), want)
	}
}
