package material

import "testing"

// Mends of round 83 (batches 391 to 394, written blind and first run on
// 72935ff4, round 82's mends).

// TestDenialWidened: a denial of what the author does to data, made to
// cover more, allows nothing new ("We do not sell your personal
// information" → "… sell or share …", b379-21; "from children" → "from
// children, whether directly or through integrations", b388-40). Twins:
// an exception after the item ("will not access, share or archive it
// except as necessary", b338-35), a denial of the reader's power ("you
// cannot delete …"), a denial of a protection ("we do not need your
// consent …"), and a signal's name ("\"Do Not Track\" and Global Privacy
// Control signals", b113-30).
func TestDenialWidened(t *testing.T) {
	runRestated(t, []restatedCase{
		{"sell or share", "Sharing", "We do not sell your personal information to advertisers.", "We do not sell or share your personal information to advertisers.", false},
		{"a recipient more", "Sharing", "We do not sell your personal information to advertisers.", "We do not sell your personal information to advertisers or data brokers.", false},
		{"twin: an exception after the item", "Sharing", "We will not access or share it except as necessary to operate the Service.", "We will not access, share or archive it except as necessary to operate the Service.", true},
		{"twin: the reader's power denied", "Your rights", "You cannot delete your messages once they are sent.", "You cannot delete your messages or your profile once they are sent.", true},
		{"twin: a protection denied", "Legal basis", "We do not need your consent to use your data for analytics.", "We do not need your consent to use your data for analytics or advertising.", true},
		{"twin: a signal's name", "Do Not Track", "We respect browser \"Do Not Track\" signals. When enabled, we limit tracking to essential service functionality only.", "We respect browser \"Do Not Track\" and Global Privacy Control signals. When enabled, we limit tracking to essential service functionality only.", true},
	})
}

// TestForwardedPassedOn: a request "forwarded to" whoever must answer it
// is "passed on to" them (eight writers, b103-08 … b392-09). Twin: passed
// on to another party than the one it was forwarded to.
func TestForwardedPassedOn(t *testing.T) {
	const h = "Your rights"
	runRestated(t, []restatedCase{
		{"passed on", h, "Requests we receive about a customer's data will be forwarded to the relevant Data Controller.", "Requests we receive about a customer's data will be passed on to the relevant Data Controller.", false},
		{"twin: another party", h, "Requests we receive about a customer's data will be forwarded to the relevant Data Controller.", "Requests we receive about a customer's data will be passed on to our legal advisers.", true},
	})
}

// TestDenialWidenedClause: words put in after a denial that make a
// clause of their own are no item of what is denied: "We do not sell your
// data to advertisers" → "…, and share it with data brokers", "… and
// data brokers may buy it", "… or data brokers, and they rent it out".
func TestDenialWidenedClause(t *testing.T) {
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	const old = "We do not sell your data to advertisers."
	for _, n := range []string{
		"We do not sell your data to advertisers, and share it with data brokers.",
		"We do not sell your data to advertisers and data brokers may buy it.",
		"We do not sell your data to advertisers or data brokers, and they rent it out.",
	} {
		if c.denialWidened(old, n) {
			t.Errorf("%q read as a denial widened", n)
		}
	}
	if !c.denialWidened(old, "We do not sell your data to advertisers or data brokers.") {
		t.Error("a recipient put into the denial not read as a denial widened")
	}
}
