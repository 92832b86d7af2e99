package material

import (
	"strings"
	"testing"
)

// TestBrandForWe: the author's own name put for "we" names the same
// party: the seeds' "We use cookies …" → "OmniOps uses cookies …" was "to
// confirm" on 'omniops' (found by rewording the seeds mechanically).
// Twins: another company put for "we", or the name put beside a new act,
// stay material.
func TestBrandForWe(t *testing.T) {
	rb := Builtin()
	page := func(p string) string {
		return "# Privacy Policy\n\nOmniOps Ltd (“OmniOps”, “we”, “us”) provides managed IT services.\n\n## Cookies\n\n" + p + "\n\n## Contact\n\nWrite to privacy@omniops.example.\n"
	}
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"We use cookies and similar technologies to provide and improve our services.", "OmniOps uses cookies and similar technologies to provide and improve our services.", false},
		{"We retain your personal data for as long as your account is active.", "OmniOps retains your personal data for as long as your account is active.", false},
		{"OmniOps processes your personal data only when it has a legal basis.", "We process your personal data only when we have a legal basis.", false},
		{"We use cookies and similar technologies to provide and improve our services.", "Google uses cookies and similar technologies to provide and improve our services.", true},
		{"We use cookies to provide our services.", "OmniOps uses cookies to provide our services and to show you advertising.", true},
		{"We use cookies to provide our services.", "OmniOps Analytics uses cookies to provide our services.", true},
		// "our" as "we" (b68-21, whole policy); a product named after the
		// author stays another thing.
		{"Our chat widget uses artificial intelligence to generate responses.", "The OmniOps chat widget uses artificial intelligence to generate its responses.", false},
		{"Our chat widget uses artificial intelligence to generate responses.", "The Google chat widget uses artificial intelligence to generate its responses.", true},
		// "our" and "us" (probes of the seeds in their Markdown: 61 of 76
		// "our X" → "OmniOps's X" and 9 of 9 "contact us" → "contact
		// OmniOps" were to confirm).
		{"We use cookies to remember your choices on our website.", "We use cookies to remember your choices on OmniOps's website.", false},
		{"If you have questions, contact us at the address below.", "If you have questions, contact OmniOps at the address below.", false},
		{"If you have questions, contact us at the address below.", "If you have questions, contact Google at the address below.", true},
		{"We share your data with our partners.", "We share your data with Google's partners.", true},
	} {
		rep, _, why := judgeText(rb, page(tc.old), page(tc.new))
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}

// TestBrandForWeByDomain: the OmniOps seed, as the never-seen set writes
// it, names itself only in a heading ("## Omniops Ltd") and its address
// (hello@omniops.co.uk); its name put for "we" is the author all the same.
// Another company's name is not.
func TestBrandForWeByDomain(t *testing.T) {
	rb := Builtin()
	old := "# Legal\n\n## Cookies\n\nWe use cookies and similar technologies to provide and improve our services.\n\n## Data Controller\n\nThe data controller responsible for your personal information is:\n\n## Omniops Ltd\n\nEmail: hello@omniops.co.uk\n"
	if rep, _, why := judgeText(rb, old, strings.Replace(old, "We use cookies", "OmniOps uses cookies", 1)); rep.Material {
		t.Errorf("the author's name for we: material, want minor: %v", why)
	}
	if rep, _, why := judgeText(rb, old, strings.Replace(old, "We use cookies", "Hotjar uses cookies", 1)); !rep.Material {
		t.Errorf("another company for we: minor, want material: %v", why)
	}
}

// TestLowerCaseBrand: a brand written in lower case is found where it
// opens sentences, so the author's name put for "we" names the same party
// in its whole policy (b214-42, b214-46 on the omnie seed: "omnie acts as a
// service provider" → "We act as a service provider" was "to confirm" on
// 'omnie'). Another company put for "we" stays material. (Reads the seeds
// of ../shared; skips without them.)
func TestLowerCaseBrand(t *testing.T) {
	var seed string
	for _, d := range seedDocs(t) {
		if strings.Contains(d, "omnie acts as a service provider") {
			seed = d
		}
	}
	if seed == "" {
		t.Skip("the omnie seed is not in ../shared/materiality/cases")
	}
	rb := Builtin()
	const line = "omnie acts as a service provider (processor) on behalf of its clients."
	for _, tc := range []struct {
		new      string
		material bool
	}{
		{"We act as a service provider (processor) on behalf of our clients.", false},
		{"Zendesk acts as a service provider (processor) on behalf of its clients.", true},
	} {
		rep, _, why := judgeText(rb, seed, strings.Replace(seed, line, tc.new, 1))
		if rep.Material != tc.material {
			t.Errorf("%q: material %v, want %v: %v", tc.new, rep.Material, tc.material, why)
		}
	}
}
