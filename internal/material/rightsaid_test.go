package material

import "testing"

// TestRightsSaid: a sentence whose subject is the reader's rights, added,
// removed or reworded, is about those rights (b53-31), whatever kind of
// data it also names. Twins: such a sentence reworded to say the same
// stays minor; a sentence about something else keeps its category.
func TestRightsSaid(t *testing.T) {
	rb := Builtin()
	const lead = "These rights are not absolute. In some situations we may not be able to process your request. "
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b53-31", "Notice to Residents of the United States",
			lead + "We’ll let you know when or if a right doesn’t apply to you.",
			lead + "These rights may be offered based on your location. We’ll let you know when or if a right doesn’t apply to you.",
			"rights"},
		{"your privacy rights depend", "Your choices",
			"You can ask us for a copy of your data. We will answer within 30 days.",
			"You can ask us for a copy of your data. Your privacy rights depend on the country where you use the app. We will answer within 30 days.",
			"rights"},
		{"such rights removed", "Your choices",
			"You can ask us for a copy of your data. Such rights may be limited where your data is also about other users.",
			"You can ask us for a copy of your data.",
			"rights"},
		// Twin: another subject keeps its category.
		{"twin: these cookies", "Cookies",
			"We use cookies to keep you signed in.",
			"We use cookies to keep you signed in. These cookies may also record your location.",
			"!rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	for _, tc := range []struct{ name, heading, old, new string }{
		{"twin: copyright", "Footer", "© 2023 Example Inc. All rights reserved.", "© 2024 Example Inc. All rights reserved."},
		{"twin: same words", "Your rights",
			"These rights may be limited by law.", "These rights may be limited by law ."},
	} {
		if rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
}
