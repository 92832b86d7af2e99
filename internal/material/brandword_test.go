package material

import (
	"strings"
	"testing"
)

// TestBrandWordWrittenOut holds b22-24 in other words: a product's name
// whose shortened brand is written out, the brand the text names on both
// sides ("WooCommerce, WooPayments, Woo Shipping" → "WooCommerce,
// WooPayments, WooCommerce Shipping"), is the same product under its full
// name. A word written out that neither side names otherwise, another word
// of the name changed too, or a name beside it, is not.
func TestBrandWordWrittenOut(t *testing.T) {
	rb := Builtin()
	const heading = "Controllers and Responsible Companies"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"b22-24",
			"*Woo services includes WooCommerce, WooPayments, Woo Shipping, Woo Tax, MailPoet, and other products and services available at Woo.com.*",
			"*Woo services includes WooCommerce, WooPayments, WooCommerce Shipping, WooCommerce Tax, MailPoet, and other products and services available at Woo.com.*", false},
		{"shortened",
			"Zentrova services include Zentrova, Zentrova Notes and Zentrova Calendar, each provided by Zentrova Labs Inc.",
			"Zentrova services include Zentrova, Zen Notes and Zen Calendar, each provided by Zentrova Labs Inc.", false},
		// twins
		{"written out, named nowhere else",
			"Your payments are handled by Pay Connect, which receives your card details.",
			"Your payments are handled by Payvantor Connect, which receives your card details.", true},
		{"another word too",
			"*Woo services includes WooCommerce, WooPayments, Woo Shipping, MailPoet, and other products and services available at Woo.com.*",
			"*Woo services includes WooCommerce, WooPayments, WooCommerce Insurance, MailPoet, and other products and services available at Woo.com.*", true},
		{"a name beside it",
			"*Woo services includes WooCommerce, WooPayments, Woo Shipping, MailPoet, and other products and services available at Woo.com.*",
			"*Woo services includes WooCommerce, WooPayments, WooCommerce Shipping with ShipStation, MailPoet, and other products and services available at Woo.com.*", true},
	} {
		rep, _, why := judgeEdit(rb, heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
