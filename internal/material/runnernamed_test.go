package material

import "testing"

// TestRunnerNamed: a product at the head of an entry replaced by the
// company that runs it, of the same brand and with its legal form, the
// product kept further on in the entry, is the same party named by its
// legal entity ("Hetzner Cloud" → "Hetzner Online GmbH … on Hetzner
// Cloud"). Twins: a company of the brand added beside the product, the
// product no longer named, another country, another purpose. (Written
// before the rules were changed for b24-38.)
func TestRunnerNamed(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b24-38", "Third-Party Processors",
			"- Hetzner Cloud (Germany): Production hosting — EU-based processing",
			"- Hetzner Online GmbH (Germany): Production hosting on Hetzner Cloud — EU-based processing", false},
		{"the company that runs a mail service, in a list", "Service providers",
			"We use the following processors:\n\n- Stripe (Ireland), for payments\n- Mailgun Email (United States), for sending transactional email",
			"We use the following processors:\n\n- Stripe (Ireland), for payments\n- Mailgun Technologies Inc. (United States), for sending transactional email through Mailgun Email", false},
		{"twin: a company of the brand beside the product", "Service providers",
			"We use the following processors:\n\n- Amazon Web Services (United States), for hosting",
			"We use the following processors:\n\n- Amazon Web Services (United States), for hosting\n- Amazon Advertising LLC (United States), for hosting", true},
		{"twin: the company added in the same entry", "Third-Party Processors",
			"- Hetzner Cloud (Germany): Production hosting",
			"- Hetzner Cloud and Hetzner Online GmbH (Germany): Production hosting", true},
		{"twin: the product no longer named", "Third-Party Processors",
			"- Hetzner Cloud (Germany): Production hosting — EU-based processing",
			"- Hetzner Online GmbH (Germany): Production hosting — EU-based processing", true},
		{"twin: another country", "Third-Party Processors",
			"- Hetzner Cloud (Germany): Production hosting — EU-based processing",
			"- Hetzner Online GmbH (Finland): Production hosting on Hetzner Cloud — EU-based processing", true},
		{"twin: another purpose", "Third-Party Processors",
			"- Hetzner Cloud (Germany): Production hosting — EU-based processing",
			"- Hetzner Online GmbH (Germany): Production hosting and marketing analytics on Hetzner Cloud — EU-based processing", true},
		{"twin: another brand's company", "Third-Party Processors",
			"- Hetzner Cloud (Germany): Production hosting — EU-based processing",
			"- OVH Groupe SA (Germany): Production hosting on Hetzner Cloud — EU-based processing", true},
	})
}
