package material

import "testing"

// TestCookieTermsOfArt: a cookie policy's words of art said another way
// are the same trackers. Who runs a third party's cookie, "operated by" or
// "controlled by" (b52-03), and the trackers a site may set unasked,
// "essential" or "strictly necessary" (ePrivacy Directive Art. 5(3),
// b52-16). Another party running them, or a limit put on them, is still
// material.
func TestCookieTermsOfArt(t *testing.T) {
	const h = "Cookies"
	rb := Builtin()
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"b52-03 shape", "Third-party cookies are controlled by third parties, mostly for advertising and analytics.",
			"Third-party cookies are operated by third parties, mostly for advertising and analytics.", false},
		{"operated to controlled", "Some cookies on our website are operated by our analytics partners.",
			"Some cookies on our website are controlled by our analytics partners.", false},
		{"b52-16 shape", "These cookies are essential to provide you with the website, so you cannot decline them.",
			"These cookies are strictly necessary to provide you with the website, so you cannot decline them.", false},
		{"category named", "We set strictly necessary cookies without asking for your consent.",
			"We set essential cookies without asking for your consent.", false},
		// Twins: another party, or a limit of which trackers.
		{"another operator", "Third-party cookies are operated by Google Analytics.",
			"Third-party cookies are operated by Hotjar.", true},
		{"only essential dropped", "We only use essential cookies on this website.",
			"We use essential cookies and advertising cookies on this website.", true},
		{"essential to analytics", "These cookies are essential to provide the website, so you cannot decline them.",
			"These cookies help us measure how the website is used, so you cannot decline them.", true},
	} {
		rep, _, why := judgeEdit(rb, h, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
