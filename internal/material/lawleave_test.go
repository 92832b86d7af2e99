package material

import (
	"strings"
	"testing"
)

// TestLawLeave: the law's leave in a clause of condition ("where the law
// permits", "unless the law requires or allows") is the condition
// "permitted by law" states, not a permission the author takes (b37-10);
// "to the extent" is the legal register's "if" (b29-14). The author's
// own "may" and a condition added where there was none are weighed.
func TestLawLeave(t *testing.T) {
	runRestated(t, []restatedCase{
		{"to the extent permitted → where the law permits", "Sharing",
			"To the extent permitted by law, we share data with partners.",
			"Where the law permits, we share data with partners.", false},
		{"allowed by law → the law allows", "Retention",
			"We keep your data for two years, unless a longer period is required or allowed by law.",
			"We keep your data for two years, unless the law requires or allows a longer period.", false},
		{"condition added", "Sharing",
			"We share data with partners.",
			"To the extent permitted by law, we share data with partners.", true},
		{"we may", "Sharing",
			"Where the law permits, we share data with partners.",
			"Where the law permits, we may share data with partners.", true},
	})
}

// TestLawLeaveB2914: "To the extent that you do not wish …" → "If you
// would rather …" adds no condition (b29-14; the edit is still flagged,
// by the fallback reader, for "manner" → "way").
func TestLawLeaveB2914(t *testing.T) {
	_, _, why := judgeEdit(Builtin(), "Privacy Settings",
		"To the extent that you do not wish to have your name shared in this manner, you should not make use of these services.",
		"If you would rather your name were not shared in this way, you should not use these services.")
	for _, w := range why {
		if strings.Contains(w, ".force") {
			t.Errorf("b29-14: %s", w)
		}
	}
}
