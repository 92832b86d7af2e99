package material

import "testing"

// TestRelativeActor: who acts in a relative clause is a term of the
// commitment it limits. "shared only with Olvid users you decide to
// invite" → "… users who decide to invite you" (a miss found in no
// labelled set: "Grammar only: added 'who'") shares with whoever invites
// the reader. A relative pronoun put before the same subject ("users whom
// you decide to invite") is grammar.
func TestRelativeActor(t *testing.T) {
	const h = "Identification"
	const old = "These identification elements will only be shared with users you decide to invite."
	checkMaterial(t, []materialCase{
		{h, old, "These identification elements will only be shared with users who decide to invite you.", true},
		{h, "Your location is only sent to the contacts who share their location with you.",
			"Your location is only sent to the contacts you share your location with.", true}, // who shares with whom, said in more words
		{"Followers", "We show your posts to the people we follow.", "We show your posts to the people who follow us.", true},
		// Grammar.
		{h, old, "These identification elements will only be shared with users whom you decide to invite.", false},
		{h, old, "These identification elements will only be shared with users that you decide to invite.", false},
		// The nearest edits that change another term stay material.
		{h, old, "These identification elements may be shared with users you decide to invite.", true},
	})
}
