package material

import "testing"

// TestCookieRowRelabelled: a cookie table's row whose category is given
// another name of the same category, its description the same, lists the
// same cookies (b52-32); another category named, or the description
// changed, is still read.
func TestCookieRowRelabelled(t *testing.T) {
	rb := Builtin()
	const h = "How we use cookies"
	const head = "| Category of cookies | Why we use these cookies |\n| --- | --- |\n"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"b52-32 shape", head + "| Performance | We use these cookies to learn how you use our site. Fo  <br>r example, which features are popular. |",
			head + "| Performance & Analytics | We use these cookies to learn how you use our site.  <br>For example, which features are popular. |", false},
		{"functionality", head + "| Functionality | These cookies remember your language and region. |",
			head + "| Preferences | These cookies remember your language and region. |", false},
		{"targeting", head + "| Targeting cookies | These cookies help us show you relevant ads on other websites. |",
			head + "| Advertising cookies | These cookies help us show you relevant ads on other websites. |", false},
		// Twins: another category named, or the description changed.
		{"another category", head + "| Performance | We use these cookies to learn how you use our site. |",
			head + "| Performance & Advertising | We use these cookies to learn how you use our site. |", true},
		{"description changed", head + "| Performance | We use these cookies to learn how you use our site. |",
			head + "| Performance & Analytics | We use these cookies to learn how you use our site and to show you ads. |", true},
	} {
		rep, _, why := judgeEdit(rb, h, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
