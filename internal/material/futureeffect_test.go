package material

import "testing"

// TestFutureEffect: a withdrawal of consent said to take effect for the
// future states the law's rule (GDPR Art. 7(3)) and is minor, added or
// removed (b41-12); an effect from another moment, a weakened right or
// the phrase said of something other than a withdrawal are not.
func TestFutureEffect(t *testing.T) {
	const h = "Your Rights"
	checkMaterial(t, []materialCase{
		{h, "* Withdraw your consent at any time.", "* Withdraw your consent at any time, with effect for the future.", false},
		{h, "You may revoke your consent at any time with future effect.", "You may revoke your consent at any time.", false},
		{h, "* Withdraw your consent at any time.", "* Withdraw your consent at any time, with effect from the date we process your request.", true},
		{h, "* Withdraw your consent at any time.", "* Withdraw your consent at any time, with effect for the future, once our review is complete.", true},
		{h, "You may withdraw your consent at any time.", "You may withdraw your consent at any time for the future where we agree.", true},
		{h, "You may withdraw your consent at any time.", "You may withdraw your consent at any time; we keep your data for the future development of our services.", true},
		{"Retention", "We keep your data for 30 days.", "We keep your data for 30 days, with effect for the future.", true},
	})
}
