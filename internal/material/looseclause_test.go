package material

import "testing"

// TestRelativeClauseSet: a restrictive relative clause picks out the
// members of a set a statement holds for; a non-restrictive one, set off
// by a comma, says something of all of them. "the subsidiaries it
// controls that follow practices at least as protective" → "the
// subsidiaries it controls, which follow …" shares with every subsidiary,
// the practices now a description, not a condition (b49-03, read as
// grammar); "with our processors" → "with those of our processors that
// request them" puts the safeguard only where a processor asks (b49-33,
// read as the same commitments). "that" → "which" with no comma keeps the
// clause restrictive, and a clause that says only what the noun already
// did ("our subsidiaries" → "those of our subsidiaries that we control")
// adds no term.
func TestRelativeClauseSet(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b49-03", "Does IMDb Share Your Personal Information?",
		"Information about our users is an important part of our business, and we are not in the business of selling our users' personal information to others. We share user information with our parent corporation (Amazon.com, Inc.), the subsidiaries it controls that follow practices at least as protective as those described in this Privacy Notice, and as described below.",
		"Information about our users is an important part of our business, and we are not in the business of selling our users' personal information to others. We share user information with our parent corporation (Amazon.com, Inc.), the subsidiaries it controls, which follow practices at least as protective as those described in this Privacy Notice, and as described below.", "recipients")
	wantOnlyCategory(t, rb, "b49-33", "Transfer Mechanisms",
		"- Standard Contractual Clauses (SCCs): EU Commission-approved data transfer agreements with our processors",
		"- Standard Contractual Clauses (SCCs): EU Commission-approved data transfer agreements with those of our processors that request them", "transfers")
	checkMaterial(t, []materialCase{
		{"Sharing", "We pass order details to the couriers that have signed our data protection terms.",
			"We pass order details to the couriers, who have signed our data protection terms.", true},
		{"Retention", "We keep the server logs that are needed to investigate security incidents for one year.",
			"We keep the server logs, which are needed to investigate security incidents, for one year.", true},
		{"Sharing", "We share your profile with advertisers.",
			"We share your profile with advertisers who have signed our data agreement.", true},
		{"Your rights", "You may ask us to delete the data we hold about you.",
			"You may ask us to delete any of the data we hold about you that we no longer need.", true},
		// Still restrictive, or adding no term.
		{"Does IMDb Share Your Personal Information?",
			"We share user information with our parent corporation (Amazon.com, Inc.), the subsidiaries it controls that follow practices at least as protective as those described in this Privacy Notice, and as described below.",
			"We share user information with our parent corporation (Amazon.com, Inc.), the subsidiaries it controls which follow practices at least as protective as those described in this Privacy Notice, and as described below.", false},
		{"Sharing", "We pass order details to the couriers, which deliver your parcels.",
			"We pass order details to the couriers, who deliver your parcels.", false},
		{"Sharing", "We share your profile with advertisers who have signed our data agreement.",
			"We share your profile with the advertisers that have signed our data agreement.", false},
		{"Sharing", "We share your profile with the subsidiaries we control.",
			"We share your profile with those of our subsidiaries that we control.", false},
	})
}

// TestLooseWho checks a comma put alone before "who": after a plural
// noun of people or bodies it makes the clause describe them all; after
// a name it is style.
func TestLooseWho(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		loosened bool
		ok       bool
	}{
		{"We may disclose data to authorities who have a valid court order.", "We may disclose data to authorities, who have a valid court order.", true, true},
		{"We share it with partners, who have signed our agreement.", "We share it with partners who have signed our agreement.", false, true},
		{"We work with Acme who runs our helpdesk.", "We work with Acme, who runs our helpdesk.", false, false},
		{"We share it with our processor, which hosts it.", "We share it with our processor which hosts it.", false, false},
	} {
		l, ok := clauseLoosened(tc.old, tc.new)
		if l != tc.loosened || ok != tc.ok {
			t.Errorf("%q → %q: loosened=%v ok=%v, want %v %v", tc.old, tc.new, l, ok, tc.loosened, tc.ok)
		}
	}
}

