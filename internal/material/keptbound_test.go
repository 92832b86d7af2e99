package material

import "testing"

// TestKeptForAtLeast: a sentence that says how long data is kept, on both
// sides, is that period's, however its length is bounded ("for at least
// six years", "for up to 30 days", "for a minimum of two years"): a
// change in which data it covers or from when it runs is retention,
// though the sentence names kinds of data (b61-31, periodKept). Twins: a sentence
// that keeps no period stays with the data it names, and a bound that is
// no period ("at least one of") keeps nothing.
func TestKeptForAtLeast(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b61-31", "What happens to the information you share?",
			"Your email address and phone number will be maintained for at least six years in accordance with National Archives and Records Administration (NARA) guidance. However, GSA is authorized to maintain the information for longer if it is required for business use.",
			"Your personal information will be maintained for at least six years following the altering of a password or deletion of your account, in accordance with National Archives and Records Administration (NARA) guidance. However, GSA is authorized to maintain the information for longer if it is required for business use.", "retention"},
		{"up to, run from an event", "Your information",
			"Your IP address and device identifiers will be stored for up to 12 months in accordance with our logging standard.",
			"Your IP address and device identifiers will be stored for up to 12 months following your last login, in accordance with our logging standard.", "retention"},
		{"a minimum of, which data", "Records",
			"Your name, email address and call recordings are held for a minimum of two years in accordance with the rules of our regulator.",
			"Your personal data is held for a minimum of two years following the end of your contract, in accordance with the rules of our regulator.", "retention"},
		// Twins.
		{"no period kept", "Your information",
			"When you sign up we ask for at least your email address.",
			"When you sign up we ask for at least your email address and your phone number.", "data"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	c := &classifier{rb: rb, ix: rb.index}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"We retain your data for at least six years.", true},
		{"Logs are kept for up to 30 days.", true},
		{"We keep at least one of your contact details.", false},
		{"We hold your files, at least for now, in the cloud.", false},
	} {
		if got := c.keptWithin(rb.index.fold(tc.text), false); got != tc.want {
			t.Errorf("%q: keeps for a period %v, want %v", tc.text, got, tc.want)
		}
	}
}
