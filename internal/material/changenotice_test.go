package material

import "testing"

// TestChangeNotice holds what batch 18 showed (b18-03): a sentence that
// says how the reader is told of a change before it takes effect is the
// change-notice policy, whatever data words it holds ("by email (sent to
// the e-mail address specified in your account)" was read as data). Its
// twins tell the reader of something else than a change, or commit to a
// change without saying how the reader is told: their own categories
// stay. (Written before changeNotice.)
func TestChangeNotice(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, cat string
	}{
		{"b18-03", "Policy Governs Use: Changes to Privacy Policy",
			"If we make any material changes we will notify you by email (sent to the e-mail address specified in your account) or by means of a notice on the Properties prior to the change becoming effective.",
			"If we make any material changes, we will post an updated notice on the Website prior to the change becoming effective.",
			"notice"},
		{"invented: a text message for an email", "Updates",
			"Before any change to how we use your contact details takes effect, we will inform you by email at the address linked to your account.",
			"Before any change to how we use your contact details takes effect, we will inform you through a banner in the app.",
			"notice"},
		{"invented: the telling dropped for an update on the page", "Changes",
			"We will notify you of significant updates by sending a message to your registered phone number at least 30 days in advance.",
			"We will post significant updates on this page in advance.",
			"notice"},
		{"twin: told before data is shared, no change", "Sharing",
			"We will notify you before we share your location data with our partners.",
			"We will notify you before we share your location data and contacts with our partners.",
			"!notice"},
		{"twin: a change that asks for consent, not a telling", "Changes",
			"If we change the purposes for which we use your data, we will ask for your consent before the change.",
			"If we change the purposes for which we use your data, we will rely on our legitimate interests.",
			"legal-basis"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.cat)
	}
}
