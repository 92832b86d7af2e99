package material

import "testing"

// TestPointerInBrackets: a bracket that only says where the policy states
// something ("(its address is given in the section "Who are we?")", "(see
// the section "Contact details" below)") commits to nothing. Twins put a
// term of a category, a modal or "we" in the bracket: those may say
// something new, and stay material. (Written before the rules were changed
// for b11-38.)
func TestPointerInBrackets(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b11-38", "Contacting us",
			"You can contact our Data Protection Officer directly at dpo@brightmere.co.uk or by post at our registered office.",
			"You can contact our Data Protection Officer directly at dpo@brightmere.co.uk or by writing to our registered office (its address is given in the section \"Who are we?\").", false},
		{"their names are listed", "Who we share your information with",
			"We share your order details with our delivery partners.",
			"We share your order details with our delivery partners (their names are listed in the section \"Who we work with\").", false},
		{"see the section below", "Your rights",
			"You can complain to the supervisory authority.",
			"You can complain to the supervisory authority (see the section \"Contact details\" below).", false},
		{"twin: a category in the pointer", "Who we share your information with",
			"We share your order details with our delivery partners.",
			"We share your order details with our delivery partners (see section 5 for our advertising partners).", true},
		{"twin: we and may in the bracket", "Contacting us",
			"You can contact our Data Protection Officer by post at our registered office.",
			"You can contact our Data Protection Officer by post at our registered office (its address is given in section 2, and we may share your letter with our lawyers).", true},
		{"twin: countries in the bracket", "Who we share your information with",
			"We share your order details with our delivery partners.",
			"We share your order details with our delivery partners (their names and the countries they are in are listed in section 5).", true},
	})
}
