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

// TestPointerBracketReworded: a bracket that sends the reader to another
// part of the policy is a pointer however it is worded: "please see …",
// "please refer to …", "for more information, see …", "further details
// are given above, under …" (b17-33). Twins put a commitment, a number or
// another party in the bracket, and stay material.
func TestPointerBracketReworded(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b17-33", "International transfers of personal information",
			"From time to time we transfer your personal information to our Group companies, suppliers or service providers based outside of the EEA for the purposes described in this privacy policy (please see the “Who might we share your personal information with?” section above for further details). Currently this includes transfers to the USA.",
			"From time to time we transfer your personal information to our Group companies, suppliers or service providers based outside of the EEA for the purposes described in this privacy policy (further details are given above, under “Who might we share your personal information with?”). Currently this includes transfers to the USA.", false},
		{"please refer to → see", "Who we share your information with",
			"We share your order details with our delivery partners (please refer to the “Who we work with” section below).",
			"We share your order details with our delivery partners (see “Who we work with” below).", false},
		{"for more information, see → is provided in", "Your rights",
			"You can object to direct marketing (for more information, see the section “Your choices” below).",
			"You can object to direct marketing (more information is provided in “Your choices” below).", false},
		{"pointer added, please consult", "Your rights",
			"You can object to direct marketing.",
			"You can object to direct marketing (please consult the section “Your choices” below for further details).", false},
		{"twin: another party beside the pointer", "Who we share your information with",
			"We share your order details with our delivery partners (please refer to the “Who we work with” section below).",
			"We share your order details with our delivery partners (and with our advertising partners; please refer to the “Who we work with” section below).", true},
		{"twin: a period beside the pointer", "How long we keep your data",
			"We keep your order details for as long as the law requires (please see the “Retention” section below for further details).",
			"We keep your order details for as long as the law requires (please see the “Retention” section below; we keep them for 30 days after that).", true},
		{"twin: a commitment in the bracket", "Your rights",
			"You can object to direct marketing (please see the section “Your choices” below).",
			"You can object to direct marketing (please see the section “Your choices” below; we pass your objection on to our advertising partners).", true},
	})
}
