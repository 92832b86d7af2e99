package material

import (
	"strings"
	"testing"
)

// TestControlRelabelled: the quoted label of a link or button changed,
// what the reader does with it, where and to what end said as before
// ("clicking the “Do Not Sell or Share My Personal Information” link on
// the footer" → "… the ‘Your Privacy Choices’ link …"), names the same
// control. Its twins stay material: a label traded for its opposite
// ("Accept all" → "Reject all", "Opt Out" → "Opt In"), one that only
// loses its "not", one that names another party, and a label changed
// beside another change (another way to opt out, a hedge, a deadline).
// A label the rules read as a name ("Unsubscribe" alone) is left to them
// too: whether it names a party is not told apart.
func TestControlRelabelled(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"INFORMATION ABOUT THE SHARING", "Where a brand does this or otherwise “sells” your personal information, we will give you the opportunity to opt out by clicking the “Do Not Sell or Share My Personal Information” link on the footer of the relevant website, or in the settings menu of the relevant mobile or online application, or other service. If you submit an opt-out request, you will still see ads on our services.",
			"Where a brand does this or otherwise “sells” your personal information, we will give you the opportunity to opt out by clicking the ‘Your Privacy Choices’ link on the footer of the relevant website, or in the settings menu of the relevant mobile or online application, or other service. If you submit an opt-out request, you will still see ads on our services.", false},
		{"Marketing", "You can stop our marketing emails by clicking the “unsubscribe” link at the bottom of each email.", "You can stop our marketing emails by clicking the “Email preferences” link at the bottom of each email.", false},

		{"Cookies", "You can refuse all cookies by clicking the \"Accept all\" button.", "You can refuse all cookies by clicking the \"Reject all\" button.", true},
		{"Opt out", "You can stop this by clicking the \"Opt Out\" link.", "You can stop this by clicking the \"Opt In\" link.", true},
		{"Opt out", "You can stop this by clicking the \"Do Not Sell My Info\" link.", "You can stop this by clicking the \"Sell My Info\" link.", true},
		{"Sign in", "You can sign in with the “Google” button.", "You can sign in with the “Facebook” button.", true},
		{"Opt out", "You can opt out by clicking the \"Do Not Sell My Info\" link.", "You can opt out by emailing us or by clicking the \"Your Privacy Choices\" link.", true},
		{"Opt out", "You can opt out by clicking the \"Do Not Sell My Info\" link.", "You may be able to opt out by clicking the \"Your Privacy Choices\" link.", true},
		{"Opt out", "You can opt out by clicking the \"Do Not Sell My Info\" link.", "You can opt out by clicking the \"Your Privacy Choices\" link within 30 days.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
