package material

import "testing"

// TestMeasuresDuty: the measures that protect data against loss or
// unauthorised access are security, whoever must take them (b54-23);
// service providers given data in the same sentence are recipients.
func TestMeasuresDuty(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b54-23", "Security",
		"We use reasonable administrative, logical, physical, and managerial measures to safeguard your personal information against loss, theft, and unauthorized access, use and modification. These measures are designed to provide a level of security appropriate to the risks of processing your personal information.",
		"We use reasonable administrative, logical, physical, and managerial measures, and require our service providers to use equivalent measures, to safeguard your personal information against loss, theft, and unauthorized access, use and modification. These measures are designed to provide a level of security appropriate to the risks of processing your personal information.", "security")
	wantOnlyCategory(t, rb, "processors' safeguards dropped", "How we protect your data",
		"We and our processors apply appropriate safeguards to protect your data from unauthorised access and loss.",
		"We apply appropriate safeguards to protect your data from unauthorised access and loss.", "security")
	wantOnlyCategory(t, rb, "the host bound to the same safeguards", "Data security",
		"We maintain physical and technical controls to protect your information against misuse.",
		"We maintain physical and technical controls, and require our cloud host to apply equivalent safeguards, to protect your information against misuse.", "security")
	// twin: data given to service providers
	wantOnlyCategory(t, rb, "twin: shared with providers", "Security",
		"We use safeguards to protect your information against loss, and we share it with our hosting provider.",
		"We use safeguards to protect your information against loss, and we share it with our hosting provider and our analytics providers.", "!security")
}
