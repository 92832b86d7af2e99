package material

import "testing"

// TestBrowserCookies: "browser cookies", "web cookies" and "HTTP cookies"
// are cookies, the modifier restating what a cookie is (b68-37). Another
// kind named ("Flash cookies"), or a kind dropped from a list, stays
// material.
func TestBrowserCookies(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b68-37", "Your Privacy Choices",
			"• Cookies: Most web browsers are set to accept cookies by default. If you prefer, you can usually choose to set your browser to remove or reject browser cookies.",
			"• Cookies: Most web browsers accept cookies by default. If you'd prefer, you can usually set your browser to remove or reject cookies.", false},
		{"web cookies added", "Cookies and similar technologies",
			"We use cookies to help give you the best experience on our websites.",
			"We use web cookies to help give you the best experience on our websites.", false},
		{"HTTP cookies", "Cookies",
			"You can decline cookies by activating the setting on your browser that enables you to decline the cookies.",
			"You can decline HTTP cookies by activating the setting on your browser that enables you to decline them.", false},
		// Twins: still material.
		{"twin: flash cookies", "Cookies and similar technologies",
			"We use cookies to help give you the best experience on our websites.",
			"We use Flash cookies to help give you the best experience on our websites.", true},
		{"twin: pixels added", "Cookies and similar technologies",
			"We use browser cookies to help give you the best experience on our websites.",
			"We use cookies and tracking pixels to help give you the best experience on our websites.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
