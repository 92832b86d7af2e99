package material

import "testing"

// TestListItemAppended: a list of what an act of processing covers grows
// by an item put after its last one: "we also store the date and time
// that the action took place" → "the date, time and place …" (a miss
// found in no labelled set: the diff pairs "time" with "time"). The
// same items reordered, or a list in a sentence that processes nothing,
// are not.
func TestListItemAppended(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Logs", "When we store data for functionality-related reasons, we generally also store the date and time that the action took place.",
			"When we store data for functionality-related reasons, we generally also store the date, time and place that the action took place.", true},
		{"Logs", "We record the date and time of each sign-in.", "We record the date, time and place of each sign-in.", true},
		{"Logs", "We record the date, time and place of each sign-in.", "We record the date and time of each sign-in.", true},
		// The same list.
		{"Logs", "We record the date and time of each sign-in.", "We record the time and date of each sign-in.", false},
		{"Logs", "We record the date and time of each sign-in.", "We record the date as well as the time of each sign-in.", false},
		// The nearest edits that change another term stay material.
		{"Logs", "We record the date and time of each sign-in.", "We record the date and time of each sign-in and share them with advertisers.", true},
	})
}
