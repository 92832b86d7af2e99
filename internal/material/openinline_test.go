package material

import (
	"strings"
	"testing"
)

// TestOpenedInline: words ending in "including" (or "such as", "among
// others") put before a list of names the sentence gave whole let it stand
// for more than it names. "made up of Omnis Software Ltd., Omnis Software
// France and Omnis Software Germany GmbH" → "made up of companies including
// …" read "Wording not about personal data" in the whole policy (b308-11,
// a miss): the group within which the policy shares data now has members
// it does not name. Twins: the same words before one name, and a list
// given whole on both sides.
func TestOpenedInline(t *testing.T) {
	rb := Builtin()
	doc := func(line string) string {
		return "## Privacy & Cookies Policy\n\nIf you don’t want to read all the detail, here are the things we think you’d really want to know:\n\n" + line +
			"\n  • Your personal information is, where appropriate, shared within the Omnis Software Group.\n"
	}
	const old = "  • The Omnis Software Group is currently made up of Omnis Software Ltd., Omnis Software France and Omnis Software Germany GmbH"
	for _, tc := range []struct {
		name, new string
		want      bool
	}{
		{"companies including (b308-11)", strings.Replace(old, "made up of ", "made up of companies including ", 1), true},
		{"twin: the list given whole, a word put before it", strings.Replace(old, "made up of ", "made up of the companies ", 1), false},
	} {
		rep, _, why := judgeText(rb, doc(old), doc(tc.new))
		if rep.Material != tc.want {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.want, strings.Join(why, "; "))
		}
	}
	for _, tc := range []struct{ old, new string }{
		{"We work with Acme Ltd.", "We work with companies including Acme Ltd."},
		{"We work with Acme Ltd. and its partners", "We work with companies including Acme Ltd. and its partners"},
		{"made up of A Ltd., B SAS and C GmbH", "made up of A Ltd., B SAS, C GmbH and others"},
	} {
		if d, m := openedInline(tc.old, tc.new); d != 0 {
			t.Errorf("openedInline(%q, %q) = %d %q, want 0", tc.old, tc.new, d, m)
		}
	}
}
