package material

import "testing"

// TestBoundRestated: "no fewer than 30 days" is "at least 30 days", a
// lower bound in the legal register, not a negation. Twins turn the bound
// into an upper one or shorten the period. (Written before the rules were
// changed for b11-30.)
func TestBoundRestated(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b11-30", "Changes to this policy",
			"In the event that we make significant changes to this policy, we shall notify you by email no fewer than 30 days prior to their entry into force.",
			"If we make significant changes to this policy, we will email you at least 30 days before they take effect.", false},
		{"no fewer than → at least, a deadline", "Your rights",
			"We will give you no fewer than 14 days' notice before we close your account.",
			"We will give you at least 14 days' notice before we close your account.", false},
		{"not fewer than → at least, a length", "Security",
			"Your password must contain not fewer than 12 characters.",
			"Your password must contain at least 12 characters.", false},
		{"twin: no fewer than → no more than", "Your rights",
			"We will give you no fewer than 14 days' notice before we close your account.",
			"We will give you no more than 14 days' notice before we close your account.", true},
		{"twin: no fewer than 30 → at least 7", "Changes to this policy",
			"In the event that we make significant changes to this policy, we shall notify you by email no fewer than 30 days prior to their entry into force.",
			"If we make significant changes to this policy, we will email you at least 7 days before they take effect.", true},
	})
}

// TestRequirementRestated: "as tax law requires" is "in line with the
// requirements of tax law": the duty is named by its noun, not dropped.
// Twins hedge the period with "may" or "up to". (Written before the rules
// were changed for b11-20.)
func TestRequirementRestated(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b11-20", "How long we keep your information",
			"We keep the records of your orders for six years from the end of the financial year in which you placed them, as tax law requires.",
			"Records of your orders are retained for a period of six years, counted from the close of the financial year in which each order was placed, in line with the requirements of tax law.", false},
		{"requires → requirement, keeping", "How long we keep your information",
			"We keep invoices for ten years, as commercial law requires.",
			"Invoices are kept for ten years, in line with the requirements of commercial law.", false},
		{"obliged → obligation", "Security",
			"Our staff are obliged to keep your information confidential.",
			"Our staff are under an obligation to keep your information confidential.", false},
		{"twin: may be retained for up to", "How long we keep your information",
			"We keep the records of your orders for six years from the end of the financial year in which you placed them, as tax law requires.",
			"Records of your orders may be retained for up to six years from the end of the financial year in which you placed them, in line with the requirements of tax law.", true},
		{"twin: where the requirements apply", "How long we keep your information",
			"We keep invoices for ten years, as commercial law requires.",
			"Invoices are kept for ten years where the requirements of commercial law apply.", true},
		{"twin: obligation → encouraged", "Security",
			"Our staff are obliged to keep your information confidential.",
			"Our staff are encouraged to keep your information confidential, an obligation we take seriously.", true},
	})
}

// TestInstructionRestated: an instruction to the reader ("To obtain a
// copy, send a request") grants the reader a way to act; "a copy can be
// requested" and "you can unsubscribe by clicking" say the same power with
// a modal, and "you should send", "requests should be sent" advise what
// the imperative told. Twins give the modal to the company ("a copy may be provided",
// "we can provide"): then what the company does is only permitted, a
// weakening. (Written before the rules were changed for b11-24.)
func TestInstructionRestated(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b11-24", "Your rights",
			"To obtain a copy of the personal information we hold about you, simply send a request from the email address linked to your account.",
			"A copy of the personal information we hold about you can be requested by email, sent from the address linked to your account.", false},
		{"imperative → you can, by clicking", "Marketing emails",
			"To unsubscribe from our newsletter, click the link at the bottom of any newsletter email.",
			"You can unsubscribe from our newsletter by clicking the link at the bottom of any newsletter email.", false},
		{"imperative → may be requested, passive", "Your rights",
			"To have your delivery address corrected, send a request to privacy@example.com.",
			"Correction of your delivery address may be requested by writing to privacy@example.com.", false},
		{"imperative → you should", "Your rights",
			"Send your request to our privacy team.",
			"You should send your request to our privacy team.", false},
		{"imperative → should be sent, passive", "Your rights",
			"Send your request to our privacy team.",
			"Your request should be sent to our privacy team.", false},
		{"fronted purpose, imperative → you should", "Your rights",
			"To delete your account, write to our support team.",
			"To delete your account, you should write to our support team.", false},
		{"twin: we will → we should", "Your rights",
			"We will send you a copy of your data.",
			"We should send you a copy of your data.", true},
		{"twin: should be sent to you", "Your rights",
			"Send your request to our privacy team.",
			"Your request should be sent to you by our privacy team.", true},
		{"twin: the company may provide", "Your rights",
			"To obtain a copy of the personal information we hold about you, simply send a request from the email address linked to your account.",
			"A copy of the personal information we hold about you may be provided if you send a request from the email address linked to your account.", true},
		{"twin: we can provide", "Your rights",
			"To obtain a copy of the personal information we hold about you, simply send a request from the email address linked to your account.",
			"We can provide a copy of the personal information we hold about you if you send a request from the email address linked to your account.", true},
		{"twin: emailed to you", "Your rights",
			"To get a copy of your data, email us.",
			"A copy of your data can be emailed to you.", true},
		{"twin: the link may be shown", "Marketing emails",
			"To unsubscribe from our newsletter, click the link at the bottom of any newsletter email.",
			"You can unsubscribe from our newsletter by clicking the link that may be shown at the bottom of a newsletter email.", true},
	})
}

// TestFreeRestated: "we do not charge a fee to X" is "X is free of
// charge": a price of nothing, said as a negation or as a positive. Twins
// allow a fee, add an exception or a limit. (Written before the rules were
// changed for b11-26; the case itself also turns "correct or delete" into
// "correction or deletion", a nominalisation this test leaves aside.)
func TestFreeRestated(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b11-26, without its nominalisation", "Your rights",
			"We do not charge a fee to correct or delete the personal information in your profile.",
			"We correct or delete the personal information in your profile free of charge.", false},
		{"do not charge → at no cost", "Your rights",
			"We do not charge you for a copy of your data.",
			"We give you a copy of your data at no cost.", false},
		{"no fee → free of charge", "Your rights",
			"There is no fee for exporting the data in your account.",
			"Exporting the data in your account is free of charge.", false},
		{"twin: the negation dropped", "Your rights",
			"We will not charge you for a copy of your data.",
			"We will charge you for a copy of your data.", true},
		{"twin: no fee → a fee", "Your rights",
			"There is no fee for exporting the data in your account.",
			"There is a fee for exporting the data in your account.", true},
		{"twin: a fee allowed", "Your rights",
			"We do not charge a fee to correct or delete the personal information in your profile.",
			"We may charge a fee to correct or delete the personal information in your profile.", true},
		{"twin: free unless excessive", "Your rights",
			"We do not charge you for a copy of your data.",
			"We give you a copy of your data at no cost, unless your request is manifestly excessive.", true},
		{"twin: free the first time", "Your rights",
			"There is no fee for exporting the data in your account.",
			"Exporting the data in your account is free of charge once a year.", true},
		{"twin: normally free", "Your rights",
			"We do not charge a fee to correct the personal information in your profile.",
			"Correction of the personal information in your profile is normally free of charge.", true},
	})
}
