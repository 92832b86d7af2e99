package material

import "testing"

// TestPersonalDataDefined: a clause narrowing or widening what the policy
// defines as personal data is about which data it covers: "“Personal
// information” is any information that identifies you or can be used to
// contact you" → "… any information you give us that identifies you …"
// (b45-01), though "used to contact you" reads as a purpose.
func TestPersonalDataDefined(t *testing.T) {
	rb := Builtin()
	const h = "Personal Information We May Collect About You"
	wantOnlyCategory(t, rb, "b45-01 shape", h, "“Personal information” is any information that identifies you or can be used to contact you.",
		"“Personal information” is any information you give us that identifies you or can be used to contact you.", "data")
	wantOnlyCategory(t, rb, "means", "Definitions", "Personal data means any information that relates to you.",
		"Personal data means any information you share with us that relates to you.", "data")
	checkMaterial(t, []materialCase{
		{h, "“Personal information” is any information that identifies you or can be used to contact you.",
			"“Personal information” is any information which identifies you or can be used to contact you.", false},
	})
}

// TestPersonalDataPassive: "Personal data is shared with …" is no
// definition: a recipient added is not the data category's.
func TestPersonalDataPassive(t *testing.T) {
	wantOnlyCategory(t, Builtin(), "passive", "Sharing", "Personal data is shared with our payment processor.",
		"Personal data is shared with our payment processor and our advertising partners.", "!data")
}
