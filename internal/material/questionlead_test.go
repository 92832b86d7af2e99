package material

import (
	"strings"
	"testing"
)

// TestQuestionLead: a question put before a sentence as its lead-in, the
// way a help page writes ("Wondering whether our team can see your
// account?", "Not sure where to send your request?", b75-01, b75-50),
// asks what the sentence answers and commits to nothing. Each twin keeps
// the question's shape and names a party or a figure in it, sets a
// condition with it, or weakens the sentence after it, and stays material.
func TestQuestionLead(t *testing.T) {
	rb := Builtin()
	const access = "OmniCRM staff may access customer accounts only when necessary for: Platform support, system maintenance, managed service assistance, troubleshooting."
	const direct = "Requests should be directed to the client responsible for the data. omnie will assist clients in fulfilling such requests where applicable."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"wondering", "10. ACCESS TO CUSTOMER DATA", access, "Wondering whether our team can see your account? " + access, false},
		{"not sure where", "Individual Rights", direct, "Not sure where to send your request? " + direct, false},
		{"taken out", "Individual Rights", "How do I make a request? " + direct, direct, false},
		{"a party in the question", "10. ACCESS TO CUSTOMER DATA", access, "Wondering whether Zendesk can see your account? " + access, true},
		{"a figure in the question", "Individual Rights", direct, "Want an answer within 7 days? " + direct, true},
		{"a condition", "Individual Rights", direct, "Are you a California resident? " + direct, true},
		{"a kind of data asked after", "10. ACCESS TO CUSTOMER DATA", access, "Wondering whether our team can see your payment card details? " + access, true},
		{"the sentence weakened", "10. ACCESS TO CUSTOMER DATA", access,
			"Wondering whether our team can see your account? " + strings.Replace(access, " only", "", 1), true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestQuestionLeadWish: a wish or a readiness asked without its "do
// you", or a question in its contracted form, is a lead-in too ("Prefer
// not to have them? You can usually set your browser …", b77-38). Twins:
// the question naming a figure, a status of the reader ("Under 16?"), and
// the sentence after it narrowed, stay material.
func TestQuestionLeadWish(t *testing.T) {
	const h = "Cookies"
	const old = "Most web browsers are set to accept cookies by default. If you prefer, you can usually choose to set your browser to remove or reject browser cookies."
	runRestated(t, []restatedCase{
		{"prefer not to", h, old, "Most web browsers are set to accept cookies by default. Prefer not to have them? You can usually choose to set your browser to remove or reject browser cookies.", false},
		{"rather not", h, old, "Most web browsers are set to accept cookies by default. Rather not have cookies? You can usually choose to set your browser to remove or reject browser cookies.", false},
		{"twin: a figure in the question", h, old, "Most web browsers are set to accept cookies by default. Rather not have cookies for 13 months? You can usually choose to set your browser to remove or reject browser cookies.", true},
		{"twin: the reader's status asked", h, old, "Most web browsers are set to accept cookies by default. Are you under 16? You can usually choose to set your browser to remove or reject browser cookies.", true},
		{"twin: the sentence after it narrowed", h, old, "Most web browsers are set to accept cookies by default. Prefer not to have them? You can usually choose to set your browser to remove browser cookies, except our analytics cookies.", true},
	})
}
