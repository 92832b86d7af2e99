package material

import (
	"strings"
	"testing"
)

// TestStreetMoved holds b19-14 ("… Japan G.K., 3-1-1 Kamiosaki,
// Shinagawa-ku, Tokyo 141-0021 JAPAN" → "… 1-3-1 Azabudai, Minato-ku,
// Tokyo 106-0041 JAPAN") in other words: a party's postal address moved
// to another street of the same town, in a sentence, is the same party;
// the names of its streets and districts are places, not parties. Another
// party at the address, another town, a party named before an address, or
// a commitment changed beside it, still count.
func TestStreetMoved(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b19-14", "Controller of Personal Information",
			"Any personal information provided to or gathered by Amazon Web Services Japan G.K. is controlled primarily by Amazon Web Services Japan G.K., 3-1-1 Kamiosaki, Shinagawa-ku, Tokyo 141-0021 JAPAN.",
			"Any personal information provided to or gathered by Amazon Web Services Japan G.K. is controlled primarily by Amazon Web Services Japan G.K., 1-3-1 Azabudai, Minato-ku, Tokyo 106-0041 JAPAN.", false},
		{"a US street", "Contact us",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"You can write to our privacy team at Acme, Inc., 500 Congress Avenue, Austin, TX 78701.", false},
		{"a German street", "Controller",
			"The controller of your personal data is Acme GmbH, Hauptstraße 5, 10117 Berlin, Germany.",
			"The controller of your personal data is Acme GmbH, Friedrichstraße 12, 10115 Berlin, Germany.", false},
		{"a London street", "Controller",
			"The controller of your personal data is Acme Ltd, 1 Poultry Street, London EC2R 8EJ, United Kingdom.",
			"The controller of your personal data is Acme Ltd, 22 Bishopsgate, Spitalfields, London EC2N 4AJ, United Kingdom.", false},
		// material twins
		{"another party at the new address", "Controller",
			"The controller of your personal data is Acme GmbH, Hauptstraße 5, 10117 Berlin, Germany.",
			"The controller of your personal data is Zentrova GmbH, Friedrichstraße 12, 10115 Berlin, Germany.", true},
		{"another town", "Controller of Personal Information",
			"Your personal information is controlled by Amazon Web Services Japan G.K., 3-1-1 Kamiosaki, Shinagawa-ku, Tokyo 141-0021 JAPAN.",
			"Your personal information is controlled by Amazon Web Services Japan G.K., 1-3-1 Umeda, Kita-ku, Osaka 530-0001 JAPAN.", true},
		{"a recipient named before the address", "Sharing",
			"We share your payment details with our payment processor, 10 Main Street, Austin, TX 78701.",
			"We share your payment details with our payment processor Zentrova, 20 Congress Avenue, Austin, TX 78701.", true},
		{"a recipient added beside the address", "Sharing",
			"We share your payment details with Acme, Inc., 10 Main Street, Austin, TX 78701.",
			"We share your payment details with Acme, Inc., 20 Congress Avenue, Austin, TX 78701, and with Quorbit.", true},
		{"a period changed beside the address", "Contact us",
			"Write to Acme, Inc., 100 Main Street, Austin, TX 78701, and we will reply within 30 days.",
			"Write to Acme, Inc., 500 Congress Avenue, Austin, TX 78701, and we will reply within 45 days.", true},
		{"another state", "Contact us",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Dallas, TX 75201.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
