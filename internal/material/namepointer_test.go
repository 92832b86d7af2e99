package material

import (
	"strings"
	"testing"
)

// TestNamePointedTo: a name the reader is only pointed to (a policy to
// read, a site to visit) is reported as no party; beside each, a twin
// whose clause gives the same name data, or has it process data, which
// must stay a recipient (namepointer.go; b50-35, b53-51 and OTA
// CrowdTangle v8, MediaFire v11 in other words).
func TestNamePointedTo(t *testing.T) {
	rb := Builtin()
	const para = "We show ads on our pages."
	for _, tc := range []struct {
		name, new string
		party     string // "" for none
	}{
		{"a policy to read", para + " For details, please see the Quantcast Privacy Policy.", ""},
		{"a policy to read, possessive", para + " Read more in Outbrain's cookie notice.", ""},
		{"a site to visit", para + " To opt out of interest-based ads, visit the Digital Advertising Alliance website.", ""},
		{"learn more on a site", para + " You can learn more about how ads work on Pinterest.", ""},
		{"the policy's own name", para + " The Zeotap privacy statement is published online.", ""},
		{"a policy to read and a recipient", para + " We share your device identifiers with Quantcast. For details, please see the Quantcast Privacy Policy.", "Quantcast"},
		{"a site to visit that receives data", para + " To opt out, visit the website of Criteo, which receives your browsing history.", "Criteo"},
		{"a processor after a pointer", para + " For more information, note that we now share your email address with Klaviyo.", "Klaviyo"},
		{"a recipient named first", para + " Sovrn receives your device identifiers; see the Sovrn privacy policy.", "Sovrn"},
	} {
		_, _, why := judgeEdit(rb, "Advertising", para, tc.new)
		all := strings.Join(why, "; ")
		if tc.party == "" && strings.Contains(all, "recipient") || tc.party != "" && !strings.Contains(all, "recipient: "+tc.party) {
			t.Errorf("%s: want recipient %q: %s", tc.name, tc.party, all)
		}
	}
}
