package material

import (
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// TestPointerListEntry: an item that is only a link, added to or taken
// from a list whose lead-in says its items give more information ("The
// following privacy notices provide additional information about some
// Google services:"), points to a notice judged where it is (Google's
// policy in Open Terms Archive, ota-025 to 027: "* [Chrome & the Chrome
// Operating System](…)" was "To confirm (the change-notice policy)").
// Twins: a list of parties data goes to, and an item with words beside
// its link, stay material.
func TestPointerListEntry(t *testing.T) {
	doc := func(lead string, items ...string) []byte {
		return []byte("# Privacy Policy\n\nWe collect information to provide better services.\n\n## Specific services\n\n" + lead + "\n\n" + strings.Join(items, "\n") + "\n\n## Contact\n\nWrite to us.\n")
	}
	const notices = "The following privacy notices provide additional information about some of our services:"
	pay := "* [Payments](https://payments.example.com/privacy)"
	chrome := "* [Chrome & the Chrome Operating System](https://www.example.com/chrome/privacy.html)"
	rb := Builtin()
	for _, tc := range []struct {
		name     string
		old, new []byte
		material bool
	}{
		{"a notice added", doc(notices, pay), doc(notices, chrome, pay), false},
		{"a notice removed", doc(notices, chrome, pay), doc(notices, pay), false},
		{"twin: a list of partners we share data with", doc("We share your data with the following partners, who may use it for more information about you:", pay), doc("We share your data with the following partners, who may use it for more information about you:", "* [Stripe](https://stripe.com/privacy)", pay), true},
		{"twin: words beside the link", doc(notices, pay), doc(notices, chrome+", which now receives your browsing history", pay), true},
	} {
		rep := Classify(redline.Diff(tc.old, tc.new), rb)
		if rep.Material != tc.material {
			var why []string
			for _, v := range rep.Verdicts {
				why = append(why, v.Rule+": "+v.Reason)
			}
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
