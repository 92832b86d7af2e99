package material

import (
	"strings"
	"testing"
)

// TestBreaksMoved: paragraphs whose breaks moved, as many on each side,
// whose words read together are the same (or the same letters, a word
// joined or split): the printed lines of a policy taken from a PDF, a
// word carried to the next line. The twins stay material: a word changed
// as the break moves, and words carried from one list item to the next.
func TestBreaksMoved(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Your California Privacy Rights", "Only if using device to capture,\n\naudio, photo or video with the\n\nServices as part of\n\nusergenerated content.",
			"Only if using device to capture,\n\naudio, photo or video with the\n\nServices as part of user\n\ngenerated content.", false},
		{"Information we collect", "We collect your name and\n\nemail address when you register.", "We collect your name\n\nand email address when you register.", false},
		{"Information we collect", "We collect your name and email address when you\n\nregister. We do not sell it.", "We collect your name and email address when you register.\n\nWe do not sell it.", false},

		// a word changed as the break moved
		{"Information we collect", "We collect your name and\n\nemail address when you register.", "We collect your name\n\nand phone number when you register.", true},
		{"Information we collect", "We collect your name and email address when you\n\nregister. We do not sell it.", "We collect your name and email address when you register.\n\nWe sell it.", true},
		// an address changed as the break moved
		{"Contact", "You can ask us to delete your data by writing to us\n\nat privacy@example.com or by post.", "You can ask us to delete your data by writing to us at\n\nmarketing@example.com or by post.", true},
		// words carried from one list item to the next
		{"Information we collect", "- Contact details: name and email\n- Usage data: pages visited", "- Contact details: name\n- and email Usage data: pages visited", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

func TestSameUnspaced(t *testing.T) {
	for _, c := range []struct {
		a, b []string
		want bool
	}{
		{[]string{"We keep it for", "30 days."}, []string{"We keep it", "for 30 days."}, true},
		{[]string{"We keep it\u00a0for ", " 30 days."}, []string{"We keep it for 30", "days."}, true},
		{[]string{"We keep it for", "30 days."}, []string{"We keep it for", "45 days."}, false},
		{[]string{"We keep it for", "30 days."}, []string{"We keep it for", "30 days. More"}, false},
		{[]string{"", "a b"}, []string{"ab", ""}, true},
		{[]string{"é"}, []string{"e"}, false},
	} {
		if got := sameUnspaced(c.a, c.b); got != c.want {
			t.Errorf("sameUnspaced(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
