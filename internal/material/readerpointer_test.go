package material

import (
	"strings"
	"testing"
)

// TestReaderPointer holds the sentence b22-18 adds in other words: a
// pointer to more information written with the reader as its subject
// ("You can find more information in our Cookie Policy", "You can learn
// more about these rights in our Privacy Report") only points, as "For
// more information, see our Cookie Policy" does: its "can" is the
// reader's, of finding the page. A sentence that gives the reader a way
// to act ("You can find a form to delete your data …", "You can opt out
// …"), or says what we do, is no pointer.
func TestReaderPointer(t *testing.T) {
	rb := Builtin()
	const heading = "Your rights"
	const old = "- Request deletion of personal information we collect or maintain;\n- Opt out of any sale of personal information."
	for _, tc := range []struct {
		name, add string
		material  bool
	}{
		{"find more information", "You can find more information in [our Privacy Report](https://example.com/report).", false},
		{"learn more", "You can learn more about these rights in our [Privacy Center](https://example.com/privacy).", false},
		{"also read more", "You may also read more about these rights in our [FAQ](https://example.com/faq).", false},
		{"detailed metrics", "You can find detailed metrics about our compliance with these rights in [our Privacy Report](https://example.com/report).", false},
		// twins: a way to act, or what we do
		{"a form", "You can find a form to request deletion in [our Privacy Center](https://example.com/privacy).", true},
		{"opt out", "You can opt out of any sale of personal information in our [settings](https://example.com/settings).", true},
		{"how we sell", "You can find more information about how we sell personal information in [our Privacy Report](https://example.com/report).", true},
		{"we share", "You can find more information in [our Privacy Report](https://example.com/report), and we may share these requests with advertisers.", true},
	} {
		rep, _, why := judgeEdit(rb, heading, old, old+"\n\n"+tc.add)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
