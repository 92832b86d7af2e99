package material

import "testing"

// TestUnderLaw: "under the law" is "in accordance with the law" (the omnis
// seed shortened); "under" before an age, or another norm named, is not.
func TestUnderLaw(t *testing.T) {
	rb := Builtin()
	const h = "How long will we keep your personal information for?"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"omnis seed", "We will keep your personal information for the purposes set out in this privacy policy and in accordance with the law and relevant regulations.",
			"We will keep your personal information for the purposes set out in this privacy policy and under the law and relevant regulations.", false},
		{"applicable laws", "We retain your data for as long as needed, and in accordance with applicable laws.", "We retain your data for as long as needed, and under applicable laws.", false},
		{"twin: another norm", "We retain your data for as long as needed, and in accordance with applicable laws.", "We retain your data for as long as needed, and under our internal retention schedule.", true},
		{"twin: an age", "We do not collect data from children under the age of 13.", "We do not collect data from children under the age of 16.", true},
	} {
		rep, _, why := judgeEdit(rb, h, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
