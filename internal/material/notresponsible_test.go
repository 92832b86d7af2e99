package material

import "testing"

// TestNotResponsible: a name added to the others whose practices the
// author disclaims gives them no data (b53-47). Material twins: the same
// name added to a sentence that shares data, or to one that disclaims
// nothing.
func TestNotResponsible(t *testing.T) {
	rb := Builtin()
	const pre = "**Linked Services.** Fox News is not responsible for the privacy practices of unaffiliated companies. In addition, Fox News is not responsible for the privacy or data security practices of other organizations, such as "
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b53-47", "6) Other Important Information",
			pre + "Facebook, Twitter, Apple, Google, Microsoft or any other app developer, including in connection with any information you disclose to other organizations.",
			pre + "Facebook, Instagram, Twitter, Apple, Google, Microsoft or any other app developer, including in connection with any information you disclose to other organizations.", false},
		{"no control over, removed", "Third-party sites",
			"We have no control over the practices of third-party services such as Snapchat, TikTok and Pinterest.",
			"We have no control over the practices of third-party services such as TikTok and Pinterest.", false},
		// Material twins.
		{"twin: shared with", "Sharing",
			"We share your viewing history with advertising partners, such as Facebook and Twitter.",
			"We share your viewing history with advertising partners, such as Facebook, Instagram and Twitter.", true},
		{"twin: no longer disclaimed", "6) Other Important Information",
			pre + "Facebook, Twitter, Apple or any other app developer.",
			"**Linked Services.** Fox News is not responsible for the privacy practices of unaffiliated companies. In addition, Fox News shares your information with other organizations, such as Facebook, Instagram, Twitter, Apple or any other app developer.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
