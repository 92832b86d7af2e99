package material

import "testing"

// TestLimitPhrase: under a limit, a phrase that pins what the limit covers
// to one matter or place is part of the bound. "kept only for researching
// the issue and contacting you about your case" → "… contacting you",
// and "sent only to the contacts you enable sharing with in this
// discussion" → "… with" (misses found in no labelled set: "Same
// commitments, reworded") widen it. The phrase said another way is the
// same bound; a pointer to the document ("in this policy") bounds
// nothing, and without a limit the phrase is not read here.
func TestLimitPhrase(t *testing.T) {
	const h = "User Support"
	const old = "If you contact User Support, any personal data you share with us is kept only for the purposes of researching the issue and contacting you about your case."
	checkMaterial(t, []materialCase{
		{h, old, "If you contact User Support, any personal data you share with us is kept only for the purposes of researching the issue and contacting you.", true},
		{"Location", "This location will never be shared with us and will only be sent to the contacts you enable sharing with in this discussion.",
			"This location will never be shared with us and will only be sent to the contacts you enable sharing with.", true},
		{h, "If you contact User Support, any personal data you share with us is kept only for the purposes of researching the issue and contacting you.", old, true},
		// The same phrase.
		{h, old, "If you contact User Support, any personal data you share with us is kept only for the purposes of researching the issue and contacting you regarding your case.", false},
		// The nearest edits that change another term stay material.
		{h, old, "If you contact User Support, any personal data you share with us is kept mainly for the purposes of researching the issue and contacting you about your case.", true},
	})
}
