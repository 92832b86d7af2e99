package material

import "testing"

// TestSectionPointer: a clause added that only says where in this text
// more is said ("as further explained below in the "How We Use …" section
// of this Privacy Policy", b50-38) commits to nothing; the same sentence
// with a new use added stays material.
func TestSectionPointer(t *testing.T) {
	rb := Builtin()
	const old = "We may use your public contributions to create new features or to learn more about how the sites are used."
	for _, tc := range []struct{ name, new string }{
		{"b50-38", "We may use your public contributions to create new features or to learn more about how the sites are used, as further explained below in the [\"How We Use Information We Receive From You\"](#use) section of this Privacy Policy."},
		{"quoted section", "We may use your public contributions to create new features or to learn more about how the sites are used, as described below in the \"Sharing\" section."},
		{"more fully, above", "We may use your public contributions to create new features or to learn more about how the sites are used, as more fully explained above in the “Your Choices” part of this notice."},
	} {
		if rep, _, why := judgeEdit(rb, "Your Public Contributions", old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
	// a use added beside the pointer is a new purpose
	wantOnlyCategory(t, rb, "pointer and a new use", "Your Public Contributions", old,
		"We may use your public contributions to create new features, to train our machine translation models or to learn more about how the sites are used, as further explained below in the \"How We Use Information\" section of this Privacy Policy.", "!notice")
}
