package material

import "testing"

// Mends of round 81 (batches 383 to 386, written blind and first run on
// round 80's mends).

// TestTeamIsWorkforce: "our team" is the author's people, as "our staff"
// is ("communications with our team" → "… with our staff", b384-02).
// Twins: a team of a kind ("our security team") is some of them, and
// "their staff" are another party's people.
func TestTeamIsWorkforce(t *testing.T) {
	const h = "Security"
	runRestated(t, []restatedCase{
		{"our team, our staff", h, "Access to customer data is limited to our team.", "Access to customer data is limited to our staff.", false},
		{"twin: a team of a kind", h, "Access to customer data is limited to our security team.", "Access to customer data is limited to our staff.", true},
		{"twin: another party's staff", h, "Access to customer data is limited to our team.", "Access to customer data is limited to their staff.", true},
	})
}
