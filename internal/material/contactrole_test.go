package material

import "testing"

// TestContactRole: the controller's data protection officer or EU
// representative, appointed or replaced, is its identity and contact
// point, not a recipient (b54-02); a party appointed to another role, or
// given data, stays a recipient.
func TestContactRole(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b54-02", "Contact Information",
		"Superhuman Platform, Inc. has appointed Bird & Bird DPO Services SRL as its Data Protection Officer (DPO). The DPO can be contacted at: Email: [dpo.superhuman@twobirds.com](mailto:dpo.superhuman@twobirds.com); Post: Bird & Bird DPO Services SRL, Avenue Louise 235 b 1, 1050 Brussels, Belgium.",
		"Superhuman Platform, Inc. has appointed VeraSafe Ireland Ltd as its Data Protection Officer (DPO). The DPO can be contacted at: Email: [dpo@superhuman.com](mailto:dpo@superhuman.com); Post: VeraSafe Ireland Ltd, Unit 3D North Point House, North Point Business Park, New Mallow Road, Cork T23AT2P, Ireland.", "identity")
	wantOnlyCategory(t, rb, "an EU representative designated", "Data Protection Officer",
		"Northwind Labs Ltd has designated Privacy Partners GmbH as our EU representative under Article 27 GDPR. You can reach them at eu-rep@privacypartners.de.",
		"Northwind Labs Ltd has designated Harbor Compliance BV as our EU representative under Article 27 GDPR. You can reach them at eu-rep@harborcompliance.nl.", "identity")
	wantOnlyCategory(t, rb, "our DPO is", "Contact us",
		"If you have questions about this policy, you can contact us at privacy@tailspin.com. Our Data Protection Officer is Kestrel Advisory Ltd, 12 Dock Street, Leeds LS10 1JF.",
		"If you have questions about this policy, you can contact us at privacy@tailspin.com. Our Data Protection Officer is Meridian DPO Services SRL, Rue Neuve 8, 1000 Brussels.", "identity")
	// the role as a label before the name, in a contact block (b57-49)
	wantOnlyCategory(t, rb, "b57-49", "20. CONTACT INFORMATION",
		"OmniCRM UK Ltd\n\n[email protected]",
		"OmniCRM UK Ltd\n\nData Protection Officer: Daniel Okafor\n\n[email protected]", "identity")
	wantOnlyCategory(t, rb, "a representative's label", "Contact",
		"Write to us at privacy@tailspin.com.\n\n- EU Representative: Privacy Partners GmbH, Berlin",
		"Write to us at privacy@tailspin.com.\n\n- EU Representative: Harbor Compliance BV, Amsterdam", "identity")
	// twins: given data, or appointed to another role
	wantOnlyCategory(t, rb, "twin: a payment processor appointed", "Sharing",
		"We share your contact details with Acme Payments Ltd, which we have appointed as our payment processor.",
		"We share your contact details with Stripe Payments Europe Ltd, which we have appointed as our payment processor.", "recipients")
	wantOnlyCategory(t, rb, "twin: a hosting provider engaged", "Service providers",
		"We have engaged Acme Hosting Ltd as our hosting provider to store your account data.",
		"We have engaged Acme Hosting Ltd and Brightcloud Inc. as our hosting providers to store your account data.", "recipients")
}
