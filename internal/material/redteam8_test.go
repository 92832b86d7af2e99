package material

import "testing"

// TestRecallRedTeam8: the three misses of the eighth recall red team
// (batch 37), each a family with its minor twins.
//   - What is needed traded for what helps: "no more than is reasonably
//     necessary to" → "reasonably useful to".
//   - "your" for "our" is no typo: "at your option" → "at our option"
//     gives the choice to the company.
//   - The kind of consent asked for: "your explicit consent" → "your
//     consent, express or implied"; "express" for "explicit" is the same.
func TestRecallRedTeam8(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Children's privacy", "* Limiting our collection of personal information from children to no more than is reasonably necessary to participate in an online activity; and",
			"* Limiting our collection of personal information from children to no more than is reasonably useful to participate in an online activity; and", true},
		{"Children's privacy", "* Limiting our collection of personal information from children to no more than is reasonably necessary to participate in an online activity; and",
			"* Limiting our collection of personal information from children to no more than is reasonably needed to participate in an online activity; and", false},
		{"Response timing", "We will deliver our written response by mail or electronically, at your option.",
			"We will deliver our written response by mail or electronically, at our option.", true},
		{"Response timing", "We will deliver our written response by mail or electronically, at your option.",
			"We will deliver our written response by mail or electronically, at you option.", false},
		{"Sharing", "- With Your Consent: We may share your information for other purposes with your explicit consent.",
			"- With Your Consent: We may share your information for other purposes with your consent, express or implied.", true},
		{"Sharing", "- With Your Consent: We may share your information for other purposes with your explicit consent.",
			"- With Your Consent: We may share your information for other purposes with your express consent.", false},
	})
}
