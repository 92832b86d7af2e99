package material

import (
	"strings"
	"testing"
)

// TestPermittedDisclosureVerb holds the family of a permission to pass
// data on said by the other verb of disclosure: "we may share" → "we may
// disclose" (b14-20, b21-25) grants the same act, to the same parties, of
// the same data. A denial is compared as written ("we do not share" is
// narrower than "we do not disclose" where the CCPA gives "share" its own
// meaning), and so is any other act, party, datum or force changed beside
// the verb.
func TestPermittedDisclosureVerb(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b14-20: may disclose the categories", "Sharing With Service Providers",
			"Depending on whether you’re a Rider or a Driver, Lyft may share the following categories of your personal information to provide you with a variety of the Lyft Platform’s features and services:",
			"Depending on whether you’re a Rider or a Driver, Lyft may disclose the following categories of your personal information to provide you with a variety of the Lyft Platform’s features and services:", false},
		{"b21-25: may disclose a hash", "When we access or share your information",
			"**To exclude you from seeing our ads.** Where permissible by law and if you have a Basecamp account, we may share a one-way hash of your email address with ad companies to exclude you from seeing our ads.",
			"**To exclude you from seeing our ads.** Where permissible by law and if you have a Basecamp account, we may disclose a one-way hash of your email address with ad companies to exclude you from seeing our ads.", false},
		{"disclosed for shared", "Service providers",
			"Your order details may be shared with our delivery partners so that they can bring you your parcel.",
			"Your order details may be disclosed to our delivery partners so that they can bring you your parcel.", false},
		{"the other way", "Service providers",
			"We may disclose your contact details to our payment processor to complete your purchase.",
			"We may share your contact details with our payment processor to complete your purchase.", false},
		// Material twins: the same shape, a term of it changed.
		{"a denial", "Sharing",
			"We do not share your personal information with advertisers.",
			"We do not disclose your personal information to advertisers.", true},
		{"a denial the other way", "Sharing",
			"We never disclose your personal information to advertisers.",
			"We never share your personal information with advertisers.", true},
		{"sold, not shared", "Sharing",
			"We may share your contact details with our partners.",
			"We may sell your contact details to our partners.", true},
		{"another party", "Sharing",
			"We may share your contact details with our payment processor.",
			"We may disclose your contact details to advertisers.", true},
		{"more data", "Sharing",
			"We may share your email address with our payment processor.",
			"We may disclose your email address and location with our payment processor.", true},
		{"will, not may", "Sharing",
			"We may share your contact details with our payment processor.",
			"We will disclose your contact details to our payment processor.", true},
		{"a hedge", "Sharing",
			"We share your contact details only with our payment processor.",
			"We may disclose your contact details to our payment processor and others.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
