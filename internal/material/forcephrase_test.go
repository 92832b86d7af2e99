package material

import "testing"

// TestForcePhraseNamesNoCategory: a word of a force phrase is the force,
// not what the commitment is about. "will be published on our website" →
// "will be available on request" makes a publication conditional; its
// "request" is the condition's word, and names no right: the commitment is
// filed by the rest of its words and its heading. A request that is what
// the sentence is about, outside such a phrase, still names the right.
// (Written before the rules were changed for b16-04.)
func TestForcePhraseNamesNoCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b16-04", "19. CHANGES TO THIS PRIVACY POLICY",
			"The most up to date version will be published on our website.",
			"The most up to date version will be available on request.", "notice"},
		{"audit report on request", "Security",
			"The summary of our latest security audit will be published on our website.",
			"The summary of our latest security audit will be available upon request.", "security"},
		{"cookie list at your request", "Cookies",
			"The full list of cookies we set is shown on this page.",
			"The full list of cookies we set is sent to you at your request.", "cookies"},
		{"twin: a copy of your data on request stays rights", "Your rights",
			"You can download a copy of your data from your account settings.",
			"You can receive a copy of your data on request.", "rights"},
		{"twin: requests answered, not only published, stays rights", "Your rights",
			"We will publish our response to your access request.",
			"We may send our response to your access request on request.", "rights"},
	})
}
