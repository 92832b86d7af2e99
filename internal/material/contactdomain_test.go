package material

import (
	"strings"
	"testing"
)

// TestContactAddressTraded: an address at a domain the policy never named
// is another party to write to, where no word of a category stands beside
// it (rt's probe of the OmniOps seed: "Email: hello@omniops.co.uk" under
// the controller's name traded for "privacy@omni-group-legal.com" read
// "not about personal data"). The same address recapitalised is the same.
func TestContactAddressTraded(t *testing.T) {
	rb := Builtin()
	doc := "# Legal\n\n## Data Controller\n\nThe data controller responsible for your personal information is:\n\n## Omniops Ltd\n\nEmail: hello@omniops.co.uk\n\n## Privacy Inquiries\n\nFor privacy questions, email hello@omniops.co.uk.\n"
	rep, _, why := judgeText(rb, doc, strings.Replace(doc, "Email: hello@omniops.co.uk\n", "Email: privacy@omni-group-legal.com\n", 1))
	if !rep.Material {
		t.Errorf("another domain: minor, want material: %v", why)
	}
	rep, _, why = judgeText(rb, doc, strings.Replace(doc, "Email: hello@omniops.co.uk\n", "Email: Hello@OmniOps.co.uk\n", 1))
	if rep.Material {
		t.Errorf("recapitalised: material, want minor: %v", why)
	}
	if emailDomainTraded("see icon@2.00x.png", "see icon@3.00x.png") {
		t.Error("an image's name read as an address")
	}
}
