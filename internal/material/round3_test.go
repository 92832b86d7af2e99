package material

import (
	"slices"
	"strings"
	"testing"
)

// TestRoundThreeMends: an adjective put before a compound whose head is a
// term narrows it (b119-34); "beforehand" puts the act before its event
// (b119-11); a list in brackets that grows by an item is not an example
// put in (b119-21). Twins keep the same commitments. (Written before the
// rules were changed.)
func TestRoundThreeMends(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a qualifier before a compound of the vocabulary", "Disclosure",
			"We may disclose your data to answer a court request.",
			"We may disclose your data to answer a valid court request.", true},
		{"the same compound, an article changed", "Disclosure",
			"We may disclose your data to answer a court request.",
			"We may disclose your data to answer the court request.", false},
		{"notice given beforehand", "Changes",
			"If we add a new processor, we will tell you.",
			"If we add a new processor, we will tell you beforehand.", true},
		{"a bracketed list grown", "Data we collect",
			"  • Device data (model, operating system) — only with your consent",
			"  • Device data (model, operating system, battery level) — only with your consent", true},
		{"a bracketed list kept, a word outside changed", "Data we collect",
			"  • Device data (model, operating system) — only with your consent",
			"  • Device information (model, operating system) — only with your consent", false},
	})
}

// TestAnswerWordNoName: a word of answer alone after a question ("Nope.")
// names no party (b122-04 was "New recipient: Nope"); a name alone
// there does.
func TestAnswerWordNoName(t *testing.T) {
	rb := Builtin()
	_, _, why := judgeEdit(rb, "Payment data", "We do not store card numbers.", "Do we keep your card number? Nope. We do not store card numbers.")
	for _, w := range why {
		if strings.Contains(w, "Nope") && strings.Contains(w, "New ") {
			t.Errorf("an answer read as a name: %s", w)
		}
	}
	_, _, why = judgeEdit(rb, "Payment data", "We do not store card numbers.", "Who processes card numbers? Adyen. We do not store card numbers.")
	if !strings.Contains(strings.Join(why, "; "), "Adyen") {
		t.Errorf("a name answering a question not reported: %v", why)
	}
}

// TestQuestionEndsName: a question ends a name. "… like Google Calendar or
// Twilio? Then, with your authorization, we share …" was "New recipient:
// Twilio Then" (b129-35), a junk reason a notice would have carried. A
// name after the question is still one.
func TestQuestionEndsName(t *testing.T) {
	rb := Builtin()
	_, _, why := judgeEdit(rb, "Information Sharing",
		"When you connect third-party services (like Google Calendar or Twilio), we share information as necessary for that integration.",
		"Connected a service like Google Calendar or Twilio? Then, with your authorization, we share the information needed for that integration.")
	if all := strings.Join(why, "; "); strings.Contains(all, "Twilio Then") {
		t.Errorf("a name read across a question: %s", all)
	}
	_, _, why = judgeEdit(rb, "Information Sharing",
		"When you connect third-party services (like Google Calendar), we share information as necessary for that integration.",
		"Connected a service like Google Calendar? Zendesk Support then receives the information needed for that integration.")
	if all := strings.Join(why, "; "); !strings.Contains(all, "Zendesk Support") {
		t.Errorf("a name after a question not reported whole: %s", all)
	}
}

// TestQuestionWordEndsName: a word that asks is never part of a name. A
// title run into its question ("Canvas What happens to my data?", real
// Gemini updates: "New name: Chrome What, Shopping What, Canvas What")
// names no "Canvas What".
func TestQuestionWordEndsName(t *testing.T) {
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	for _, tc := range []struct {
		text     string
		want     string // a name found
		wantNone string // a name not found
	}{
		{"Use Google Labs Canvas. Canvas What happens to my data when I use it?", "Google Labs Canvas", "Canvas What"},
		{"We share it with Acme Analytics. What we share is listed below.", "Acme Analytics", "Analytics What"},
		{"Who processes card numbers? Adyen.", "Adyen", ""},
	} {
		got := c.entities(tc.text)
		if tc.want != "" && !slices.Contains(got, tc.want) || tc.wantNone != "" && slices.Contains(got, tc.wantNone) {
			t.Errorf("%q: names %q, want %q and not %q", tc.text, got, tc.want, tc.wantNone)
		}
	}
}
