package material

import "testing"

// TestRightsAddressee: the company the reader writes to, at its postal
// address, to use a right is a channel of that right, named or dropped
// (b54-37), not a recipient; a company the sentence shares data with
// stays one.
func TestRightsAddressee(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b54-37", "Your data privacy and data protection rights",
		"If you would like to exercise any of your rights specified above, please email dataprotection@theguardian.com or write to the Data Protection Officer at Guardian News & Media Limited, Kings Place, 90 York Way, London N1 9GU. We will respond to all standard legitimate requests within one month.",
		"If you would like to exercise any of your rights specified above, please use the online form in the privacy settings of your Guardian account. We will respond to all standard legitimate requests within one month.", "rights")
	wantOnlyCategory(t, rb, "post dropped", "How to exercise your rights",
		"To make a request to access or delete your data, email privacy@contoso.com or write to us at Contoso Media Ltd, 4 Albert Square, Manchester M2 5DB.",
		"To make a request to access or delete your data, email privacy@contoso.com.", "rights")
	wantOnlyCategory(t, rb, "another addressee", "Your rights",
		"You may exercise your rights by sending a letter to Fabrikam Holdings Inc., 500 Pine Street, Seattle, WA 98101, or by email.",
		"You may exercise your rights by sending a letter to Fabrikam Privacy Office LLC, 77 Lake Road, Boise, ID 83702, or by email.", "rights")
	// twin: the company written to is given data
	wantOnlyCategory(t, rb, "twin: shared with", "Who we share with",
		"To process your request, we may write to Fabrikam Holdings Inc. and share your details with them.",
		"To process your request, we may write to Fabrikam Holdings Inc. and Contoso Ltd and share your details with them.", "recipients")
}
