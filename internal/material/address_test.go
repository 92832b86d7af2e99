package material

import (
	"strings"
	"testing"
)

// TestAddressNumbers holds b10-13 ("… Kelly, San Francisco, CA 94110" →
// "… Kelly Jr. Street, San Francisco, CA 94107") in other words: the
// house number or postcode of a postal address the controller still
// gives, in the same town, is the same controller reached at another
// door. A number that is no part of the address, or another controller,
// still counts.
func TestAddressNumbers(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b10-13", "GitHub Privacy Statement",
			"The controller responsible for the processing of your personal information in connection with the Service is GitHub, Inc., 88 Colin P. Kelly, San Francisco, CA 94110, privacy@github.com.",
			"The controller responsible for the processing of your personal information in connection with the Service is GitHub, Inc., 88 Colin P. Kelly Jr. Street, San Francisco, CA 94107, privacy@github.com.", false},
		{"a German address, house number and postcode", "Controller",
			"The controller of your personal data is Acme GmbH, Hauptstraße 5, 10117 Berlin, Germany.",
			"The controller of your personal data is Acme GmbH, Hauptstraße 12, 10115 Berlin, Germany.", false},
		{"a US address, house number and ZIP", "Contact us",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"You can write to our privacy team at Acme, Inc., 220 Main Street, Austin, TX 78702.", false},
		{"another controller, at another address", "GitHub Privacy Statement",
			"The controller responsible for the processing of your personal information is GitHub, Inc., 88 Colin P. Kelly Jr. Street, San Francisco, CA 94107.",
			"The controller responsible for the processing of your personal information is GitHub B.V., Prins Bernhardplein 200, 1097 JB Amsterdam.", true},
		{"another town", "Contact us",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Dublin, OH 43017.", true},
		{"a period beside the address", "Contact us",
			"We reply within 30 days. Write to Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"We reply within 45 days. Write to Acme, Inc., 100 Main Street, Austin, TX 78702.", true},
		{"a period before a capital", "Retention",
			"Your data is kept for 30 Days, after which Acme, Inc., 100 Main Street, Austin, TX 78701 deletes it.",
			"Your data is kept for 90 Days, after which Acme, Inc., 100 Main Street, Austin, TX 78701 deletes it.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
