package material

import (
	"strings"
	"testing"
)

// TestFramesOut: a connective or a courtesy that opens a sentence, and a
// pointer to another part of the policy at its edge, frame the sentence
// and commit to nothing (b211: eleven such frames were read as changes).
// A frame that hedges, conditions or names another document's terms is
// judged as the change it is.
func TestFramesOut(t *testing.T) {
	const o = "We delete inactive accounts after two years. We keep invoices for six years to meet tax law."
	runRestated(t, []restatedCase{
		{"connective opener", "Retention", o, "We delete inactive accounts after two years. Likewise, we keep invoices for six years to meet tax law.", false},
		{"courtesy opener", "Retention", o, "We delete inactive accounts after two years. For the avoidance of doubt, we keep invoices for six years to meet tax law.", false},
		{"pointer opener", "Retention", o, "In the sections below, we delete inactive accounts after two years. We keep invoices for six years to meet tax law.", false},
		{"pointer closer", "Retention", o, "We delete inactive accounts after two years, as the following points explain. We keep invoices for six years to meet tax law.", false},
		{"pointer closer to a titled section", "Retention", o, "We delete inactive accounts after two years, as explained under Account Closure. We keep invoices for six years to meet tax law.", false},
		{"every time, in commas", "Retention", o, "We delete inactive accounts after two years. We keep invoices, now and in the future, for six years to meet tax law.", false},
		{"every time, at the end", "Retention", o, "We delete inactive accounts after two years, on an ongoing basis. We keep invoices for six years to meet tax law.", false},
		// Twins: frames that qualify.
		{"hedging opener", "Retention", o, "We delete inactive accounts after two years. Generally, we keep invoices for six years to meet tax law.", true},
		{"conditioning closer", "Retention", o, "We delete inactive accounts after two years, where possible. We keep invoices for six years to meet tax law.", true},
		{"another document's terms", "Retention", o, "We delete inactive accounts after two years, subject to our Terms of Service. We keep invoices for six years to meet tax law.", true},
	})
}

// TestFrameBeforeAccentedWord: the word after a frame cut is capitalised
// as a whole letter; its first byte alone read "Émile" as "mile", a
// spelling corrected.
func TestFrameBeforeAccentedWord(t *testing.T) {
	rb := Builtin()
	_, _, why := judgeEdit(rb, "Sharing", "We share your data with our hosting provider. Émile Software receives your order details.",
		"We share your data with our hosting provider. Likewise, Émile Software receives your order details.")
	if len(why) != 1 || !strings.HasPrefix(why[0], "same.frame: Same commitments;") {
		t.Errorf("reasons %q, want one starting \"same.frame: Same commitments;\"", why)
	}
}
