package material

import "testing"

// TestMachineTrained holds what batch 17 showed (b17-11): a purpose of
// training a machine ("train our systems to improve our Services") is
// processing for an automated system, the AI category, though "train" is
// also a word of purposes; it was read as a purpose. Its twins train
// people, or add a purpose that trains nothing: purposes they stay.
// (Written before machineTrained.)
func TestMachineTrained(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, cat string
	}{
		{"invented: train our systems", "How we use your data",
			"We process your personal data to understand how our products are used, to improve our Services and develop new products.",
			"We process your personal data to understand how our products are used, to improve our Services, train our systems to improve our Services and develop new Services.",
			"ai"},
		{"invented: train the algorithms", "How we use your data",
			"We use your listening history to recommend songs and to improve our service.",
			"We use your listening history to recommend songs, to train the algorithms behind our recommendations and to improve our service.",
			"ai"},
		{"invented: train our software", "Purposes",
			"Support chats are used to answer your questions and improve our help pages.",
			"Support chats are used to answer your questions, improve our help pages and train our software.",
			"ai"},
		{"twin: train our staff", "How we use your data",
			"We use recordings of support calls to check quality and improve our service.",
			"We use recordings of support calls to check quality, train our staff and improve our service.",
			"purposes"},
		{"twin: a purpose that trains nothing", "How we use your data",
			"We process your personal data to understand how our products are used and to improve our Services.",
			"We process your personal data to understand how our products are used, to improve our Services and to send you offers.",
			"purposes"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.cat)
	}
}
