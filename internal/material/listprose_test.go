package material

import (
	"strings"
	"testing"
)

// TestListAsProse: a bulleted list under its lead-in written out as one
// sentence, or a sentence's items set out as a list (b17-21, five items:
// more than the stretches of two to four blocks reflowed read as one),
// lists the same things. Twins drop or add an item, or change what the
// lead-in does with them, and stay material.
func TestListAsProse(t *testing.T) {
	rb := Builtin()
	const access = "While providing services, omnie personnel may access:\n- Name\n- Email address\n- Phone number\n- Order and account details\n- Customer communications"
	const uses = "We use your personal data to:\n- deliver your orders\n- prevent fraud\n- answer your questions\n- improve our services\n- send you service messages"
	const sharing = "We share your personal data with:\n- couriers\n- payment processors\n- our hosting provider\n- our customer support platform\n- our auditors\n- our lawyers"
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b17-21", "Information We Access", access,
			"While providing services, omnie personnel may access a customer's name, email address, phone number, order and account details, and communications.", false},
		{"prose as a list", "Information We Access",
			"While providing services, omnie personnel may access a customer's name, email address, phone number, order and account details, and communications.", access, false},
		{"purposes as prose", "How we use your data", uses,
			"We use your personal data to deliver your orders, prevent fraud, answer your questions, improve our services and send you service messages.", false},
		{"recipients as prose", "Who we share it with", sharing,
			"We share your personal data with couriers, payment processors, our hosting provider, our customer support platform, our auditors and our lawyers.", false},
		// material twins
		{"twin: an item dropped", "Information We Access", access,
			"While providing services, omnie personnel may access a customer's name, email address, phone number, and order and account details.", true},
		{"twin: an item added", "Information We Access", access,
			"While providing services, omnie personnel may access a customer's name, email address, phone number, payment card details, order and account details, and communications.", true},
		{"twin: a purpose added", "How we use your data", uses,
			"We use your personal data to deliver your orders, prevent fraud, answer your questions, improve our services, send you service messages and show you advertising.", true},
		{"twin: a recipient traded", "Who we share it with", sharing,
			"We share your personal data with couriers, payment processors, our hosting provider, our customer support platform, our auditors and data brokers.", true},
		{"twin: the lead-in's act changed", "Who we share it with", sharing,
			"We sell your personal data to couriers, payment processors, our hosting provider, our customer support platform, our auditors and our lawyers.", true},
		{"twin: may for a plain act", "How we use your data", uses,
			"We may use your personal data to deliver your orders, prevent fraud, answer your questions, improve our services and send you service messages.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
