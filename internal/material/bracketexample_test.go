package material

import (
	"strings"
	"testing"
)

// TestBracketExample: a clarifying example put in brackets that names
// nothing the sentence does not (b74's privacy engineer: "(for example,
// the contact form and the feedback form)", "(such as a court order or
// search warrant)") is minor; one that names a kind of data, a party,
// a figure or a force the sentence did not is judged by the other rules.
func TestBracketExample(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"forms", "Information We Collect", "We collect information through: Website forms, analytics tools, marketing tracking technologies, communications with our team.",
			"We collect information through: Website forms (for example, the contact form and the feedback form), analytics tools, marketing tracking technologies, communications with our team.", false},
		{"legal process", "Legal Requirements", "We may disclose your information if required to do so by law or in response to valid requests by public authorities, such as legal process, or if we believe disclosure is necessary.",
			"We may disclose your information if required to do so by law or in response to valid requests by public authorities, such as legal process (such as a court order or search warrant), or if we believe disclosure is necessary.", false},
		{"a kind of data", "Information We Collect", "We collect device information to keep the service secure.",
			"We collect device information (for example, your precise location and contacts) to keep the service secure.", true},
		{"a party", "Service providers", "We use service providers to send email.",
			"We use service providers (for example, Mailgun) to send email.", true},
		{"a figure", "Retention", "We keep your data as long as required by law.",
			"We keep your data as long as required by law (for example, 7 years for tax records).", true},
		// A word that puts the data abroad names a place (b221-36).
		{"support from abroad", "Sharing", "We will not access your data except to provide support requested by you.",
			"We will not access your data except to provide support requested by you (including from our offshore support team).", true},
		{"support from overseas", "Sharing", "We will not access your data except to provide support requested by you.",
			"We will not access your data except to provide support requested by you (for example, by our support engineers overseas).", true},
		// An act said in the passive in the bracket (b234-11).
		{"calls recorded", "Information we hold", "We hold any feedback you give us, including by phone, email or post.",
			"We hold any feedback you give us, including by phone (support calls are recorded), email or post.", true},
		{"twin: the calls named", "Information we hold", "We hold any feedback you give us, including by phone, email or post.",
			"We hold any feedback you give us, including by phone (our support line), email or post.", false},
		{"support from the team", "Sharing", "We will not access your data except to provide support requested by you.",
			"We will not access your data except to provide support requested by you (including from our support team).", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestBracketKind: an example or a gloss in brackets whose items are kinds
// of the thing it follows ("forms (for example, the contact form and the
// demo request form)", "authentication tokens (OAuth access and refresh
// tokens)", b74-02, b74-33) names that thing again: a word of the rights
// vocabulary that only says which kind ("request form", "access token")
// names no right. Each twin names a kind of data, a tracker, an
// alternative or a narrowing in the same place, and stays material.
func TestBracketKind(t *testing.T) {
	rb := Builtin()
	const forms = "OmniCRM acts as a Data Controller for information collected through: Website forms, analytics tools, marketing tracking technologies, communications with our team."
	const tokens = "If you connect third-party services like Google Calendar or Twilio, we may access and store information necessary for the integration, such as authentication tokens and relevant data (e.g., calendar events, message logs)."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"request form", "When You Visit Our Website", forms,
			strings.Replace(forms, "Website forms", "Website forms (for example, the contact form and the demo request form)", 1), false},
		{"a form for health data", "When You Visit Our Website", forms,
			strings.Replace(forms, "Website forms", "Website forms (for example, the contact form and the health data form)", 1), true},
		{"a request that is no form", "When You Visit Our Website", forms,
			strings.Replace(forms, "Website forms", "Website forms (for example, the contact form and your access request to us)", 1), true},
		{"access tokens", "Information We Collect", tokens,
			strings.Replace(tokens, "authentication tokens", "authentication tokens (OAuth access and refresh tokens)", 1), false},
		{"a kind named as what the thing is", "Service providers", "We use service providers to store your data.",
			"We use service providers (hosting providers) to store your data.", true},
		{"a gloss naming a tracker", "Information We Collect", tokens,
			strings.Replace(tokens, "authentication tokens", "authentication tokens (OAuth tokens and a device fingerprint)", 1), true},
		{"an alternative in brackets", "Information We Collect", tokens,
			strings.Replace(tokens, "authentication tokens", "authentication tokens (or your account passwords)", 1), true},
		{"a gloss that narrows", "Information We Collect", tokens,
			strings.Replace(tokens, "authentication tokens", "authentication tokens (only OAuth access tokens)", 1), true},
		{"a gloss naming a vendor", "Information We Collect", tokens,
			strings.Replace(tokens, "authentication tokens", "authentication tokens (issued by Okta)", 1), true},
		{"a period in words", "Retention", "We keep your data for 24 months after your account closes.",
			"We keep your data for 24 months (three years) after your account closes.", true},
		{"what we do with it", "Cookies", "Advertisers may use cookies or other similar technologies to collect information about your use of the Services.",
			"Advertisers may use cookies (that they collect or that we provide to them) or other similar technologies to collect information about your use of the Services.", true},
		{"session information", "Technical Data", "When using our website or services we may collect: IP address, browser type, device information, session information, website interaction data.",
			"When using our website or services we may collect: IP address, browser type, device information, session information (session cookies and a device fingerprint derived from browser and hardware characteristics), website interaction data.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestBracketDescribed: a word of the rights vocabulary that only
// describes a thing ("(for example, corrected typos, formatting changes or
// clearer wording of an existing practice)", b74-30) names no right; the
// same word said of the reader's data, or as what the reader may do, does.
// The twins are asked of the reader itself: in this sentence another
// reader (trailingExample, example) already calls some of them minor.
func TestBracketDescribed(t *testing.T) {
	rb := Builtin()
	const old = "Minor Changes: Updates that don't affect your rights will be posted with an updated \"Last Updated\" date"
	rep, _, why := judgeEdit(rb, "Changes to This Policy", "  • "+old,
		"  • "+strings.Replace(old, "rights will", "rights (for example, corrected typos, formatting changes or clearer wording of an existing practice) will", 1))
	if rep.Material {
		t.Errorf("typos: material, want minor: %s", strings.Join(why, "; "))
	}
	c := &classifier{rb: rb, ix: rb.index}
	for _, tc := range []struct {
		name, inner string
		nothing     bool
	}{
		{"typos", "for example, corrected typos, formatting changes or clearer wording of an existing practice", true},
		{"the reader's data", "for example, corrected personal data", false},
		{"what the reader may do", "for example, you can correct your details", false},
		{"a right named", "for example, changes to how you request access", false},
	} {
		if got := c.namesNothing("Updates that don't affect your rights", tc.inner, old); got != tc.nothing {
			t.Errorf("%s: namesNothing=%v, want %v", tc.name, got, tc.nothing)
		}
	}
}

// TestBracketAsked: "at the customer's request" says how an act in an
// example comes about, and names no right (b74-45); what is done at that
// request is still read: an erasure, a sharing with partners.
func TestBracketAsked(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, bracket string
		material      bool
	}{
		{"an order updated", "(for example, processing a return or updating an order in the client's system at the customer's request)", false},
		{"data shared", "(for example, sharing your order history with our partners at your request)", true},
	} {
		rep, _, why := judgeEdit(rb, "Use of Information", "- Performing service-related tasks", "- Performing service-related tasks "+tc.bracket)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
	// Asked of the reader itself: another reader (example) already calls
	// this one minor in this sentence.
	c := &classifier{rb: rb, ix: rb.index}
	if c.namesNothing("- Performing service-related tasks", "for example, the erasure of the customer's data at the customer's request", "- Performing service-related tasks") {
		t.Errorf("an erasure at the customer's request: namesNothing, want it to name an erasure")
	}
}

// TestBracketAboutAThing holds b80-23: a request named by what it is
// about ("a feature request"), among examples of feedback, is no right's
// request; one named by the act or data a right asks for, or by the
// person who may make it, still is.
func TestBracketAboutAThing(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, bracket string
		material      bool
	}{
		{"b80-23 a feature request", "(for example, a bug report or a feature request)", false},
		{"twin: an erasure request", "(for example, a bug report or an erasure request)", true},
		{"twin: a portability request", "(for example, a bug report or a portability request)", true},
		{"twin: an account deletion request", "(for example, a bug report or an account deletion request)", true},
		{"twin: an objection request", "(for example, a bug report or an objection request)", true},
		{"twin: a consumer request", "(for example, a bug report or a consumer request)", true},
		{"twin: a request to delete", "(for example, a bug report or a request to delete your account)", true},
		{"twin: a feature request sent on", "(for example, a feature request, which we share with Zentrova Analytics)", true},
	} {
		rep, _, why := judgeEdit(rb, "Information You Provide", "  • Support inquiries and feedback", "  • Support inquiries and feedback "+tc.bracket)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestBracketBeside: an example in brackets that names nothing new, put
// in beside a rewording of the same sentence ("Security of infrastructure
// is" → "Infrastructure security (for example, server hosting and network
// protection) is", b68-47), leaves the rewording to be judged alone; a
// rewording that is material stays so, and so does an example that names
// a party.
func TestBracketBeside(t *testing.T) {
	rb := Builtin()
	const old = "Security of infrastructure is managed by client systems and third-party providers."
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"reworded", "Infrastructure security (for example, server hosting and network protection) is managed by client systems and third-party providers.", false},
		{"a party beside", "Infrastructure security (for example, server hosting and network protection) is managed by client systems and Cloudflare.", true},
		{"a party in the example", "Infrastructure security (for example, server hosting by Amazon Web Services) is managed by client systems and third-party providers.", true},
		{"a force beside", "Infrastructure security (for example, server hosting and network protection) is managed only by client systems.", true},
	} {
		rep, _, why := judgeEdit(rb, "Security Practices", old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestBracketListGrew: a list in brackets that gains an item while a word
// beside it is said another way (b235-23) collects more; the same
// rewording with the list kept, or with an item the policy names already
// elsewhere, does not.
func TestBracketListGrew(t *testing.T) {
	const o = "We collect basic usage analytics (page views, chat interactions) with your consent. We never record keystrokes."
	runRestated(t, []restatedCase{
		{"items added beside a rewording", "Data", o, "We collect simple usage analytics (page views, chat interactions, clicks and scrolling) with your consent. We never record keystrokes.", true},
		{"twin: the rewording alone", "Data", o, "We collect simple usage analytics (page views, chat interactions) with your consent. We never record keystrokes.", false},
	})
}
