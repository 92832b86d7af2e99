package material

import (
	"strings"
	"testing"
)

// TestOpenInclusion: the formulas that say a list is not exhaustive
// ("including, but not limited to", "including without limitation",
// "including (without limitation)", "such as, but not limited to") say
// the same thing, one for another and as a bare "including" does. Their
// twins stay material: the list closed ("limited to", "including only")
// or another item named beside the formula.
func TestOpenInclusion(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"How we use information", "We may use the personal information we obtain for a number of purposes, including, but not limited to: improving our services.", "We may use the personal information we obtain for a number of purposes, including without limitation: improving our services.", false},
		{"Sharing", "We share your data with service providers, including, without limitation, hosting and payment providers.", "We share your data with service providers, including but not limited to hosting and payment providers.", false},
		{"Sharing", "We share your data with service providers including (without limitation) hosting providers.", "We share your data with service providers including, but not limited to, hosting providers.", false},
		{"What we collect", "We collect device data such as, but not limited to, your IP address and browser type.", "We collect device data such as, without limitation, your IP address and browser type.", false},

		{"How we use information", "We may use the personal information we obtain for a number of purposes, including, but not limited to: improving our services.", "We may use the personal information we obtain for a number of purposes, limited to: improving our services.", true},
		{"How we use information", "We may use the personal information we obtain for a number of purposes, including without limitation: improving our services.", "We may use the personal information we obtain for a number of purposes, including only: improving our services.", true},
		{"How we use information", "We may use the personal information we obtain for a number of purposes, including: improving our services.", "We may use the personal information we obtain for a number of purposes, including without limitation: improving our services.", false},
		{"What we collect", "• Your account login details for our services, including your user name and chosen password;", "• Your account login details for our services, including but not limited to your user name and chosen password;", false},
		{"What we collect", "We may collect personal information when you register. This information may include:", "We may collect personal information when you register. Such information may include, without limitation:", false},
		{"What we collect", "• Your account login details for our services, including your user name and chosen password;", "• Your account login details for our services, including but not limited to your user name, chosen password and location;", true},
		{"Sharing", "We share your data with service providers, including, without limitation, hosting providers.", "We share your data with service providers, including but not limited to hosting providers and advertisers.", true},
		{"Sharing", "We share your data with service providers, including, without limitation, hosting providers.", "We share your data with service providers and advertisers, including but not limited to hosting providers.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestOpenInclusionText: each formula is written as the bare word that
// opens the list, in either text; a limit said of anything but a list's
// opening word is left as it stands.
func TestOpenInclusionText(t *testing.T) {
	for _, tc := range []struct{ old, new, wantOld, wantNew string }{
		{"purposes, including, but not limited to: a", "purposes, including without limitation: a", "purposes, including a", "purposes, including a"},
		{"data such as (without limitation) a", "data such as, but not limited to, a", "data such as a", "data such as a"},
		{"which includes, but is not limited to, a", "which includes without limitation a", "which includes a", "which includes a"},
		{"use limited to support", "use without limitation", "use limited to support", "use without limitation"},
		{"including without limitation a", "including a", "including a", "including a"},
		{"", "including, without limitation, a", "", "including a"},
	} {
		if o, n := openInclusion(tc.old, tc.new); o != tc.wantOld || n != tc.wantNew {
			t.Errorf("openInclusion(%q, %q) = %q, %q, want %q, %q", tc.old, tc.new, o, n, tc.wantOld, tc.wantNew)
		}
	}
}
