package material

import "testing"

// TestAuthorityDropped: the authority the reader may complain to, dropped
// with its place or its address, is the right to complain (b48-07,
// b48-39), not a transfer or a recipient dropped.
func TestAuthorityDropped(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
	}{
		{"b48-39", "Contact us", "You also have the right to lodge a complaint with the UK regulator, the Information Commissioner. Go to ico.org.uk/concerns to find out more.",
			"You also have the right to lodge a complaint with us. Go to www.omnis.net/contact/ to find out more."},
		{"regulator of a country", "Complaints", "You may lodge a complaint with the supervisory authority in Switzerland, the FDPIC.",
			"You may lodge a complaint with our data protection officer."},
		{"address of the authority", "Right to lodge a complaint with a supervisory authority", "You can contact the French data protection authority, the CNIL, at: 3 Place de Fontenoy, 75007 Paris.",
			"You can contact our EU Representative about any complaint."},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if !rep.Material || !cats["rights"] {
			t.Errorf("%s: material %v, categories %v, want rights among them: %v", tc.name, rep.Material, cats, why)
		}
	}
	// b48-07 as written.
	_, cats, why := judgeEdit(rb, "Right to lodge a complaint with a supervisory authority", "You can contact the UK's data protection authority, the Information Commissioner's Office, at: Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF, Telephone Number: + 44 (0) 303 123 1113, Email: [casework@ico.org.uk](mailto:casework@ico.org.uk).",
		"You can contact our UK Representative, whose details are set out in this Section 15.B, about any complaint.")
	if !cats["rights"] {
		t.Errorf("b48-07: categories %v, want rights: %v", cats, why)
	}
}
