package material

import "testing"

// TestHeadingTopic: a Markdown heading reworded on the same topics, or
// on a part of them, titles the same section (b60-09 "AGE RESTRICTIONS" →
// "MINIMUM AGE"; the others are the seeds' headings reworded as a
// copy editor would); a heading written as a sentence whose force
// changed, or one that adds "only", a place or an age, is judged as any
// sentence is.
func TestHeadingTopic(t *testing.T) {
	rb := Builtin()
	page := func(h string) string {
		return "# Privacy policy\n\nWe are Example Ltd.\n\n## " + h + "\n\nWe keep server logs for 30 days.\n\n## Contact\n\nWrite to privacy@example.com.\n"
	}
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"17. AGE RESTRICTIONS", "17. MINIMUM AGE", false}, // b60-09
		{"Age Restriction", "Minimum Age", false},
		{"12. USE OF ARTIFICIAL INTELLIGENCE", "12. ARTIFICIAL INTELLIGENCE", false},
		{"19. CHANGES TO THIS PRIVACY POLICY", "19. UPDATES TO THIS PRIVACY POLICY", false},
		{"Changes to This Policy", "Updates to This Policy", false},
		{"Data Retention", "Retention of Your Data", false},
		{"Your rights", "Your privacy rights", false},
		// material twins: a heading that is a sentence, or narrows whom
		// or what the section covers
		{"We never sell your data", "We may sell your data", true},
		{"Your rights", "Your rights (California residents only)", true},
		{"Optional cookies", "Required cookies", true},
		{"Children", "Children under 16", true},
		{"We share your data with our hosting provider", "We share your data with our hosting provider and our advertisers", true},
		{"Sharing", "Sharing with advertisers", true},
	} {
		rep, _, why := judgeText(rb, page(tc.old), page(tc.new))
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
