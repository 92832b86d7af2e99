package material

import "testing"

// TestDenialsMerged: two denials merged under one negation deny the same
// things (b72-30); a thing no longer denied, or newly denied, is a change.
func TestDenialsMerged(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b72-30", "Do Not Sell or Share My Personal Information", `We do not sell your personal information to third parties. We do not "share" your personal information for cross-context behavioral advertising.`,
			`We do not sell your personal information to third parties or "share" it for cross-context behavioral advertising.`, false},
		{"neither nor", "Do Not Sell or Share My Personal Information", `We do not sell your personal information to third parties. We do not "share" your personal information for cross-context behavioral advertising.`,
			`We neither sell your personal information to third parties nor "share" it for cross-context behavioral advertising.`, false},
		{"split", "Data Storage", "omnie does not store or maintain customer data independently.", "omnie does not store customer data independently. It does not maintain it either.", false},
		{"never", "Marketing", "We never rent your email address to advertisers. We never sell it to them.", "We never rent or sell your email address to advertisers.", false},
		// Twins: a denial lost or gained.
		{"and, not or", "Do Not Sell", "We do not sell your personal information. We do not share your personal information.", "We do not sell your personal information and share it with partners.", true},
		{"denial dropped", "Do Not Sell", "We do not sell or share your personal information.", "We do not sell your personal information. We share it with partners.", true},
		{"without added (b25-28)", "Use", "We will not sell your data or use it for other purposes.", "We will not sell your data or use it for other purposes without your consent.", true},
		{"denial added", "Do Not Sell", "We do not sell your personal information. We share it with partners.", "We do not sell or share your personal information.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
