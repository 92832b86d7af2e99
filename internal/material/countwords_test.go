package material

import "testing"

// TestCountWordDropped: a loose count of the things a sentence names
// ("implements multiple security measures … These include:" → "implements
// the following technical and organisational measures", b86-05) holds no
// share of a set back: "multiple", "several", "many" say there are more
// than one, not which. Dropped or put, alone, they change no commitment.
// The twins stay material: "all" traded for "several", and "some" put
// before what was every item.
func TestCountWordDropped(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b86-05, the measures named by the GDPR's term", "9. SECURITY MEASURES",
			"OmniCRM implements multiple security measures to protect data processed through the platform.",
			"OmniCRM implements technical and organisational measures to protect data processed through the platform.", false},
		{"several partners", "Sharing", "We share your data with several payment partners to process your orders.", "We share your data with payment partners to process your orders.", false},
		{"twin: all for several", "Sharing", "We delete all backups after 30 days.", "We delete several backups after 30 days.", true},
		{"twin: some put", "Sharing", "We encrypt the files you upload.", "We encrypt some of the files you upload.", true},
	})
}
