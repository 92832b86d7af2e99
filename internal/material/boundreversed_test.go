package material

import "testing"

// TestBoundReversed: a word that puts a number as a ceiling ("under",
// "below") traded for one that puts it as a floor ("over", "above"), or
// the reverse, speaks of the other side of the number: "children under
// 13" → "children over 13", "kept for under 30 days" → "for over 30
// days". WordNet gives these no opposites, and the rules read "under" as
// a preposition, so the edit was "Same commitments, reworded" (found
// while checking the twins of TestAgedNouns). A near miss stays minor:
// the same bound in other words ("under 13" → "below the age of 13").
func TestBoundReversed(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"under 13 → over 13", "Children's privacy",
			"We do not knowingly collect personal data from individuals under 13.",
			"We do not knowingly collect personal data from individuals over 13.", true},
		{"under the age of → over the age of", "Children's privacy",
			"We do not knowingly collect personal data from children under the age of 13.",
			"We do not knowingly collect personal data from children over the age of 13.", true},
		{"under 30 days → over 30 days", "Retention",
			"We keep your server logs for under 30 days.",
			"We keep your server logs for over 30 days.", true},
		{"above → below", "Children's privacy",
			"Our service is only for people above the age of 16.",
			"Our service is only for people below the age of 16.", true},
		// Minor: the same bound said another way.
		{"under → below the age of", "Children's privacy",
			"We do not knowingly collect personal data from children under 13.",
			"We do not knowingly collect personal data from children below the age of 13.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
