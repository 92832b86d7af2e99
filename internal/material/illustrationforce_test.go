package material

import (
	"strings"
	"testing"
)

// TestIllustrationForce: a force word that picks out the case an example
// shows ("which pages are visited most often", "on each page", b74-16) is
// the example's own and binds nothing; the twins put a force that binds
// the commitment in the same bracket, before what the example shows, or a
// period the sentence does not state, and stay material.
func TestIllustrationForce(t *testing.T) {
	rb := Builtin()
	const use = "It is used by us to analyse how visitors interact with the website so that we can continue to develop and improve this website."
	in := func(b string) string { return strings.Replace(use, "website so", "website ("+b+") so", 1) }
	const keep = "In most cases, our retention period will come to an end 7 years after the end of your relationship with us."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		words                   string // in the reason
	}{
		{"b74-16 most often, each page", "Cookies and similar technologies", use,
			in("for example, which pages are visited most often and how long visitors stay on each page"), false, "clarifying example"},
		{"an exception on the commitment", "Cookies and similar technologies", use,
			in("for example, which pages are visited most often, unless you opt out"), true, "unless"},
		{"a permission to share", "Cookies and similar technologies", use,
			in("for example, which pages are visited most often, and we may share the results with advertisers"), true, ""},
		{"a hedge on what we do", "Cookies and similar technologies", use,
			in("for example, usually which pages are visited"), true, ""},
		{"a condition before the example", "How do we use your personal information?",
			"Analytics and profiling – we use your personal information to help us understand more about users of our systems.",
			"Analytics and profiling – we use your personal information to help us understand more about users of our systems (including, where relevant, their creditworthiness).", true, ""},
		{"the sentence's period, restated", "How long will we keep your personal information for?", keep,
			strings.Replace(keep, "with us.", "with us (for example, 7 years after your last visit to our offices).", 1), false, "clarifying example"},
		{"another period", "How long will we keep your personal information for?", keep,
			strings.Replace(keep, "with us.", "with us (for example, 10 years after your last visit to our offices).", 1), true, ""},
		{"a relation of time the sentence has not", "Retention", "We keep your messages as long as we need them.",
			"We keep your messages as long as we need them (for example, until you close the conversation).", true, ""},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
			continue
		}
		if tc.words != "" && !strings.Contains(reasons(rep), tc.words) {
			t.Errorf("%s: reason lacks %q: %s", tc.name, tc.words, reasons(rep))
		}
	}
}

// reasons joins a report's reasons, material or not.
func reasons(rep *Report) string {
	var rs []string
	for _, v := range rep.Verdicts {
		rs = append(rs, v.Reason)
	}
	return strings.Join(rs, "; ")
}
