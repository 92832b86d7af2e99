package material

import "testing"

// TestReaderAdvice: what the reader should do and what the reader can do
// for their own ends ("EU individuals should go to …" → "you can … at
// …") is one step offered to them, and where the reader is, said as a
// condition ("If you are in the EU"), is the class of people of that
// place named ("EU individuals", "residents of the EU") (b21-11). Twins
// stay material: the company's own "should", a "should not" lifted,
// another place, a duty ("must"), a condition added beside the place.
func TestReaderAdvice(t *testing.T) {
	rb := Builtin()
	const url = "[https://edpb.europa.eu/](https://edpb.europa.eu/)"
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b21-11", "Your Rights With Respect to Your Information",
			"To identify your specific authority to file a complaint or find out more about GDPR, EU individuals should go to " + url + ".",
			"If you are in the EU, you can identify your specific authority to file a complaint or find out more about GDPR, at " + url + ".", false},
		{"you should → you can", "Your rights",
			"You should contact us to exercise your rights.",
			"You can contact us to exercise your rights.", false},
		{"a class of readers", "Payments",
			"Customers should contact their bank to dispute a charge.",
			"Customers can contact their bank to dispute a charge.", false},
		{"in the EU as a class", "Your rights",
			"If you are in the EU, the GDPR gives you further rights.",
			"EU residents have further rights under the GDPR.", false},
		{"based in the UK as residents of", "Your rights",
			"If you are based in the UK, the UK GDPR gives you further rights.",
			"Residents of the UK have further rights under the UK GDPR.", false},
		// Twins: still material.
		{"twin: another place", "Your rights",
			"To identify your specific authority to file a complaint, EU individuals should go to " + url + ".",
			"If you are in the US, you can identify your specific authority to file a complaint at " + url + ".", true},
		{"twin: the company's should", "Your rights",
			"We should respond to your request within 30 days.",
			"We can respond to your request within 30 days.", true},
		{"twin: should not lifted", "Security",
			"You should not share your password with anyone.",
			"You can share your password with anyone.", true},
		{"twin: a duty", "Your rights",
			"To identify your specific authority to file a complaint, EU individuals should go to " + url + ".",
			"If you are in the EU, you must identify your specific authority to file a complaint at " + url + ".", true},
		{"twin: a condition beside the place", "Your rights",
			"To identify your specific authority to file a complaint, EU individuals should go to " + url + ".",
			"If you are in the EU and have an account, you can identify your specific authority to file a complaint at " + url + ".", true},
		{"twin: the company acts", "Your rights",
			"You should contact us to exercise your rights.",
			"We can contact you to exercise your rights.", true},
		{"twin: another class", "Your rights",
			"If you are in the EU, the GDPR gives you further rights.",
			"UK residents have further rights under the GDPR.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
