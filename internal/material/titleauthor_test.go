package material

import (
	"strings"
	"testing"
)

// TestTitleAuthor holds b43-29: the policy's title writing out its
// author's legal name ("The Mirror Privacy Policy" → "The Mirror
// Megaverse Inc. Privacy Policy") names the controller, no recipient. A
// title naming another company changes the controller and counts.
func TestTitleAuthor(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, old, new, party string
		reported              bool
	}{
		{"b43-29 the legal name written out",
			"**The Mirror Privacy Policy**\n\n**_Last modified: Mar 2nd, 2025_**",
			"**The Mirror Megaverse Inc. Privacy Policy**\n\n**_Last modified: Apr 19th, 2025_**", "Megaverse", false},
		{"a company's form added",
			"**Northwind Privacy Notice**",
			"**Northwind Traders LLC Privacy Notice**", "Northwind", false},
		{"twin: another company's title",
			"**The Mirror Privacy Policy**",
			"**The Zentrova Inc. Privacy Policy**", "Zentrova", true},
	} {
		_, _, why := judgeEdit(rb, "Privacy Policy", tc.old, tc.new)
		if got := namedParties(why, tc.party); (len(got) > 0) != tc.reported {
			t.Errorf("%s: %q reported=%v, want %v: %s", tc.name, tc.party, len(got) > 0, tc.reported, strings.Join(why, "; "))
		}
	}
}

// TestLinkedPage holds b43-12: a link's label the reader is sent to
// ("Visit the [Hearst Affiliated Network of Media Companies](…) page")
// titles a page, no party; a label in a sentence that shares data names
// one.
func TestLinkedPage(t *testing.T) {
	rb := Builtin()
	intro := "This Notice describes how Hearst Communications, Inc. and its affiliates (“we”, “us”, “our” or “Hearst”) handle personal information."
	for _, tc := range []struct {
		name, old, new, party string
		reported              bool
	}{
		{"b43-12 a page to visit", intro,
			intro + "\n\nVisit the **[Hearst Affiliated Network of Media Companies](https://www.hearst.com/affiliated-media-companies)** page to learn more about Hearst's media businesses.", "Media Companies", false},
		{"a list of companies to see", intro,
			intro + "\n\nSee [Corvanta Group Companies](https://corvanta.example/group) for the brands we run.", "Group Companies", false},
		{"twin: a label data is shared with", intro,
			intro + "\n\nWe share your contact details with the [Zentrova Media Companies](https://zentrova.example) for their own marketing.", "Zentrova", true},
	} {
		_, _, why := judgeEdit(rb, "Hearst.com Privacy Notice", tc.old, tc.new)
		if got := namedParties(why, tc.party); (len(got) > 0) != tc.reported {
			t.Errorf("%s: %q reported=%v, want %v: %s", tc.name, tc.party, len(got) > 0, tc.reported, strings.Join(why, "; "))
		}
	}
}
