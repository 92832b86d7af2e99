package material

import (
	"strings"
	"testing"
)

// TestLinkWordsRead: a link's title is read as words of its sentence when
// it is not a page's name, and "here" that was a link is no page-less
// word. Each was minor ("Only the title of a link to a page of the same
// site changed", "“this site” written with the address it spoke of"),
// found by the fallback fixer of 2026-12-03. Twins stay minor: a page's
// name retitled, "this site" given the address it spoke of.
func TestLinkWordsRead(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Sharing", "We share device identifiers with our [partners](https://acme.example/partners).", "We share device identifiers with our [advertisers](https://acme.example/partners).", true},
		{"Sharing", "We may share data with [our partners](https://acme.example/partners).", "We may share data with [our partners and advertisers](https://acme.example/partners).", true},
		{"Verification", "We may ask for [photo verification](https://acme.example/verify).", "We may ask for [photo verification or ID verification](https://acme.example/verify).", true},
		{"Disputes", "If you have an unresolved privacy complaint, visit [here](https://feedback-form.truste.com/watchdog/request).", "If you have an unresolved privacy complaint, visit https://www.bbbprograms.org/x.", true},
		// Twins: a page's name in title case; "this site" that was no link.
		{"Cookies", "You can find out more about the cookies we use in our [Cookie Policy](https://example.com/cookies).", "You can find out more about the cookies we use in our [Cookie Notice](https://example.com/legal/cookies).", false},
		{"Sales", "To opt out of the sale of your information, visit our [Do Not Sell My Personal Information page](https://acme.example/optout).", "To opt out of the sale of your information, visit our [Do Not Sell or Share My Information page](https://acme.example/optout).", false},
		{"Opt out", "To opt out, visit this site and follow its steps.", "To opt out, visit [https://www.iabprivacy.com/optout.html](https://www.iabprivacy.com/optout.html) and follow its steps.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
