package material

import (
	"strings"
	"testing"
)

// TestAcronymSpelledOutInLowerCase holds b10-43 ("your local DPA" →
// "your local data protection authority") in other words: initials the
// other side writes out as ordinary words, in the same place between the
// same words, name the same thing. A name whose words do not give the
// initials, or a party added beside the name written out, still counts.
func TestAcronymSpelledOutInLowerCase(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b10-43", "Complaints",
			"If you are in the EEA, you may [lodge a complaint](https://edpb.europa.eu/about-edpb/board/members_en) with your local DPA.",
			"If you are in the European Economic Area, you may [lodge a complaint](https://edpb.europa.eu/about-edpb/board/members_en) with your local data protection authority.", false},
		{"an officer written out", "Contact",
			"You can reach our DPO by email at privacy@example.com.",
			"You can reach our data protection officer by email at privacy@example.com.", false},
		{"an assessment written out", "Security",
			"We carry out a DPIA before we start any new processing of health data.",
			"We carry out a data protection impact assessment before we start any new processing of health data.", false},
		// Words in lower case glossed by their initials, the gloss
		// dropped (found by probing real wording: "internet protocol (IP)
		// address" → "IP address" read "To confirm").
		{"a lower-case name glossed by its initials", "Data we collect",
			"Technical Data includes internet protocol (IP) address, browser type and version.",
			"Technical Data includes IP address, browser type and version.", false},
		{"twin: the gloss dropped and an item added", "Data we collect",
			"Technical Data includes internet protocol (IP) address, browser type and version.",
			"Technical Data includes IP address, device fingerprint, browser type and version.", true},
		{"twin: words of other initials", "Data we collect",
			"Technical Data includes internet service provider (IP) address, browser type and version.",
			"Technical Data includes IP address, browser type and version.", true},
		{"a written-out name of other initials", "Transfers",
			"We do not transfer your data outside the EEA.",
			"We do not transfer your data outside the European Union.", true},
		{"written out, and a party added", "Complaints",
			"You may lodge a complaint with your local DPA.",
			"You may lodge a complaint with your local data protection authority, and we share your complaint with our insurer.", true},
		{"written out, and data added", "Complaints",
			"We send your complaint to the DPA.",
			"We send your complaint and your health records to the data protection authority.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
