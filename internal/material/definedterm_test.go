package material

import "testing"

// TestDefinedTermUsedBack: a term given a label where the text names it
// ("… who perform services on our behalf (together, "Service Providers")")
// and the label then used where the other side refers back to it ("These
// providers are obligated …" → "Service Providers are obligated …",
// b17-25) names the same parties: the label stands for the phrase, as
// "they" or "these providers" did. Twins: the label used where the other
// side named someone else, a label that takes in more, a force changed
// beside the label.
func TestDefinedTermUsedBack(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b17-25", "Information Sharing and Disclosure",
			"- With Service Providers: We may share information with third-party vendors and service providers who perform services on our behalf (e.g., hosting, data storage, payment processing, email/SMS delivery, analytics). These providers are obligated to protect your information and use it only for the purposes we specify.",
			"- With Service Providers: We may share information with third-party vendors and service providers who perform services on our behalf (together, \"Service Providers\"), for example for hosting, data storage, payment processing, email/SMS delivery and analytics. Service Providers are obligated to protect your information and use it only for the purposes we specify.", false},
		{"they → label", "Who we share your data with",
			"We share your data with our payment processors and hosting providers. They must keep it confidential.",
			"We share your data with our payment processors and hosting providers (collectively, “Vendors”). Vendors must keep it confidential.", false},
		{"label → these", "Who we share your data with",
			"We share your data with the companies that host our website (the “Hosts”). The Hosts may only use it to run our website.",
			"We share your data with the companies that host our website. These companies may only use it to run our website.", false},
		{"such → label, twice", "Who we share your data with",
			"We work with advertising networks. Such networks may set cookies, and such networks may read them.",
			"We work with advertising networks (“Ad Networks”). Ad Networks may set cookies, and Ad Networks may read them.", false},
		{"twin: the label for someone else", "Who we share your data with",
			"We share your data with our payment processors and hosting providers. We must keep it confidential.",
			"We share your data with our payment processors and hosting providers (collectively, “Vendors”). Vendors must keep it confidential.", true},
		{"twin: a force changed beside the label", "Who we share your data with",
			"We share your data with our payment processors and hosting providers. They must keep it confidential.",
			"We share your data with our payment processors and hosting providers (collectively, “Vendors”). Vendors should keep it confidential.", true},
		{"twin: the label takes in more", "Who we share your data with",
			"We share your data with our payment processors and hosting providers. They must keep it confidential.",
			"We share your data with our payment processors, hosting providers and advertisers (collectively, “Vendors”). Vendors must keep it confidential.", true},
		{"twin: the label does more", "Who we share your data with",
			"We share your data with our payment processors and hosting providers. They must keep it confidential.",
			"We share your data with our payment processors and hosting providers (collectively, “Vendors”). Vendors must keep it confidential and may sell it.", true},
	})
}
