package material

import "testing"

// TestEmptyLinks: a heading's anchor, a link whose text is nothing or an
// icon's glyph, shows no words. Bitwarden's page moved its headings'
// anchors out of the headings and back ("### [\ue904](#notice
// "#notice")Notice" → "[\ue904](#notice "#notice")" beside "Notice" as a
// heading of its own), and the glyph glued to the heading's word read as
// a term of transfers and of security (ota-51 007 to 009). Twins: a
// commitment changed beside an anchor; a link with words taken out.
func TestEmptyLinks(t *testing.T) {
	rb := Builtin()
	body := "We share your data with our hosting provider.\n\n"
	glyph := "\ue904"
	for _, tc := range []struct{ name, old, new string }{
		{"an anchor moved out of its heading",
			"# Privacy Policy\n\n### [" + glyph + "](#notice \"#notice\")Notice\n\n" + body,
			"# Privacy Policy\n\n[" + glyph + "](#notice \"#notice\")\n\n### Notice\n\n" + body},
		{"an anchor with no text moved out of its heading",
			"# Privacy Policy\n\n### [](#security \"#security\")Security\n\nWe encrypt your data.\n\n",
			"# Privacy Policy\n\n[](#security \"#security\")\n\nSecurity\n--------\n\nWe encrypt your data.\n\n"},
	} {
		if rep, _, why := judgeText(rb, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material: %v", tc.name, why)
		}
	}
	for _, tc := range []struct{ name, old, new string }{
		{"a commitment changed beside an anchor",
			"# Privacy Policy\n\n[" + glyph + "](#sale)We never sell your data.\n\n",
			"# Privacy Policy\n\n[" + glyph + "](#sale)We may sell your data.\n\n"},
		{"a link with words taken out",
			"# Privacy Policy\n\nWe use [Stripe](https://stripe.com) to take payments.\n\n",
			"# Privacy Policy\n\nWe use [](https://stripe.com) to take payments.\n\n"},
	} {
		if rep, _, why := judgeText(rb, tc.old, tc.new); !rep.Material {
			t.Errorf("%s: minor: %v", tc.name, why)
		}
	}
}
