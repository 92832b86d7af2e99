package material

import (
	"testing"
)

// Mends of round 80 (batches 379 to 382, written blind and first run on
// round 79's mends). Each test has twins that must stay as they were.

// TestRecalledWordAlsoNamed: a word changed where a pointer recalls it
// ("in those communications") is read as recalled only where every other
// time the sentence writes it stays: "promotional communications … in
// those communications" → "promotional emails … in those emails" narrows
// what the reader opts out of (b380-36, read "Same commitments"). Twin:
// the pointer's noun alone said another way ("delete those uploads" →
// "delete those files") recalls the same thing.
func TestRecalledWordAlsoNamed(t *testing.T) {
	const h = "Your choices"
	runRestated(t, []restatedCase{
		{"the opt-out narrowed in both places", h,
			"You can opt out of promotional communications by using the unsubscribe link in those communications.",
			"You can opt out of promotional emails by using the unsubscribe link in those emails.", true},
		{"twin: only the recalling noun said another way", h,
			"We keep your uploads and delete those uploads after a year.",
			"We keep your uploads and delete those files after a year.", false},
	})
}

// TestControlPlaceAdded: where a control the line gives is found, put in
// as an aside, commits to nothing new ("only with your analytics consent
// (the Analytics switch in our cookie banner)", b380-21). Twins: an
// aside that limits the control to a plan, puts a step before the right,
// adds a route, or names a party is judged by the other rules.
func TestControlPlaceAdded(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a switch of the banner named", "Analytics",
			"We measure page visits only with your consent.",
			"We measure page visits only with your consent (the Statistics switch in our cookie banner).", false},
		{"twin: a plan the control is limited to", "Your choices",
			"You can withdraw consent at any time.",
			"You can withdraw consent at any time (on paid plans, under Settings > Privacy).", true},
		{"twin: a step before the right", "Your choices",
			"You can complain to the regulator.",
			"You can complain to the regulator (after you complete the Help > Complaints form).", true},
		{"twin: a route added", "Your choices",
			"You can withdraw consent from your settings page.",
			"You can withdraw consent from your settings page or from the Account screen of our mobile app.", true},
		{"twin: a page of a company the line never names", "Cookies",
			"You can opt out of personalised ads.",
			"You can opt out of personalised ads (the Google settings page).", true},
		{"twin: a party's settings named", "Cookies",
			"You can opt out of analytics.",
			"You can opt out of analytics (under Google Analytics settings).", true},
	})
}

// TestOwnAgentAdded: which of a party's own people act, put in ("Your
// organisation, through its IT administrators, decides", b381-02; "handled
// by our privacy team", b368-24), names no one new. Twins: a party of
// another kind, a place, or someone added by "or" is judged as written.
func TestOwnAgentAdded(t *testing.T) {
	runRestated(t, []restatedCase{
		{"the organisation's administrators", "Retention",
			"Your organisation decides how long messages are kept.",
			"Your organisation, through its IT administrators, decides how long messages are kept.", false},
		{"our own team", "Requests",
			"Deletion requests are handled within 30 days.",
			"Deletion requests are handled by our privacy team within 30 days.", false},
		{"twin: outsourced partners", "Support",
			"Support requests are answered within two days.",
			"Support requests are answered within two days through our outsourced support partners.", true},
		{"twin: a team in another country", "Support",
			"Support requests may be read.",
			"Support requests may be read by our engineering team in India.", true},
	})
}

// TestLawTermUnquoted: a law's word for what the line names, given
// unquoted, without a term or in the law's words ("(what Japan's APPI
// calls joint use)", "(a "disclosure", in the APPI's words)",
// "(personal data, as the Swiss FADP calls it)", "(internet activity, in
// the CCPA’s categories)", "(as US state privacy laws define it)":
// b370-12, b370-17, b370-31, b379-12, b379-41). Twin: a bracket that names a new
// thing beside the law's word is no gloss.
func TestLawTermUnquoted(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a category of the CCPA", "Data", "We collect browsing history.",
			"We collect browsing history (internet activity, in the CCPA’s categories).", false},
		{"as a law calls it", "Data", "We collect your contact details.",
			"We collect your contact details (personal data, as the UK GDPR calls it).", false},
		{"what a law calls it", "Sharing", "We share data within our group.",
			"We share data within our group (what the APPI calls joint use).", false},
		{"in a law's words", "Your rights", "You can ask for a copy of the personal data we hold about you.",
			"You can ask for a copy (an \"access request\", in the UK GDPR's words) of the personal data we hold about you.", false},
		{"a long term of a law", "Transfers", "We may transfer your data outside the EEA.",
			"We may transfer your data outside the EEA (a \"restricted transfer to a recipient in a third country\" under the UK GDPR).", false},
		{"twin: something sold beside the law's word", "Data", "We collect browsing history.",
			"We collect browsing history (internet activity, in the CCPA’s categories, which we sell).", true},
	})
}

// TestPartyLetSee: a clause added that lets a party look into the
// reader's data, or has it reported to one, names a recipient whatever
// the line was about ("…, and workspace administrators can review each
// user's activity", b381-06; "…, and report this to your organisation’s
// account administrator", b381-13).
func TestPartyLetSee(t *testing.T) {
	runCategories(t, []categoryCase{
		{"owners can view", "Audit logs",
			"Audit logs record every sign-in to detect misuse.",
			"Audit logs record every sign-in to detect misuse, and account owners can view each member's sign-ins.", "recipients"},
		{"reported to the employer", "Usage",
			"We record which features you use.",
			"We record which features you use, and report this to your employer's IT manager.", "recipients"},
	})
	// Twin: a parent who may look and delete holds a right (b138-39).
	rep, cats, why := judgeEdit(Builtin(), "Children",
		"We do not knowingly collect data from children without consent.",
		"We do not knowingly collect data from children without consent, and parents may review and delete their child's information.")
	if !rep.Material || cats["recipients"] && !cats["rights"] {
		t.Errorf("twin: a parent's right read as a recipient: %v %v", cats, why)
	}
}

// TestWherePermittedByLaw: "where permitted" is "where the law permits"
// (eight writers, b108-33 to b382-35). Twin: "- Where the law allows it",
// a line of its own among the cases data is shared in, is judged as
// written (b256-45 keeps its recipient).
func TestWherePermittedByLaw(t *testing.T) {
	runRestated(t, []restatedCase{
		{"the law named", "Marketing", "We send you offers where permitted.", "We send you offers where the law allows.", false},
		{"permitted by law", "Marketing", "We send you offers by email where permitted.", "We send you offers by email where permitted by applicable law.", false},
	})
	runCategories(t, []categoryCase{
		{"twin: a case of sharing of its own", "Sharing", "- As required by law", "- Where the law allows it", "recipients"},
	})
}

// TestOtherKindNamed: "A and other B" names A as one of the B the line
// names ("cookies and other tracking technologies", b379-06; "guests and
// other individuals", b278-01). Twins: a name ("Google and other
// analytics providers") and a party ("advertisers and other partners")
// are judged as written.
func TestOtherKindNamed(t *testing.T) {
	runRestated(t, []restatedCase{
		{"pixels among the trackers", "Cookies", "We use tracking technologies on our website.", "We use pixels and other tracking technologies on our website.", false},
		{"students among the users", "Scope", "This policy applies to users of our apps.", "This policy applies to students and other users of our apps.", false},
		{"twin: a company named", "Analytics", "We use analytics providers.", "We use Google and other analytics providers.", true},
		{"twin: a kind of party", "Sharing", "We share data with partners.", "We share data with advertisers and other partners.", true},
	})
}
