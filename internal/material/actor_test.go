package material

import (
	"strings"
	"testing"
)

// TestActorSwapped: a person pronoun that stays in the sentence but no
// longer does what it did changes who acts, though the words, counted,
// only gained a pronoun. "which newsletters you would like to receive" →
// "which newsletters we would like you to receive" hands the choice from
// the reader to the company: the reader still receives, but no longer
// chooses. A pronoun added or dropped beside the same actor ("if you ask
// us" → "if you ask") is no such swap.
func TestActorSwapped(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Newsletters", "You can choose which newsletters you would like to receive in your account settings.",
			"You can choose which newsletters we would like you to receive in your account settings.", true},
		{"Marketing", "You choose how often you hear from us about offers.",
			"You choose how often we hear from you about offers.", true},
		{"Your choices", "Tell us which emails you want to get, and we will send only those.",
			"Tell us which emails we want you to get, and we will send only those.", true},
		{"Your choices", "You decide whether we may contact you about offers.",
			"We decide whether we may contact you about offers.", true},
		// The same actor, a pronoun added or dropped beside it; a verb
		// traded for its converse.
		{"Your rights", "We will give you a copy of your data on request.",
			"You will get a copy of your data from us on request.", false},
		{"Your rights", "If you ask us, we delete your account within 30 days.",
			"If you ask, we delete your account within 30 days.", false},
		{"Your rights", "You can ask us to delete your account at any time.",
			"You can ask to have your account deleted at any time.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestActorSwappedEdges: a sentence added or removed whole has no other
// side to trade with.
func TestActorSwappedEdges(t *testing.T) {
	for _, tc := range [][2][]string{{nil, {"we", "would"}}, {{"you"}, {"we"}}, {{"you", "would"}, nil}, {nil, nil}} {
		if got := actorSwapped(tc[0], tc[1]); got != "" {
			t.Errorf("actorSwapped(%q, %q) = %q, want none", tc[0], tc[1], got)
		}
	}
	if got := actorSwapped([]string{"you", "would", "like"}, []string{"we", "would", "like", "you"}); got != "'you like' → 'we like'" {
		t.Errorf("got %q", got)
	}
}
