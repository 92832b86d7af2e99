package material

import (
	"strings"
	"testing"
)

// TestDocAlternatives: a document named with another name of its kind
// beside it ("privacy policies / notices", "privacy policy or statement")
// is the same document (b17-18). A name of another kind, another party's
// document, or what is said of it changed, stays material.
func TestDocAlternatives(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"Other than as disclosed in this Privacy Notice, OKX does not share your Personal Data with any other third parties unless required to do so by law or legal obligation. This Site may contain links to other third-party websites where their own privacy policies may apply, and OKX is not responsible for the privacy policies of such third-party websites.",
			"Other than as disclosed in this Privacy Notice, OKX does not share your Personal Data with any other third parties unless required to do so by law or legal obligation. This Site may contain links to other third-party websites where their own privacy policies / notices may apply, and OKX is not responsible for the privacy policies / notices of such third-party websites.", false},
		{"Our Services may link to third-party websites. We are not responsible for the privacy policy of any third-party website.",
			"Our Services may link to third-party websites. We are not responsible for the privacy policy or statement of any third-party website.", false},
		{"Please read the privacy notices of these partners before you share information with them.",
			"Please read the privacy notices/policies of these partners before you share information with them.", false},
		// Another kind of document, another party, another thing said.
		{"Our Services may link to third-party websites. We are not responsible for the privacy policies of such websites.",
			"Our Services may link to third-party websites. We are not responsible for the privacy policies / security practices of such websites.", true},
		{"Our Services may link to third-party websites. We are not responsible for the privacy policies of such websites.",
			"Our Services may link to third-party websites. We are not responsible for the privacy policies / notices of such websites or of our partners.", true},
		{"Our Services may link to third-party websites, where their own privacy policies apply.",
			"Our Services may link to third-party websites, where their own privacy policies / notices do not apply.", true},
		{"We share your data with partners, whose privacy policies apply to it.",
			"We share your data with partners and advertisers, whose privacy policies or notices apply to it.", true},
	} {
		rep, _, why := judgeEdit(rb, "To Whom We Might Disclose Personal Data", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
