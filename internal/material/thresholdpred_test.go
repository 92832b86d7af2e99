package material

import "testing"

// TestChangesAre: a threshold said of the changes after "be" ("if the
// changes are material") is the one said before the noun ("if we make
// material changes"), part of b55-40. Twins: the threshold dropped, or put
// where there was none: material.
func TestChangesAre(t *testing.T) {
	runRestated(t, []restatedCase{
		{"material changes → the changes are material", "Privacy Policy",
			"If we make material changes, we will provide you additional notice, such as by sending you an email.",
			"If the changes are material, we will provide you additional notice, such as by sending you an email.", false},
		{"changes that are significant", "Changes to this policy",
			"We will email you about significant changes to this policy.",
			"We will email you about changes to this policy that are significant.", false},
		{"twin: the threshold dropped", "Privacy Policy",
			"If the changes are material, we will provide you additional notice, such as by sending you an email.",
			"If we make changes, we will provide you additional notice, such as by sending you an email.", true},
		{"twin: a threshold put", "Changes to this policy",
			"We will email you about changes to this policy.",
			"We will email you about changes to this policy if they are significant.", true},
	})
}
