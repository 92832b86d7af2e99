package material

import "testing"

// TestReaderAbility: what the reader (or the reader's browser) is able to
// do, said as "can", "is able to", "has the ability to", "is capable of",
// "lets you", "enables you to" or "allows you to", is one permission; and
// a "them" that refers back to the noun the other side repeats in its
// place ("decline the cookies" → "refuse them" after "refusing cookies")
// names the same thing (b22-35). Twins stay material: the ability taken
// away, made a duty, a condition or a tracker added, "let you know" (which
// tells, and permits nothing) traded for a permission, and a "them" that
// may stand for more than the noun it replaces.
func TestReaderAbility(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"lets you", "Cookies",
			"All computers have the ability to decline cookies.",
			"Every computer lets you refuse cookies.", false},
		{"capable of", "Cookies",
			"Your browser has the ability to block cookies.",
			"Your browser is capable of blocking cookies.", false},
		{"let you", "Cookies",
			"You can block cookies in your browser settings.",
			"Your browser settings let you block cookies.", false},
		{"enables you to", "Cookies",
			"Your browser allows you to delete cookies.",
			"Your browser enables you to delete cookies.", false},
		{"them, b22-35", "Cookies",
			"All computers have the ability to decline cookies. This can be done by activating the setting on your browser that enables you to decline the cookies. Please note that should you choose to decline cookies, you may be unable to access particular areas of our website.",
			"Every computer is capable of refusing cookies: simply switch on the browser setting that lets you refuse them. Please note that should you choose to decline cookies, you may be unable to access particular areas of our website.", false},
		// Twins: still material.
		{"twin: cannot", "Cookies",
			"All computers have the ability to decline cookies.",
			"You cannot refuse cookies.", true},
		{"twin: a condition", "Cookies",
			"All computers have the ability to decline cookies.",
			"Every computer lets you refuse cookies if you are logged in.", true},
		{"twin: a tracker excepted", "Cookies",
			"Your browser lets you refuse cookies.",
			"Your browser lets you refuse cookies, except Google Analytics cookies.", true},
		{"twin: a duty", "Cookies",
			"Your browser lets you refuse cookies.",
			"Your browser will refuse cookies.", true},
		{"twin: capable of, dropped", "Security",
			"Our systems are capable of detecting fraud.",
			"Our systems detect fraud.", true},
		{"twin: let you know is no permission", "Cookies",
			"We let you know when we update cookies.",
			"We let you refuse cookies.", true},
		{"twin: will let you know weakened", "Notice",
			"We will let you know of any changes by email.",
			"We may let you know of any changes by email.", true},
		{"twin: them after a list", "Retention",
			"We collect your photos and videos. We delete the photos after 30 days.",
			"We collect your photos and videos. We delete them after 30 days.", true},
		{"twin: them with no noun before", "Cookies",
			"You can refuse the cookies in your settings.",
			"You can refuse them in your settings.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
