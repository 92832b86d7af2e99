package material

import "testing"

// TestVersionPublished: "update this Privacy Policy by publishing an
// updated version" is "publish an updated version of this Privacy Policy"
// (b55-40, with its threshold moved after "are", TestChangesAre). Twins:
// a notice by email dropped in the same rewrite, and b55-41 (the notice
// made conditional on law): material.
func TestVersionPublished(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b55-40", "Privacy Policy",
			"We may update this Privacy Policy from time to time by publishing an updated version. If we make material changes, we will provide you additional notice, such as by sending you an email.",
			"From time to time, we may publish an updated version of this Privacy Policy. If the changes are material, we will give you additional notice, for example by email.", false},
		{"revise by posting a new version", "Changes to this notice",
			"We may revise this privacy notice by posting a new version on this page.",
			"We may post a new version of this privacy notice on this page.", false},
		{"twin: the email dropped", "Changes to this notice",
			"We may revise this privacy notice by posting a new version on this page and emailing you a summary.",
			"We may post a new version of this privacy notice on this page.", true},
		{"twin: b55-41", "Privacy Policy",
			"We may update this Privacy Policy from time to time by publishing an updated version. If we make material changes, we will provide you additional notice, such as by sending you an email.",
			"We may update this Privacy Policy from time to time by publishing an updated version. If we make material changes, we will provide you additional notice where required by law, such as by sending you an email.", true},
	})
}
