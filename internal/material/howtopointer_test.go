package material

import "testing"

// TestHowToPointer: a sentence that only sends the reader to instructions
// for something they do ("To learn how to watch a repository, see
// "Configuring your watch settings …"") commits to nothing, like "For
// more information, see …": GitHub's privacy statement moved a link from
// "watch" into such a sentence (site-policy 060). Twins: instructions to
// opt out or to object are a way to object, and a sentence that says how
// we act is no pointer; both stay material, as does a commitment changed
// beside the pointer.
func TestHowToPointer(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"site-policy 060", "Changes to our Privacy Statement",
			"GitHub may change this Privacy Statement from time to time. We will provide notice of material changes to this Privacy Statement through our Website at least 30 days prior to the change taking effect. For other changes to this Privacy Statement, we encourage Users to [watch](/github/configuring-notifications#configuring-your-watch-settings-for-an-individual-repository) or to check our Site Policy repository frequently.",
			"GitHub may change this Privacy Statement from time to time. We will provide notice of material changes to this Privacy Statement through our Website at least 30 days prior to the change taking effect. For other changes to this Privacy Statement, we encourage Users to watch or to check our Site Policy repository frequently. To learn how to watch a repository, see \"[Configuring your watch settings for an individual repository](/github/configuring-notifications#configuring-your-watch-settings-for-an-individual-repository).\"", false},
		{"find out how to", "Your account",
			"You can change your email address in your account settings.",
			"You can change your email address in your account settings. To find out how to change your settings, visit our [Help Center](https://example.com/help).", false},
		// Twins: still material.
		{"twin: how to opt out", "Marketing",
			"We send you marketing emails about our products.",
			"We send you marketing emails about our products. To learn how to opt out, see our [Help Center](https://example.com/help).", true},
		{"twin: how we act", "Sharing",
			"We share your data with service providers.",
			"We share your data with service providers. To learn how to see how we sell your data to advertisers, see our [Help Center](https://example.com/help).", true},
		{"twin: the notice period beside the pointer", "Changes to our Privacy Statement",
			"We will provide notice of material changes at least 30 days prior to the change taking effect. We encourage Users to [watch](/watch) our repository.",
			"We will provide notice of material changes at least 7 days prior to the change taking effect. We encourage Users to watch our repository. To learn how to watch a repository, see \"[Watching](/watch).\"", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
