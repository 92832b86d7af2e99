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

// TestQuestionAnswered: a yes-or-no question answered at once by a bare
// "Yes" or "No" the sentence after it bears out (b82-16, b82-45) puts
// that sentence the way a help page does, and commits to nothing it does
// not. Twins keep the question and its answer and put a hedge, a new
// party or a period into the sentence, give an answer the sentence does
// not bear out, or ask after a term the sentence leaves out: material.
func TestQuestionAnswered(t *testing.T) {
	const h = "Use of Information"
	const old = "omnie does not use customer data for marketing or independent purposes."
	const ck = "Cookies and similar technologies"
	const cookies = "All computers have the ability to decline cookies. Please note that should you choose to decline cookies, you may be unable to access particular areas of our website."
	runRestated(t, []restatedCase{
		{"no, then the denial", h, old, "Will we ever use customer data for marketing? No: omnie does not use customer data for marketing or for any independent purposes.", false},
		{"yes, then the sentence", ck, cookies, "Can you turn cookies off? Yes. " + cookies, false},
		{"taken out", ck, "Can you turn cookies off? Yes. " + cookies, cookies, false},
		{"twin: a hedge after the answer", h, old, "Will we ever use customer data for marketing? No: omnie does not usually use customer data for marketing or for any independent purposes.", true},
		{"twin: a party after the answer", h, old, "Will we ever use customer data for marketing? No: omnie does not use customer data for marketing or for any independent purposes, except with Salesforce.", true},
		{"twin: the answer turned", h, old, "Will we ever use customer data for marketing? Yes: omnie uses customer data for marketing or for any independent purposes.", true},
		{"twin: a term only the question names", h, "omnie does not use customer data for independent purposes.", "Will we ever use customer data for marketing? No: omnie does not use customer data for independent purposes.", true},
		{"twin: a figure in the question", h, old, "Will we keep customer data for 90 days? No: omnie does not use customer data for marketing or independent purposes.", true},
		{"twin: a period changed after the answer", ck, "Can you turn cookies off? Yes. " + cookies + " Cookies last 13 months.", "Can you turn cookies off? Yes. " + cookies + " Cookies last 24 months.", true},
		{"twin: the sentence hardened", ck, cookies, "Can you turn cookies off? Yes. " + strings.Replace(cookies, "you may be unable to access particular areas of", "you will be unable to access", 1), true},
	})
}

// TestQuestionLeadMeant: a lead-in question asks after a term the
// sentence after it writes in a word of the same meaning or in a compound
// ("an AI answer", "any AI-generated response", b82-24). Twins: a term of
// another meaning in the question, a hedge or a right dropped after it.
func TestQuestionLeadMeant(t *testing.T) {
	const h = "AI Disclosure (EU AI Act Article 50)"
	const old = "You have the right to request human review of any AI-generated response or to opt out of AI processing where technically feasible. Contact us to exercise these rights."
	const rest = "You have the right to ask for human review of any AI-generated response, or to opt out of AI processing where technically feasible. To use these rights, contact us."
	runRestated(t, []restatedCase{
		{"an answer is a response", h, old, "Want a person to check an AI answer? " + rest, false},
		{"twin: a kind of data the sentence leaves out", h, old, "Want a person to check an AI answer about your health data? " + rest, true},
		{"twin: a hedge after it", h, old, "Want a person to check an AI answer? " + strings.Replace(rest, "You have", "You may have", 1), true},
		{"twin: a right dropped after it", h, old, "Want a person to check an AI answer? " + strings.Replace(rest, ", or to opt out of AI processing", "", 1), true},
		{"twin: a party in the question", h, old, "Want a person at OpenAI to check an AI answer? " + rest, true},
	})
}

// TestQuestionHaving: what the reader has, asked without its "do you"
// ("Got a question about this Privacy Policy? Contact us", b82-40), is the
// condition "If you have …" and is read so. Twins: a condition the other
// side does not set, another contact, a kind of data or a deadline put in
// beside it.
func TestQuestionHaving(t *testing.T) {
	const h = "Contact Us"
	const form = " at: [Insert Contact Email or Link to Contact Form]"
	const old = "If you have any questions about this Privacy Policy, please contact us" + form
	runRestated(t, []restatedCase{
		{"got a question", h, old, "Got a question about this Privacy Policy? Contact us" + form, false},
		{"have a question", h, old, "Have a question about this Privacy Policy? Contact us" + form, false},
		{"twin: a condition added", h, "Please contact us" + form, "Got an account? Contact us" + form, true},
		{"twin: another contact", h, old, "Got a question about this Privacy Policy? Contact our DPO" + form, true},
		{"twin: a kind of data asked after", h, old, "Have a question about our use of your health data? Contact us" + form, true},
		{"twin: a deadline put in", h, old, "Got a question about this Privacy Policy? Contact us within 30 days" + form, true},
	})
}

// TestSupposition: "Say you connect …: we may …" is the condition "If you
// connect …, we may …" (b82-34), and "the information that integration
// needs" limits the data as "information necessary for the integration"
// does. Twins: the supposition with a hedge, a new party, the limit
// dropped, a condition the other side does not set.
func TestSupposition(t *testing.T) {
	const h = "Information We Collect"
	const old = "  • Integration Data: If you connect third-party services like Google Calendar or Twilio, we may access and store information necessary for the integration, such as authentication tokens and relevant data (e.g., calendar events, message logs)."
	const say = "  • Integration Data: Say you connect a third-party service like Google Calendar or Twilio: we may access and store the information that integration needs, such as authentication tokens and relevant data (e.g., calendar events, message logs)."
	runRestated(t, []restatedCase{
		{"say you", h, old, say, false},
		{"suppose you", h, old, strings.Replace(say, "Say", "Suppose", 1), false},
		{"needs, no supposition", h, "We may access and store information necessary for the integration.", "We may access and store the information that the integration needs.", false},
		{"twin: the limit dropped", h, "We may access and store information necessary for the integration.", "We may access and store the information available through the integration.", true},
		{"twin: a need of another end", h, "We may access and store information necessary for the integration.", "We may access and store information from the integration whenever it needs us to.", true},
		{"twin: a new party", h, old, strings.Replace(say, "Google Calendar or Twilio", "Google Calendar, Slack or Twilio", 1), true},
		{"twin: a hedge", h, old, strings.Replace(say, "we may access and store the information that integration needs", "we may access and store any information that integration holds", 1), true},
		{"twin: a condition set", h, "  • Integration Data: We may access and store information necessary for the integration.", "  • Integration Data: Say you connect a third-party service: we may access and store the information that integration needs.", true},
	})
}
