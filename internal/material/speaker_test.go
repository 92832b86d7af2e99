package material

import "testing"

// TestAuthorNamedAsWe: a policy rewritten from the third person into the
// first ("OmniCRM implements …" → "We implement …") names no party less:
// the name that spoke for the policy, in a paragraph that never says "we",
// "us" or "our", is the author, and "we" with the same verb is the author
// still (b18-33, its name). Near misses stay material: another company named in its
// place, a paragraph that speaks as "we" beside the name (the name is
// another party), a third party the rules know by name, a recipient after
// "with" dropped, and a commitment changed beside the pronoun.
func TestAuthorNamedAsWe(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		// b18-33 with its name only: its "multiple" → "several" and
		// "These include:" → "including the following:" are other
		// families, still flagged.
		{"b18-33", "9. SECURITY MEASURES",
			"OmniCRM implements several security measures to protect data processed through the platform.",
			"We implement several security measures to protect the data processed through our platform.", false},
		{"name to we, same verb", "Collection",
			"Northwind collects only the data needed to run the service.",
			"We collect only the data needed to run the service.", false},
		{"possessive to our", "Requests",
			"Zentrix's support team answers requests within 30 days.",
			"Our support team answers requests within 30 days.", false},
		{"we to the name", "Retention",
			"We retain server logs for 90 days.",
			"Fabrikam retains server logs for 90 days.", false},
		// Twins: still material.
		{"twin: another company", "Collection",
			"Northwind collects only the data needed to run the service.",
			"Contoso collects only the data needed to run the service.", true},
		{"twin: negation dropped", "Sale",
			"Northwind will not sell your personal data.",
			"We may sell your personal data.", true},
		{"twin: days changed", "Requests",
			"Zentrix's support team answers requests within 30 days.",
			"Our support team answers requests within 45 days.", true},
		{"twin: the paragraph speaks as us", "Payments",
			"Paylio processes card payments for us.",
			"We process card payments.", true},
		{"twin: a known third party", "Analytics",
			"Google collects your IP address through cookies on the site.",
			"We collect your IP address through cookies on the site.", true},
		{"twin: recipient after with", "Sharing",
			"Northwind shares your contact details with Paylio.",
			"We share your contact details.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
