package material

import (
	"strings"
	"testing"
)

// TestDefinitionForm: a definition set off another way, in brackets, after
// "that is" or "i.e." between commas, or in a sentence of its own that
// says what the term is, defines the same (b13-34, b13-46). A definition
// that names more, a party, or a sentence that changes beside it, stays
// material.
func TestDefinitionForm(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Information we collect automatically", "When you use the app, we collect your device identifier (i.e. the advertising ID assigned by your phone's operating system) to measure the success of our campaigns.",
			"When you use the app, we collect your device identifier, that is, the advertising ID assigned by your phone's operating system, to measure the success of our campaigns.", false},
		{"Information we collect automatically", "We collect your IP address (that is, the number that identifies your device on the internet).",
			"We collect your IP address, i.e. the number that identifies your device on the internet.", false},
		{"Our website", "We use a content delivery network (a group of servers that deliver web pages faster) to show you our website.",
			"We use a content delivery network to show you our website. A content delivery network is a group of servers that deliver web pages faster.", false},
		{"Cookies", "We use session cookies (small files that are deleted when you close your browser) to keep you signed in.",
			"We use session cookies to keep you signed in. Session cookies are small files that are deleted when you close your browser.", false},
		// More defined, a party named, the sentence beside it changed.
		{"Information we collect automatically", "When you use the app, we collect your device identifier (i.e. the advertising ID assigned by your phone's operating system) to measure the success of our campaigns.",
			"When you use the app, we collect your device identifier, that is, the advertising ID and the IP address of your phone, to measure the success of our campaigns.", true},
		{"Our website", "We use a content delivery network (a group of servers that deliver web pages faster) to show you our website.",
			"We use a content delivery network to show you our website. A content delivery network is a group of servers, run by Cloudflare, that deliver web pages faster.", true},
		{"Our website", "We use a content delivery network (a group of servers that deliver web pages faster) to show you our website.",
			"We use a content delivery network to show you our website and to measure your visits. A content delivery network is a group of servers that deliver web pages faster.", true},
		{"Our website", "We use a content delivery network (a group of servers that deliver web pages faster) to show you our website.",
			"We use a content delivery network to show you our website. A content delivery network is a group of servers that deliver web pages faster and record your IP address.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
