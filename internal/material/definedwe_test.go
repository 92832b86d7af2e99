package material

import "testing"

// TestNameDefiningWe: a name in the sentence that defines who "we" are
// ("… (also known simply as “Bumble”, “we”, “us”, or “our”)") is the
// controller, whoever else the sentence names: a group company dropped
// from it changes who is responsible, not whom data goes to. A name beside
// "we" that no quotation defines is judged as before. (Written before the
// rules were changed for b16-22.)
func TestNameDefiningWe(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b16-22", "Introduction",
			"When we talk about Bumble Group, we refer to Bumble Holding Limited, Badoo Trading Limited and Bumble Trading LLC (also known simply as “Bumble”, “we”, “us”, or “our” in this policy). This Policy explains how we process your personal information.",
			"When we talk about Bumble Group, we refer to Badoo Trading Limited and Bumble Trading LLC (also known simply as “Bumble”, “we”, “us”, or “our” in this policy). This Policy explains how we process your personal information.", "identity"},
		{"a company added to those called we", "About us",
			"This policy applies to Acme Ltd (\"we\", \"us\" or \"our\").",
			"This policy applies to Acme Ltd and Acme Payments GmbH (\"we\", \"us\" or \"our\").", "identity"},
		{"a subsidiary named as we share", "Who we are",
			"Northwind Inc. and its affiliates (together, “we” or “us”) share your information as described below.",
			"Northwind Inc., Contoso Analytics LLC and its affiliates (together, “we” or “us”) share your information as described below.", "identity"},
		{"twin: a processor beside we, no definition, stays recipients", "Sharing",
			"We share your information with Stripe Inc. to process payments.",
			"We share your information with Stripe Inc. and Adyen N.V. to process payments.", "recipients"},
	})
}
