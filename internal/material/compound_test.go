package material

import (
	"strings"
	"testing"
)

// TestCompoundHead holds batch 10's b10-40 in other words: cookies made
// opt-out ("only after you click 'Accept all'" → "unless you click 'Reject
// all'") were filed under purposes, because "advertising cookies" named
// purposes as much as cookies and purposes come first. The head of a
// compound says what the text is about; the word before it which kind.
func TestCompoundHead(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		category                string
	}{
		{"marketing cookies made opt-out", "Marketing cookies",
			`We place marketing cookies only once you have clicked "Allow" in our banner.`,
			`We place marketing cookies unless you click "Refuse" in our banner.`, true, "cookies"},
		{"marketing cookies, same", "Marketing cookies",
			`We place marketing cookies only once you have clicked "Allow" in our banner.`,
			`Marketing cookies are placed only after you have clicked "Allow" in our banner.`, false, ""},
		{"personalisation cookies kept longer", "Personalisation cookies",
			"Personalisation cookies expire after 30 days.",
			"Personalisation cookies expire after 13 months.", true, "cookies"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material || tc.category != "" && !cats[tc.category] {
			t.Errorf("%s: material=%v %v, want %v %q: %s", tc.name, rep.Material, cats, tc.material, tc.category, strings.Join(why, "; "))
		}
	}
}

// TestHeadOf: the head of a compound is its last term; a plural before a
// term modifies nothing ("… affiliates and subsidiaries Regulators …", the
// cells of a table run together).
func TestHeadOf(t *testing.T) {
	rb := Builtin()
	ix := rb.index
	k := rb.categoryIndex
	for _, tc := range []struct {
		text      string
		head, mod string
		want      bool
	}{
		{"we set advertising cookies", "cookies", "purposes", true},
		{"our advertising partners", "recipients", "purposes", true},
		{"affiliates and subsidiaries regulators and law enforcement", "rights", "identity", false},
		{"cookies for advertising", "cookies", "purposes", false},
	} {
		if got := ix.headOf(k(tc.head), k(tc.mod), strings.Fields(tc.text)); got != tc.want {
			t.Errorf("headOf(%s, %s, %q) = %v, want %v", tc.head, tc.mod, tc.text, got, tc.want)
		}
	}
}
