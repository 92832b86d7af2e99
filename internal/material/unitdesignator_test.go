package material

import (
	"strings"
	"testing"
)

// TestUnitDesignator holds b21-14 ("…, 30 North Racine Avenue, Suite 200,
// Chicago" → "…, 2045 W Grand Ave Ste B, PMB 53289, Chicago") in other
// words: the unit of a postal address after its street (a suite, a unit,
// an apartment, a floor, a private mailbox), abbreviated or not, is part
// of the place, never a party: "Ste", "Apt" or "PMB" must never be read as
// a new recipient. A company named at the address, a town changed, or a
// commitment changed beside it, still count.
func TestUnitDesignator(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b21-14", "We commit to resolving all complaints",
			"Individuals with inquiries or complaints regarding this privacy policy should first contact Jeremy Daer at Basecamp at privacy@basecamp.com, or by mail at Basecamp, LLC, 30 North Racine Avenue, Suite 200, Chicago, IL 60607 USA.",
			"Individuals with inquiries or complaints regarding this privacy policy should first contact Jeremy Daer at Basecamp at privacy@basecamp.com, or by mail at Basecamp, LLC, 2045 W Grand Ave Ste B, PMB 53289, Chicago, IL 60612 USA.", false},
		{"an apartment", "Contact us",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"You can write to our privacy team at Acme, Inc., 500 Congress Ave Apt 4C, Austin, TX 78701.", false},
		{"a unit", "Sharing",
			"We share your payment details with our processor Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"We share your payment details with our processor Acme, Inc., 500 Congress Ave, Unit 12, Austin, TX 78701.", false},
		{"a floor and a suite", "Contact us",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"You can write to our privacy team at Acme, Inc., 500 Congress Ave., Fl 3, Ste. 310, Austin, TX 78701.", false},
		// material twins
		{"another party at the new address", "Sharing",
			"We share your payment details with our processor Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"We share your payment details with our processor Zentrova, Inc., 500 Congress Ave Ste B, Austin, TX 78701.", true},
		{"a party in care of", "Sharing",
			"We share your payment details with our processor Acme, Inc., 100 Main Street, Austin, TX 78701.",
			"We share your payment details with our processor Acme, Inc., 500 Congress Ave Ste B, Austin, TX 78701, and with Quorbit.", true},
		{"another town", "Contact us",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Suite 200, Austin, TX 78701.",
			"You can write to our privacy team at Acme, Inc., 100 Main Street, Ste 200, Dallas, TX 75201.", true},
		{"a period changed beside the address", "Contact us",
			"Write to Acme, Inc., 100 Main Street, Suite 2, Austin, TX 78701, and we will reply within 30 days.",
			"Write to Acme, Inc., 500 Congress Ave Ste B, Austin, TX 78701, and we will reply within 45 days.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
		for _, w := range why {
			if strings.Contains(w, "New recipient: Ste") || strings.Contains(w, "New recipient: Apt") || strings.Contains(w, "New recipient: PMB") || strings.Contains(w, "New recipient: Fl") {
				t.Errorf("%s: junk reason %q", tc.name, w)
			}
		}
	}
}
