package material

import (
	"slices"
	"strings"
	"testing"
)

// TestNameColumn: names laid out one to a line are as many names (b70-05
// in its whole policy read "Stripe Paypal Quickbooks Xero" as one party);
// a new one among them is a new name still, and a name a wrapped line
// breaks stays whole.
func TestNameColumn(t *testing.T) {
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"These include:\nStripe\nPaypal\nQuickbooks\nXero", []string{"Stripe", "Paypal", "Quickbooks", "Xero"}},
		{"These include:\nStripe\nPaypal\nZorvex Pay", []string{"Stripe", "Paypal", "Zorvex Pay"}},
		{"Your data may be shared with Zorvex\nPayments Group and others.", []string{"Zorvex Payments Group"}},
	} {
		got := c.findEntities(tc.text)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: names %q, want %q among them", tc.text, got, w)
			}
		}
	}
}

// TestNameColumnEdit: a sentence's list of processors laid out as lines
// (b70-05 in its whole policy, whose lines lose their markers there)
// names the same processors; a new one among them is a new recipient.
func TestNameColumnEdit(t *testing.T) {
	rb := Builtin()
	const (
		head = "## 4. COOKIES\n\nWe use cookies.\n\n## 5. PAYMENT DATA\n\n"
		tail = "\n\n## 6. CONTACT\n\nWrite to privacy@example.com.\n"
	)
	old := head + "Payment processing is handled by third-party payment processors such as: Stripe, Paypal, Xero, Quickbooks." + tail
	for _, tc := range []struct {
		name, new, party string
	}{
		{"the same four (b70-05)", "Third-party payment processors handle payment processing. These include:\nStripe\nPaypal\nQuickbooks\nXero", ""},
		{"a fifth", "Third-party payment processors handle payment processing. These include:\nStripe\nPaypal\nQuickbooks\nXero\nZorvex Pay", "Zorvex Pay"},
	} {
		rep, _, why := judgeText(rb, old, head+tc.new+tail)
		joined := strings.Join(why, "; ")
		if tc.party == "" && strings.Contains(joined, "recipient") || tc.party != "" && (!rep.Material || !strings.Contains(joined, "New recipient: "+tc.party) || strings.Contains(joined, "Xero Zorvex")) {
			t.Errorf("%s: material=%v, want %q: %s", tc.name, rep.Material, tc.party, joined)
		}
	}
}
