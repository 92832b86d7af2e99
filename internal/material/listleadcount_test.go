package material

import (
	"strings"
	"testing"
)

// TestCountAloneOfList: a lead-in that only puts in how many items the
// list under it has ("in the following circumstances:" → "in the
// following five circumstances:", b268-34; "The companies which make up
// the group are:" → "The three companies …", b268-11) names the same
// items. A count the list does not bear out is still for a reviewer.
func TestCountAloneOfList(t *testing.T) {
	rb := Builtin()
	const list = "\n\n- With service providers who host our systems.\n- With payment processors.\n- With your consent.\n"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"the following three circumstances, three listed", "We may share your information in the following circumstances:",
			"We may share your information in the following three circumstances:", false},
		{"the three companies, three listed", "The companies which make up the group currently are:",
			"The three companies which make up the group currently are:", false},
		{"the following four circumstances, three listed", "We may share your information in the following circumstances:",
			"We may share your information in the following four circumstances:", true},
		{"the four companies, three listed", "The companies which make up the group currently are:",
			"The four companies which make up the group currently are:", true},
	} {
		doc := func(lead string) string { return "# Privacy\n\n## Sharing\n\n" + lead + list }
		rep, _, why := judgeText(rb, doc(tc.old), doc(tc.new))
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestCountWordsRestated: "most" is "nearly all" (b268-38), "all" is
// "without exception" (b272-05); "all" for "nearly all", and "with
// exceptions" for "all", are not.
func TestCountWordsRestated(t *testing.T) {
	runRestated(t, []restatedCase{
		{"nearly all (b268-38)", "Cookies",
			"Cookies: Most web browsers automatically accept cookies, but you can change your settings.",
			"Cookies: Nearly all web browsers automatically accept cookies, but you can change your settings.", false},
		{"without exception (b272-05)", "Security",
			"  • MFA for all internal staff accounts.", "  • MFA for internal staff accounts without exception.", false},
		{"with exceptions", "Security",
			"  • MFA for all internal staff accounts.", "  • MFA for internal staff accounts, with exceptions.", true},
		{"all for nearly all", "Security",
			"We encrypt nearly all of the data we store.", "We encrypt all of the data we store.", true},
	})
}

// TestPurposeForAdded: "To analyze usage patterns and improve the Service"
// → "To analyze usage patterns for underwriting and to improve …" names
// what the patterns now serve (b271-33, a miss). The twins put in only
// grammar.
func TestPurposeForAdded(t *testing.T) {
	const old = "  • To analyze usage patterns and improve the Service's functionality and performance."
	runRestated(t, []restatedCase{
		{"for underwriting (b271-33)", "How We Use Your Information", old,
			"  • To analyze usage patterns for underwriting and to improve the Service's functionality and performance.", true},
		{"for premium pricing", "How We Use Your Information", old,
			"  • To analyze usage patterns for premium pricing and to improve the Service's functionality and performance.", true},
		{"and to improve", "How We Use Your Information", old,
			"  • To analyze usage patterns and to improve the Service's functionality and performance.", false},
		{"for that, grammar only", "How We Use Your Information", old,
			"  • To analyze usage patterns for that and to improve the Service's functionality and performance.", false},
	})
}
