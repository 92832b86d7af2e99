package material

import (
	"strings"
	"testing"
)

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

// TestPurposeClauseDropped: an act confined to a purpose by a clause of
// purpose ("to deliver services", "as required to deliver services") is
// no longer confined when the clause is dropped, whether the sentence is
// otherwise the same or turned from passive to active (b160-49). The
// clause said another way, or kept through the rewording, is the same
// commitment; "to" before a recipient opens no purpose.
func TestPurposeClauseDropped(t *testing.T) {
	const h = "International Data Transfers"
	runRestated(t, []restatedCase{
		{"as required to, dropped", h, "Data may be accessed by personnel in other countries as required to deliver services.", "Data may be accessed by personnel in other countries.", true},
		{"to, dropped", h, "Data may be accessed by personnel in other countries to deliver services.", "Data may be accessed by personnel in other countries.", true},
		{"dropped in a turn to the active", h, "Data may be accessed by personnel as required to deliver services.", "Personnel may access data.", true},
		{"in order to, put", h, "Data may be accessed by personnel in other countries.", "Data may be accessed by personnel in other countries in order to provide support.", true},
		{"kept in a turn to the active", h, "Data may be accessed by personnel as required to deliver services.", "Personnel may access data as required to deliver services.", false},
		{"in order to said as to", h, "Data may be accessed by personnel in order to deliver services.", "Data may be accessed by personnel to deliver services.", false},
		{"as needed for as required", h, "Data may be accessed by personnel as required to deliver services.", "Personnel may access data as needed to deliver services.", false},
	})
}

// TestPurposeAimPut: an aim put whole into a list of aims after "to" is
// a purpose added, wherever the "and" before the last aim lands
// (b159-33, b161-04, missed in their whole policies). An aim said in
// other words, or the same aims, is not one.
func TestPurposeAimPut(t *testing.T) {
	f := strings.Fields
	for _, tc := range []struct {
		old, new, aim string
		put           bool
	}{
		{"to analyze usage patterns and improve the service", "to analyze usage patterns measure ad campaigns and improve the service", "measure ad campaigns", true},
		{"to monitor system performance and maintain platform security", "to monitor system performance maintain platform security and measure ad campaigns", "measure ad campaigns", true},
		{"to monitor system performance share usage data and maintain platform security", "to monitor system performance and maintain platform security", "share usage data", false},
		{"to monitor system performance and maintain platform security", "to monitor how the system performs and maintain platform security", "", false},
		{"to monitor system performance and maintain platform security", "to monitor system performance and keep platform security", "", false},
		{"we share data with partners", "we share data with partners measure ad campaigns", "", false},
	} {
		aim, put := purposeVerbAdded(f(tc.old), f(tc.new))
		if aim != tc.aim || put != tc.put {
			t.Errorf("%q → %q: got %q %v, want %q %v", tc.old, tc.new, aim, put, tc.aim, tc.put)
		}
	}
}
