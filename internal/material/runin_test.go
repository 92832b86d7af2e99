package material

import (
	"strings"
	"testing"
)

// TestRunInHeading holds b10-15 ("**With service providers.** We share
// …" → "#### With service providers" over "We share …") in other words: a
// bold lead of a paragraph made a heading of its own, or a heading made
// the bold lead of its paragraph, with the same words, moves no text out
// of its section. Another heading, or other text under it, still counts.
func TestRunInHeading(t *testing.T) {
	rb := Builtin()
	const share = "We share User Personal Information with a limited number of service providers who process it on our behalf to provide or improve our Service."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b10-15", "How we share the information we collect",
			"**With service providers.** " + share,
			"#### With service providers\n" + share, false},
		{"a heading made a bold lead", "How we use your data",
			"### Analytics\n\nWe count visits to our pages with Plausible, which sets no cookies.",
			"**Analytics.** We count visits to our pages with Plausible, which sets no cookies.", false},
		{"a lead with a colon", "How we use your data",
			"**Marketing:** We send you newsletters only with your consent.",
			"#### Marketing\n\nWe send you newsletters only with your consent.", false},
		{"the text under it changed too", "How we use your data",
			"**Marketing:** We send you newsletters only with your consent.",
			"#### Marketing\n\nWe send you newsletters unless you opt out.", true},
		{"a numbered lead made a setext heading (real: Mailjet)", "Mailjet Privacy Policy",
			"**4\\. How do we use your data?**  \nWe use your data to provide our services.",
			"4\\. How do we use your data?\n----------------------------\n\nWe use your data to provide our services.", false},
		{"another heading", "How we share the information we collect",
			"**With service providers.** " + share,
			"#### With advertising partners\n" + share, true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
		// The reason quotes the heading as a reader sees it: "4. How do
		// we use your data?", not its Markdown escape "4\.".
		if why := strings.Join(why, "; "); strings.ContainsAny(why, "\\*#") {
			t.Errorf("%s: the reason quotes Markdown: %s", tc.name, why)
		}
	}
}
