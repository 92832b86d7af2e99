package material

import (
	"strings"
	"testing"
)

// TestHundredPercent: "100%" before an adjective is a degree, the one
// "completely" (fully, entirely, totally) says: "no method is 100%
// secure" is "no method is completely secure". Its twins stay material:
// another percentage, the degree dropped ("100% secure" → "secure"), a
// lesser degree ("highly secure"), and a percentage of something counted.
func TestHundredPercent(t *testing.T) {
	rb := Builtin()
	const old = "However, no method of transmission over the internet, or method of electronic storage, is 100% secure. Therefore, we cannot guarantee its absolute security."
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"How we protect your information", old, strings.Replace(old, "100% secure", "completely secure", 1), false},
		{"Security", old, strings.Replace(old, "100% secure", "fully secure", 1), false},
		{"Security", "We cannot promise that our systems are entirely secure.", "We cannot promise that our systems are 100 percent secure.", false},
		{"Security", "We cannot guarantee that the information you give us is totally accurate.", "We cannot guarantee that the information you give us is 100% accurate.", false},

		{"Security", old, strings.Replace(old, "100% secure", "99% secure", 1), true},
		{"Security", old, strings.Replace(old, "is 100% secure", "is secure", 1), true},
		{"Security", "Our systems are 100% secure.", "Our systems are highly secure.", true},
		{"Retention", "We delete 100% of backups within 30 days.", "We delete most backups within 30 days.", true},
		{"Retention", "We delete 100% of backups within 30 days.", "We delete 90% of backups within 30 days.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestHundredPercentText: only a degree the other side says is written
// as "completely"; a quantity of something counted is left.
func TestHundredPercentText(t *testing.T) {
	for _, tc := range []struct{ s, other, want string }{
		{"is 100% secure.", "is completely secure.", "is completely secure."},
		{"is one hundred percent secure", "is fully secure", "is completely secure"},
		{"is 100%-secure", "is totally secure", "is completely secure"},
		{"is 100% secure", "is 99% secure", "is 100% secure"},
		{"is 100% secure", "is secure", "is 100% secure"},
		{"100% of requests", "all requests", "100% of requests"},
	} {
		if got := hundredPercent(tc.s, tc.other); got != tc.want {
			t.Errorf("hundredPercent(%q, %q) = %q, want %q", tc.s, tc.other, got, tc.want)
		}
	}
}
