package material

import (
	"strings"
	"testing"
)

// TestAttentionIdiomIsTelling holds the family of "bring the changes to
// your attention" said in plain words, "make you aware of the changes",
// "let you know of them": the idiom is the telling, and "attention" names
// nothing of its own (b34-44). What is told, to whom, when and how are
// still compared.
func TestAttentionIdiomIsTelling(t *testing.T) {
	rb := Builtin()
	const notice = "This privacy policy was most recently updated in May 2018. If we make changes to it, then we will take appropriate steps to bring those changes to your attention."
	const pre = "This privacy policy was most recently updated in May 2018. If we change it, we will take appropriate steps to "
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b34-44: make you aware", "Policy change", notice, pre + "make you aware of the changes.", false},
		{"the other way", "Security incidents",
			"If we learn of a breach affecting your personal data, we will promptly make you aware of it.",
			"If we learn of a breach affecting your personal data, we will promptly bring it to your attention.", false},
		// b81-20: the plain telling a word of the notice rules ("tell
		// you about" folds to "notify you regarding").
		{"b81-20: tell you about", "Policy change", notice,
			"This privacy policy was last updated in March 2026. If we change it, we will take suitable steps to tell you about the changes.", false},
		{"notify you of", "Policy change", notice, pre + "notify you of the changes.", false},
		// Material twins.
		{"told about material changes only", "Policy change", notice, pre + "tell you about material changes.", true},
		{"told by email", "Policy change", notice, pre + "tell you about the changes by email.", true},
		{"told to another", "Policy change", notice, pre + "tell your employer about the changes.", true},
		{"told, weaker duty", "Policy change", notice, "This privacy policy was most recently updated in May 2018. If we change it, we may take steps to tell you about the changes.", true},
		{"some of the changes", "Policy change", notice, pre + "make you aware of some of the changes.", true},
		{"only material changes", "Policy change", notice, pre + "make you aware of material changes.", true},
		{"after they take effect", "Policy change", notice, pre + "make you aware of the changes after they take effect.", true},
		{"a weaker duty", "Policy change", notice, "This privacy policy was most recently updated in May 2018. If we change it, we may take appropriate steps to make you aware of the changes.", true},
		{"posted, not told", "Policy change", notice, pre + "post the changes on this page.", true},
		{"another reader", "Policy change", notice, pre + "make our partners aware of the changes.", true},
		{"by phone, not by email", "Policy change",
			"If we make changes to this policy, we will bring those changes to your attention by email.",
			"If we change this policy, we will make you aware of the changes by phone.", true},
		{"a breach told later", "Security incidents",
			"If we learn of a breach affecting your personal data, we will bring it to your attention without undue delay.",
			"If we learn of a breach affecting your personal data, we will make you aware of it within 30 days.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
