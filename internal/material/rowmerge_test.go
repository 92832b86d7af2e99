package material

import (
	"strings"
	"testing"
)

// TestMergedRows: two rows of a table put in one, each cell joining the
// two rows' cells with "&", lists the same parties doing the same in the
// same places (b13-25). A party, a description or a place added,
// dropped or changed in the joined row stays material, as does a row
// removed that no row joins.
func TestMergedRows(t *testing.T) {
	rb := Builtin()
	const head = "| Name of Subprocessor | Description of Processing | Location of Processing | Corporate Location\n|:---|:---|:---|:---|\n"
	const old = head + "| Salesforce.com | Customer relations management | United States | United States |\n| Sendgrid | Transactional mail services provider | United States | United States |\n| Sentry.io | Application monitoring provider | United States | United States |\n| Stripe | Payment provider | United States | United States |\n| Twilio | SMS notification provider | United States | United States |\n| Zendesk | Customer support ticketing system | United States | United States |"
	merged := func(row string) string {
		return head + "| Salesforce.com | Customer relations management | United States | United States |\n| Sentry.io | Application monitoring provider | United States | United States |\n| Stripe | Payment provider | United States | United States |\n" + row + "\n| Zendesk | Customer support ticketing system | United States | United States |"
	}
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"b13-25", merged("| Twilio & Twilio Sendgrid | SMS notification provider & transactional mail service provider | United States | United States |"), false},
		{"joined by and", merged("| Twilio and Sendgrid | SMS notification provider and transactional mail services provider | United States | United States |"), false},
		// Twins.
		{"twin: a description dropped", merged("| Twilio & Twilio Sendgrid | SMS notification provider | United States | United States |"), true},
		{"twin: a place changed", merged("| Twilio & Twilio Sendgrid | SMS notification provider & transactional mail service provider | United States & Ireland | United States |"), true},
		{"twin: a party added", merged("| Twilio & Twilio Sendgrid & Segment | SMS notification provider & transactional mail service provider | United States | United States |"), true},
		{"twin: a purpose added", merged("| Twilio & Twilio Sendgrid | SMS notification provider & transactional mail service provider & marketing analytics | United States | United States |"), true},
		{"twin: a row removed, none joined", merged("| Twilio | SMS notification provider | United States | United States |"), true},
	} {
		rep, _, why := judgeText(rb, "# GitHub Subprocessors\n\n"+old+"\n", "# GitHub Subprocessors\n\n"+tc.new+"\n")
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
