package material

import "testing"

// TestBasisClause: a clause naming only the ground of an act, added to a
// sentence whose act stays, is a change of legal basis, whatever the act
// is about (b50-43); other words added beside the act keep the act's
// category.
func TestBasisClause(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b50-43", "If the Organization is Transferred",
		"If we go through a reorganization (such as a merger or acquisition), we will continue to keep your Personal Information confidential and provide notice to you at least thirty (30) days before any Personal Information is transferred or becomes subject to a different privacy policy.",
		"If we go through a reorganization (such as a merger or acquisition), consistent with our legitimate interest, we will continue to keep your Personal Information confidential and provide notice to you at least thirty (30) days before any Personal Information is transferred or becomes subject to a different privacy policy.",
		"legal-basis")
	wantOnlyCategory(t, rb, "sharing, on consent", "Sharing",
		"We share your contact details with our event partners.",
		"Based on your consent, we share your contact details with our event partners.",
		"legal-basis")
	wantOnlyCategory(t, rb, "keeping, on legitimate interests", "Retention",
		"We keep your support tickets for two years after your account is closed.",
		"Where we have a legitimate interest, we keep your support tickets for two years after your account is closed.",
		"legal-basis")
	wantOnlyCategory(t, rb, "a party added keeps sharing", "Sharing",
		"We share your contact details with our event partners.",
		"We share your contact details with our event partners and insurers.",
		"recipients")
}
