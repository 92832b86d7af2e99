package material

import "testing"

// TestAgeBoundMoved: the age below which a promise holds, moved, is about
// children whatever the promise does with their data (b53-19, b53-20:
// "users under the age of 16" → "18", in a row about advertising
// partners). Twins: a number that bounds no age keeps the category of the
// words nearest it.
func TestAgeBoundMoved(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b53-19", "Information we may disclose",
			"| **Categories of recipients** | **Categories of data** | **Reason for disclosing** |\n| --- | --- | --- |\n| Advertising partners | • User Data | So they can help us deliver more relevant advertising to you.<br><br>With respect to Spotify Service users under the age of 16, we do not disclose personal data to advertising partners by default. |",
			"| **Categories of recipients** | **Categories of data** | **Reason for disclosing** |\n| --- | --- | --- |\n| Advertising partners | • User Data | So they can help us deliver more relevant advertising to you.<br><br>With respect to Spotify Service users under the age of 18, we do not disclose personal data to advertising partners by default. |",
			"children"},
		{"sell, under", "Sale of personal information",
			"We do not sell the personal information of consumers under 16 years of age without affirmative authorization.",
			"We do not sell the personal information of consumers under 13 years of age without affirmative authorization.",
			"children"},
		{"floor", "Marketing",
			"We send marketing emails only to users aged 16 or over who have opted in.",
			"We send marketing emails only to users aged 13 or over who have opted in.",
			"children"},
		// Twins: numbers of no age.
		{"twin: days", "Information we may disclose",
			"We disclose usage data to advertising partners within 16 days of collection.",
			"We disclose usage data to advertising partners within 18 days of collection.",
			"!children"},
		{"twin: under a count", "Information we may disclose",
			"Where fewer than 16 users are in a segment, we do not disclose it to advertising partners.",
			"Where fewer than 18 users are in a segment, we do not disclose it to advertising partners.",
			"!children"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestAgeBoundBeside: a number of no age changed in a text that also
// names an age keeps the category of the words nearest it.
func TestAgeBoundBeside(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"twin: months beside an age", "Retention",
			"We keep chat logs for 6 months. Users under 16 cannot open secret chats.",
			"We keep chat logs for 18 months. Users under 16 cannot open secret chats.",
			"retention"},
		{"years of age", "Sale of personal information",
			"We do not sell personal information of consumers we know to be less than 16 years of age.",
			"We do not sell personal information of consumers we know to be less than 13 years of age.",
			"children"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestAgeBoundInclusive: "under 13" leaves 13-year-olds out, "13 or
// under" takes them in (b132-39, a junior associate's slip, read "Same
// commitments"). An age said the same way with other words is the same
// bound.
func TestAgeBoundInclusive(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b132-39", "Children's Privacy",
			"The Service is not intended for use by children under the age of 13 (or a higher age threshold where applicable law requires).",
			"The Service is not intended for use by children aged 13 or under (or a higher age threshold where applicable law requires).", true},
		{"or younger made under", "Children",
			"We do not knowingly collect data from children aged 15 or younger.",
			"We do not knowingly collect data from children under 15.", true},
		{"under said as below", "Children",
			"We do not knowingly collect data from children under the age of 13.",
			"We do not knowingly collect data from children below the age of 13.", false},
		{"or under a higher age, no bound", "Children's Privacy",
			"The Service is not intended for use by children under the age of 13 (or a higher age threshold where applicable law requires).",
			"The Service is not intended for use by children under the age of 13 (or under a higher age where applicable law requires it).", false},
		{"and younger said as or under", "Children",
			"We do not knowingly collect data from children aged 15 and younger.",
			"We do not knowingly collect data from children aged 15 or under.", false},
		{"a version bound, no age", "Browser data",
			"The browser sends crash reports from versions 44 and below.",
			"The browser sends crash reports from versions 44 and earlier.", false},
		{"or under said as or younger", "Children",
			"We do not knowingly collect data from children aged 15 or under.",
			"We do not knowingly collect data from children aged 15 or younger.", false},
	})
}
