package material

import (
	"strings"
	"testing"
)

// TestPresentDenial: a denial limited to the present promises nothing of
// tomorrow (rt's probe of the omnie seed, "does not currently
// independently host", read "not about personal data"); "currently" in a
// statement of fact is no force.
func TestPresentDenial(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"omnie seed", "Overview", "omnie operates within client-managed systems and does not independently host or control customer data.",
			"omnie operates within client-managed systems and does not currently independently host or control customer data.", true},
		{"at present", "AI", "We do not use your conversations to train our models.", "We do not at present use your conversations to train our models.", true},
		{"currently we do not", "Selling", "We do not sell personal information.", "We currently do not sell personal information.", true},
		{"a fact stays a fact", "Processors", "We use Stripe to process payments.", "We currently use Stripe to process payments.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}

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
