package material

import (
	"strings"
	"testing"
)

// TestNoticeObject: what a notice of changes announces is a term of the
// change-notice policy. "We will post any changes in our privacy
// practices on this page" → "… any changes in this privacy policy …"
// (b42-13) tells of a new text only, not of a change in what the company
// does; the other way it tells of more. The document named another way
// ("our privacy policy" → "this privacy notice"), or the practices
// ("changes in" → "changes to" our privacy practices), is the same
// object.
func TestNoticeObject(t *testing.T) {
	const h = "Changes to This Privacy Policy"
	const practices = "We may revise this policy from time to time. We will post any changes in our privacy practices on this page, with the date of the revision."
	checkMaterial(t, []materialCase{
		{h, practices, "We may revise this policy from time to time. We will post any changes in this privacy policy on this page, with the date of the revision.", true},
		{h, "We will email you about any changes to our data handling practices.",
			"We will email you about any changes to this statement.", true},
		{h, "We will notify you of changes to this policy.",
			"We will notify you of changes to how we use your personal data.", true},
		// The same object, named another way.
		{h, practices, "We may revise this policy from time to time. We will post any changes to our privacy practices on this page, with the date of the revision.", false},
		// The nearest edits that change another term stay material.
		{h, practices, "We may revise this policy from time to time. We may post some changes in our privacy practices on this page, with the date of the revision.", true},
		{h, practices, "We may revise this policy from time to time. We will post any changes in our privacy practices on our blog, with the date of the revision.", true},
	})
	wantOnlyCategory(t, Builtin(), "practices → policy", h, practices,
		"We may revise this policy from time to time. We will post any changes in this privacy policy on this page, with the date of the revision.", "notice")
}

// TestChangedObjects: the object after each word of a change.
func TestChangedObjects(t *testing.T) {
	for in, want := range map[string]string{
		"we will post any changes in our privacy practices on this page":     "p",
		"we will post any changes in this privacy policy on this page":       "d",
		"if we change the way we handle your data we will notify you":        "p",
		"we may update this policy and will notify you of changes to how we": "dp",
		"we will tell you about changes":                                     "",
	} {
		if got := string(changedObjects(strings.Fields(in))); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
