package material

import (
	"strings"
	"testing"
)

// A tool the author engages, by its name or its product's ("npm uses
// HubSpot to …", "The npm website uses Optimizely to …"), is a party the
// data goes to, though the sentence also says data is collected
// (npm-035, npm-012); a product data comes from is not.
func TestAuthorEngagesTool(t *testing.T) {
	rb := Builtin()
	const old = "# Privacy\n\n## Tools\n\nWe use cookies to keep you signed in.\n"
	for _, tc := range []struct{ added, want string }{
		{"npm uses HubSpot to track which parts of npm websites you visit. We also use HubSpot to collect data from forms on our website.", "recipients"},
		{"The npm website uses Optimizely to test the effects of changes to the npm website on users' browsing experiences.", "recipients"},
		{"We collect your heart rate from Fitbit.", "data"},
	} {
		rep, cats, why := judgeText(rb, old, old+"\n"+tc.added+"\n")
		if !rep.Material || !cats[tc.want] || len(cats) != 1 {
			t.Errorf("%q: material=%v %v, want %s: %s", tc.added, rep.Material, cats, tc.want, strings.Join(why, "; "))
		}
	}
}
