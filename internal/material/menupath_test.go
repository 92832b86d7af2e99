package material

import (
	"strings"
	"testing"
)

// TestMenuPath: a path through an app's menus ("under Settings >
// Privacy", b75-06) names screens, not a tracker or a party: it was
// reported as "New tracker: Settings Privacy". The twins name a company in
// the path or beside it, and stay new parties.
func TestMenuPath(t *testing.T) {
	rb := Builtin()
	const old = "You can control your cookie preferences through your browser settings."
	for _, tc := range []struct {
		name, new, want string
		named           bool
	}{
		{"labels", "You can control your cookie preferences through your browser settings (in most browsers, under Settings > Privacy).", "Settings", false},
		{"three labels", "You can control your cookie preferences through your browser settings or under Settings > Privacy > Cookie Preferences in your account.", "Settings", false},
		{"a company in the path", "You can control your cookie preferences through your browser settings or under Settings > Integrations > Hotjar in your account.", "Hotjar", true},
		{"a company beside it", "You can control your cookie preferences through your browser settings (under Settings > Privacy), where Hotjar's cookies are listed.", "Hotjar", true},
	} {
		_, _, why := judgeEdit(rb, "Cookies", old, tc.new)
		all := strings.Join(why, "; ")
		got := strings.Contains(all, ": "+tc.want) || strings.Contains(all, ", "+tc.want)
		if strings.Contains(all, "New tracker: ") || strings.Contains(all, "New recipient: ") {
			got = got && (strings.Contains(all, "New tracker: ") || strings.Contains(all, "New recipient: "))
		} else {
			got = false
		}
		if got != tc.named {
			t.Errorf("%s: %q named as a party or tracker %v, want %v: %s", tc.name, tc.want, got, tc.named, all)
		}
	}
}