// TestContactClause: a restrictive clause put after a noun without its
// "that": "cookies we set", "cookies set by us" pick out which cookies as
// "cookies that we set" does, and "all" dropped with it (b161-24). The
// clause traded for its full form is not.
func TestContactClause(t *testing.T) {
	const h = "Withdrawing Consent"
	say := func(n string) string {
		return "When you withdraw analytics consent, " + n + " are automatically removed."
	}
	runRestated(t, []restatedCase{
		{"set by us, all dropped", h, say("all analytics cookies"), say("analytics cookies set by us"), true},
		{"set by us", h, say("analytics cookies"), say("analytics cookies set by us"), true},
		{"we set", h, say("analytics cookies"), say("analytics cookies we set"), true},
		{"placed by our partners dropped", h, say("analytics cookies placed by our partners"), say("analytics cookies"), true},
		{"that we set said without that", h, say("analytics cookies that we set"), say("analytics cookies we set"), false},
		{"set by us said as that we set", h, say("all analytics cookies set by us"), say("all analytics cookies that we set"), false},
	})
}

// TestBindingClause: "the legal obligations that apply to us" are all the
// company's legal obligations (b200-32); a clause that picks out some of
// them still narrows.
func TestBindingClause(t *testing.T) {
	runRestated(t, []restatedCase{
		{"that apply to us", "How we use your information", "  • To comply with legal obligations.", "  • To comply with the legal obligations that apply to us.", false},
		{"that bind us", "How we use your information", "  • To comply with legal obligations.", "  • To comply with the legal obligations that bind us.", false},
		{"we are subject to", "How we use your information", "  • To comply with legal obligations.", "  • To comply with the legal obligations we are subject to.", false},
		{"that arise under tax law", "How we use your information", "  • To comply with legal obligations.", "  • To comply with the legal obligations that arise under tax law.", true},
	})
}

// TestReducedClauseAuxiliary: a clause put after a noun without its
// "that", its verb after an auxiliary ("breaches we are required to
// report", b204-27), picks out which ones as "that we must report" does;
// "the processors we are using" is the author's choice and picks out none.
func TestReducedClauseAuxiliary(t *testing.T) {
	const o = "Acme maintains a register of all security incidents, with the facts and the steps taken."
	runRestated(t, []restatedCase{
		{"we are required to", "Incident records", o, "Acme maintains a register of all security incidents we are required to report, with the facts and the steps taken.", true},
		{"we must", "Incident records", o, "Acme maintains a register of all security incidents we must notify, with the facts and the steps taken.", true},
		{"we are using, the author's choice", "Processors", "We list all the processors here, including where they are based.", "We list all the processors we are using here, including where they are based.", false},
	})
}

// TestParticipleWay: a participle put after a noun with the way the thing
// came ("requests sent to us directly", "data submitted through the
// portal") picks out which ones (b209-26); "requests sent to us" is every
// request the company gets.
func TestParticipleWay(t *testing.T) {
	const o = "Acme answers all access requests within 20 days."
	runRestated(t, []restatedCase{
		{"sent to us directly", "Your rights", o, "Acme answers all access requests sent to us directly within 20 days.", true},
		{"made through the portal", "Your rights", o, "Acme answers all access requests made through the portal within 20 days.", true},
	})
}

// TestClauseForItsObject: "changes to it" → "changes that we consider
// significant" trades what goes without saying for a clause that picks
// out which ones (b215-20).
func TestClauseForItsObject(t *testing.T) {
	const o = "This policy was last updated in May 2024. If we make changes to it, we will tell you by email."
	runRestated(t, []restatedCase{
		{"that we consider significant", "Changes", o, "This policy was last updated in May 2024. If we make changes that we consider significant, we will tell you by email.", true},
		{"to this policy", "Changes", o, "This policy was last updated in May 2024. If we make changes to this policy, we will tell you by email.", false},
	})
}
