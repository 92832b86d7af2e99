package material

import "testing"

// TestPurposeConfined: a purpose phrase put after what a statement
// says of processing confines it to processing for that purpose. "Data
// Controller: … (us, when we process your data)" → "(us, when we process
// your data for our own purposes)" leaves OmniOps no longer the
// controller when it processes for its customers (b49-34, read as the
// same commitments: "purposes" is said earlier in the sentence). The
// phrase dropped widens the statement. The phrase moved in its sentence,
// or said another way, stays minor.
func TestPurposeConfined(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b49-34", "Definitions",
		"- Data Controller: The entity that determines the purposes and means of processing (us, when we process your data)",
		"- Data Controller: The entity that determines the purposes and means of processing (us, when we process your data for our own purposes)", "identity")
	wantOnlyCategory(t, rb, "controller for its own purposes only", "Who we are",
		"Acme Ltd decides the purposes of processing and acts as the controller when we handle your data.",
		"Acme Ltd decides the purposes of processing and acts as the controller when we handle your data for our own purposes.", "identity")
	checkMaterial(t, []materialCase{
		{"Sharing", "We share your usage data with our analytics partners for the purposes of measuring our campaigns, and they must delete it afterwards.",
			"We share your usage data with our analytics partners, and they must delete it afterwards.", true},
		{"Your rights", "You may object at any time when we use your data, the purposes of each use being listed above.",
			"You may object at any time when we use your data for marketing purposes, the purposes of each use being listed above.", true},
		// The same purpose, moved or said another way, or a label.
		{"Sharing", "For customer research purposes\n\nWe may share your contact information with research agencies.",
			"**For customer research purposes –** We may share your contact information with research agencies.", false},
		{"Definitions", "- Data Controller: The entity that determines the purposes and means of processing (us, when we process your data for our own purposes)",
			"- Data Controller: The entity that determines the purposes and means of processing (us, when, for our own purposes, we process your data)", false},
		{"Definitions", "- Data Controller: The entity that determines the purposes and means of processing (us, when we process your data for our own purposes)",
			"- Data Controller: The entity that determines the purposes and means of processing (us, when we process your data for our own purpose)", false},
	})
}
