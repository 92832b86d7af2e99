package material

import "testing"

// TestMechanismParties holds what batch 17 showed (b17-13): companies
// named as bound by a transfer mechanism ("Wix and its covered entities
// DeviantArt, Inc., … complies with Data Privacy Framework … regarding …
// personal information transferred from the European Union … to the
// United States") are who transfers under it, the transfers category;
// they were read as names of data, for the framework's "collection". Its
// twins share data with the company certified, or name a company beside
// no mechanism: recipients they stay. (Written before mechanismParties.)
func TestMechanismParties(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, cat string
	}{
		{"invented: covered entities added to a DPF certification", "Where we process your data",
			"Data Privacy Framework: Brightwave Inc. complies with the EU-U.S. Data Privacy Framework as regards the collection and use of personal information transferred from the European Union to the United States.",
			"Data Privacy Framework: Brightwave Inc. and its covered entities Kelmar Studio, Inc. and Orbis Labs, Inc. comply with the EU-U.S. Data Privacy Framework as regards the collection and use of personal information transferred from the European Union to the United States.",
			"transfers"},
		{"invented: a participant dropped from the framework", "International transfers",
			"Brightwave Inc. and Kelmar Studio, Inc. participate in the EU-U.S. Data Privacy Framework for personal data transferred from the EEA to the United States.",
			"Brightwave Inc. participates in the EU-U.S. Data Privacy Framework for personal data transferred from the EEA to the United States.",
			"transfers"},
		{"twin: shared with a certified company", "Sharing",
			"We share your payment details with Kelmar Studio, Inc., which is certified under the EU-U.S. Data Privacy Framework.",
			"We share your payment details with Kelmar Studio, Inc. and Orbis Labs, Inc., which are certified under the EU-U.S. Data Privacy Framework.",
			"recipients"},
		{"twin: no mechanism", "Our processors",
			"Support tickets are handled by Kelmar Studio, Inc.",
			"Support tickets are handled by Kelmar Studio, Inc. and Orbis Labs, Inc.",
			"recipients"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.cat)
	}
}
