package material

import "testing"

// TestNounAdverb: an adverb made of a noun with "-ly" is no form of it:
// "namely" names no name, "purposely" no purpose, so "including to meet
// our legal obligations" → "namely to meet …" in a sentence of how long
// data is kept is a change of retention, not of the data collected
// (b37-22). The twins: an adverb of an adjective still matches its term
// ("securely" is security), and a name still names data.
func TestNounAdverb(t *testing.T) {
	for _, tc := range []struct {
		w    string
		k    int
		want bool
	}{
		{"namely", 4, true}, {"purposely", 7, true},
		{"securely", 6, false}, {"internationally", 13, false}, {"names", 4, false}, {"named", 4, false},
	} {
		if got := nounAdverb(tc.w, tc.k); got != tc.want {
			t.Errorf("nounAdverb(%q, %d) = %v, want %v", tc.w, tc.k, got, tc.want)
		}
	}
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Data Retention", "We store other personal data for as long as necessary for other legitimate business purposes, including to meet our legal obligations.",
			"We store other personal data for as long as necessary for other legitimate business purposes, namely to meet our legal obligations.", "retention"},
		// twins
		{"Payments", "Your card details are transmitted to our payment processor.",
			"Your card details are transmitted securely to our payment processor.", "security"},
		{"Information we collect", "When you sign up we ask for your email address.",
			"When you sign up we ask for your email address and your name.", "data"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
