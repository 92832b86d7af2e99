package material

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// TestReflowSplitParagraph: a paragraph split in two, with the same words
// or a word changed in passing, is one minor change, not a removal and an
// addition.
func TestReflowSplitParagraph(t *testing.T) {
	const old = "# Privacy\n\n## Retention\n\nWe keep your account data while your account is open. When you close it, we delete your data within 30 days, unless the law requires us to keep it longer.\n\n## Contact\n\nWrite to privacy@example.com.\n"
	for _, new := range []string{
		"# Privacy\n\n## Retention\n\nWe keep your account data while your account is open.\n\nWhen you close it, we delete your data within 30 days, unless the law requires us to keep it longer.\n\n## Contact\n\nWrite to privacy@example.com.\n",
		"# Privacy\n\n## Retention\n\nWe keep your account data while your account is open.\n\nWhen you close it, we erase your data within 30 days, unless the law requires us to keep it longer.\n\n## Contact\n\nWrite to privacy@example.com.\n",
	} {
		rep := Classify(redline.Diff([]byte(old), []byte(new)), Builtin())
		if rep.Material {
			t.Errorf("a split paragraph is material: %+v", rep.Verdicts)
		}
		for _, v := range rep.Verdicts {
			if v.Rule != "cosmetic.reflowed" {
				t.Errorf("%s: %s, want cosmetic.reflowed", v.Rule, v.Reason)
			}
		}
	}
}

// TestReflowNotARewrite: a heading and the paragraphs under it are no
// paragraph split or joined. In a real policy's history (Epassi, Open Terms
// Archive) a heading lost its bold and the line under it, naming a joint
// controller, was removed; judged as one change, the two read as a heading
// reworded, and the removal was hidden as "Paragraphs split or joined".
// Text mostly rewritten is no split or join either. Each change keeps its
// own verdict.
func TestReflowNotARewrite(t *testing.T) {
	for _, tc := range []struct{ old, new string }{
		{"# Privacy\n\n### **2\\. JOINT CONTROLLERS AND CONTACT INFORMATION**\n\nJoint controller: Epassi Finland Oy\n\nWe are responsible for your data.\n",
			"# Privacy\n\n### 2\\. JOINT CONTROLLERS AND CONTACT INFORMATION\n\nWe are responsible for your data.\n"},
		{"# Privacy\n\n## Sharing\n\nWe share order data with Stripe to take payments.\n\nWe never sell your data.\n\n## Contact\n\nWrite to us.\n",
			"# Privacy\n\n## Sharing\n\nOur partners may receive your browsing history, and we may sell it to advertisers in the United States.\n\n## Contact\n\nWrite to us.\n"},
	} {
		rep := Classify(redline.Diff([]byte(tc.old), []byte(tc.new)), Builtin())
		var why []string
		for _, v := range rep.Verdicts {
			why = append(why, v.Rule+": "+v.Reason)
			if v.Rule == "cosmetic.reflowed" {
				t.Errorf("judged a split or a join: %s", v.Reason)
			}
		}
		if !rep.Material {
			t.Errorf("minor: %s", strings.Join(why, "; "))
		}
	}
}

func TestSharedWords(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"", "", 1},
		{"a b c d", "a b c d", 1},
		{"a b c d", "a b", 0.5},
		{"a a b", "a b b", 2.0 / 3},
		{"a b c d", "e f", 0},
	} {
		if got := sharedWords(strings.Fields(tc.a), strings.Fields(tc.b)); got != tc.want {
			t.Errorf("sharedWords(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestRenderKeyFastPath: renderKey's path for one line with no tag gives
// what the regular expressions give.
func TestRenderKeyFastPath(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{" ", "  ", "\t", " \t ", "a", "word", "é", "\u00a0", "\\", "/", "*", ".", "\u2003"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := renderKey(s), renderKeyRE(s); got != want {
			t.Fatalf("renderKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestReasonNamesAWordOnce: a removed paragraph that says "may" twice is
// a commitment withdrawn that names "may" once, not "removed “may may”"
// (seen on GM's policy).
func TestReasonNamesAWordOnce(t *testing.T) {
	const old = "# P\n\n## Sharing\n\nWe share data with our processors.\n\nAs you use our products, there may be times you may give us your contact details.\n"
	const new = "# P\n\n## Sharing\n\nWe share data with our processors.\n"
	rep := Classify(redline.Diff([]byte(old), []byte(new)), Builtin())
	for _, v := range rep.Verdicts {
		if strings.Contains(v.Reason, "may may") || strings.Contains(v.Reason, "“may”, “may”") || !strings.Contains(v.Reason, "commitment withdrawn (“may”)") {
			t.Errorf("%s: %s", v.Rule, v.Reason)
		}
	}
}

// TestModalReasonQuotesEachWord: the words that give a commitment its force
// are quoted one by one, and a sentence made whole is a new commitment, not
// "commitment changed (added “may will”): added …".
func TestModalReasonQuotesEachWord(t *testing.T) {
	const old = "# P\n\n## Sharing\n\nWe share data with our processors.\n"
	const new = "# P\n\n## Sharing\n\nWe share data with our processors.\n\nWe may share your contact details with partners, who will use them to send you offers.\n"
	rep := Classify(redline.Diff([]byte(old), []byte(new)), Builtin())
	var saw bool
	for _, v := range rep.Verdicts {
		if strings.Contains(v.Reason, "“may will”") || strings.Contains(v.Reason, "added “may") {
			t.Errorf("%s: %s", v.Rule, v.Reason)
		}
		saw = saw || strings.Contains(v.Reason, "“may”, “will”") || strings.Contains(v.Reason, "“will”, “may”")
	}
	if !saw {
		t.Errorf("no reason quotes “may” and “will” apart: %+v", rep.Verdicts)
	}
}
