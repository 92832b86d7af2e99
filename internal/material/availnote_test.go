package material

import (
	"strings"
	"testing"
)

// TestAvailabilityNote: a remark in brackets on whom the product an
// example names is offered to for now, dropped or added, leaves the
// commitment the example illustrates as it was (b17-10). The remark
// changed rather than dropped, one outside an example, or one with a
// force word, a place or a word of a category stays material.
func TestAvailabilityNote(t *testing.T) {
	rb := Builtin()
	const h = "Use of AI Technologies"
	const old = "*   improve search functionality and how content is presented, for example, our AskFT tool (currently available to our FT Professional clients);"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"b17-10", old, "*   improve search functionality and how content is presented, for example, our AskFT tool;", false},
		{"added", "We use AI to suggest replies, for example, in our Smart Compose feature.", "We use AI to suggest replies, for example, in our Smart Compose feature (currently available in English).", false},
		{"now offered", "We use your viewing history to personalise the app, such as our Daily Mix playlist (now offered to Premium subscribers).", "We use your viewing history to personalise the app, such as our Daily Mix playlist.", false},
		// Twins.
		{"twin: the remark changed", old, "*   improve search functionality and how content is presented, for example, our AskFT tool (currently available to all readers);", true},
		{"twin: not in an example", "We use AI to summarise your messages (currently available to Premium subscribers).", "We use AI to summarise your messages.", true},
		{"twin: a force word", "We use your voice recordings to improve our assistant, for example, our Voice Match feature (currently available only with your consent).", "We use your voice recordings to improve our assistant, for example, our Voice Match feature.", true},
		{"twin: a place", "We use AI to suggest replies, for example, in our Smart Compose feature (currently available in the EEA).", "We use AI to suggest replies, for example, in our Smart Compose feature.", true},
		{"twin: a party", "We use AI to suggest replies, for example, in our Smart Compose feature (currently offered with Google).", "We use AI to suggest replies, for example, in our Smart Compose feature.", true},
		{"twin: the example changed too", old, "*   improve search functionality and how content is presented, for example, our AskFT tool and our advertising models;", true},
	} {
		rep, _, why := judgeEdit(rb, h, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
