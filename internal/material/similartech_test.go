package material

import "testing"

// TestSimilarTechnologies: "cookies" said again as "cookies and similar
// technologies" names no new tracker (b52-37); a technology named beside
// cookies is one.
func TestSimilarTechnologies(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b52-37 shape", "Your Choices", "You have choices on how LinkedIn uses cookies. If you limit the ability of LinkedIn to use cookies, you may worsen your experience.",
			"You have choices on how LinkedIn uses cookies and similar technologies. If you limit the ability of LinkedIn to set cookies and similar technologies, you may worsen your experience.", false},
		{"other similar tools", "Cookies", "You can block cookies in your browser settings.",
			"You can block cookies and other similar tools in your browser settings.", false},
		{"dropped", "Managing cookies", "Most browsers let you refuse cookies or similar technologies.",
			"Most browsers let you refuse cookies.", false},
		// Twins: a technology named.
		{"fingerprinting", "Cookies", "We use cookies to remember your preferences.",
			"We use cookies and device fingerprinting to remember your preferences.", true},
		{"pixels named", "Cookies", "We use cookies to measure our campaigns.",
			"We use cookies and similar technologies such as tracking pixels from advertising partners to measure our campaigns.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
