package material

import "testing"

// TestScopedContents: a sentence saying the policy describes how the
// company handles data it names by its source says which data the policy
// governs; widened to other people's data it is a change of scope
// (b67-41), whatever label the services are given. Twins: the same
// sentence relabelled stays minor; a topic added to what the policy
// explains is no scope.
func TestScopedContents(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b67-41", "Overview",
		"This Privacy Policy describes how omnie handles personal information accessed through its services.",
		"This Privacy Policy describes how omnie handles personal information accessed through its services (the “Services”), and personal information that omnie collects as a controller from visitors to its website and from applicants for employment.", "scope")
	wantOnlyCategory(t, rb, "unseen: the data of job applicants", "1. INTRODUCTION",
		"This Privacy Policy explains how we collect, use, store and protect personal data collected through the OmniCRM platform.",
		"This Privacy Policy explains how we collect, use, store and protect personal data collected through the OmniCRM platform and personal data we receive from job applicants.", "scope")
	runRestated(t, []restatedCase{
		{"twin: the services labelled", "Overview",
			"This Privacy Policy describes how omnie handles personal information accessed through its services.",
			"This Privacy Policy (this “Policy”) describes how omnie handles personal information accessed through its services (the “Services”).", false},
	})
}
