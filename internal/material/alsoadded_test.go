package material

import "testing"

// TestAlsoAdded: "also" parts "we" from "use", but "We also use your
// information to develop new products", added whole, is a new purpose
// as "We use your information to …" is (a helper found it read "Wording
// not about personal data": a miss, under a heading of no category).
// A sentence added whole that names nothing of personal data, with or
// without "also", stays minor.
func TestAlsoAdded(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, cat string
	}{
		{"a purpose added after also", "Platform Maintenance",
			"We keep the platform running smoothly.",
			"We keep the platform running smoothly. We also use your information to develop new products.", "purposes"},
		{"a purpose added after additionally", "Platform Maintenance",
			"We keep the platform running smoothly.",
			"We keep the platform running smoothly. Additionally, we use your information to develop new products.", "purposes"},
		{"a sale added after also", "About us",
			"We are a software company based in London.",
			"We are a software company based in London. We also sell your information to advertisers.", "recipients"},
		{"twin: nothing of personal data, after also", "About us",
			"We are a software company based in London.",
			"We are a software company based in London. We also have an office in Leeds.", ""},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if tc.cat == "" {
			if rep.Material {
				t.Errorf("%s: material, want minor: %v", tc.name, why)
			}
			continue
		}
		wantCategoryNot(t, tc.name, rep, cats, why, tc.cat, "")
	}
}
