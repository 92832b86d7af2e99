package material

import "testing"

// Mends of round 82 (batches 387 to 390, written blind and first run on
// a0aa2f2d, rounds 78-81's review).

// TestRoleBeforeName: a party the sentence names, said again by its role
// right before its name with a colon or nothing between, names no one
// new ("provided by: Amazon Web Services" → "provided by our hosting
// partner: Amazon Web Services", b385-05; "from Anthropic" → "from our AI
// partners Anthropic", b385-25). Twins: a name the other side does not
// hold is a party put in, and a role with a word of force in it is read
// as a commitment.
func TestRoleBeforeName(t *testing.T) {
	const h = "Service providers"
	runRestated(t, []restatedCase{
		{"colon", h, "Our platform runs on cloud infrastructure provided by: Amazon Web Services.", "Our platform runs on cloud infrastructure provided by our hosting partner: Amazon Web Services.", false},
		{"bare", h, "Your messages are processed by AI models from Anthropic to generate replies.", "Your messages are processed by AI models from our AI partners Anthropic to generate replies.", false},
		{"twin: a new name", h, "Your messages are processed by AI models from Anthropic to generate replies.", "Your messages are processed by AI models from our AI partners Mistral to generate replies.", true},
		{"twin: a new name after the colon", h, "Our platform runs on cloud infrastructure provided by: Amazon Web Services.", "Our platform runs on cloud infrastructure provided by our hosting partner: Google Cloud.", true},
	})
}

// TestShownPubliclyBracket: a bracket that says a thing is shown to
// anyone at all discloses it, no example of it: "your user name" → "your
// user name (shown on your public profile)" (b389-12). Twin: a bracket
// that says where the reader sees it ("(shown in your account
// settings)") names nothing new.
func TestShownPubliclyBracket(t *testing.T) {
	const h = "What sorts of personal information do we hold?"
	runRestated(t, []restatedCase{
		{"public profile", h, "Your account login details, including your user name and chosen password;", "Your account login details, including your user name (shown on your public profile) and chosen password;", true},
		{"publicly visible", h, "Your account login details, including your user name and chosen password;", "Your account login details, including your user name (publicly visible on the forum) and chosen password;", true},
		{"twin: where the reader sees it", h, "Your account login details, including your user name and chosen password;", "Your account login details, including your user name (shown in your account settings) and chosen password;", false},
	})
}

// TestSourceAddedIsData: where the author gets data from, put into a line
// of another subject, is what data it holds (GDPR Art. 14(2)(f)): "data
// submitted via contact forms, combined with information about you from
// our marketing partners, may be retained" (b388-08), "we combine your
// personal information with data we receive from our partners" (b388-14),
// "details our tools collect from your public social media profiles"
// (b388-13, under a heading of legal bases, which itemsection.go reads
// first). Twins: offers from partners are a purpose, and messages the
// reader receives "from us and our partners" no data the author gets.
func TestSourceAddedIsData(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"combined, retention line", "Data retention", "Data submitted via contact forms may be retained for customer service and business record purposes.",
			"Data submitted via contact forms, combined with information about you from our marketing partners, may be retained for customer service and business record purposes.", "data"},
		{"received, purpose line", "How we use your information", "Analytics – we use your personal information for statistical analysis and to improve our services.",
			"Analytics – we combine your personal information with data we receive from our partners for statistical analysis and to improve our services.", "data"},
		{"collected from public profiles, purpose line", "How we use your information", "We use your information to suggest contacts you may know.",
			"We use your information, and details our tools collect from your public social media profiles, to suggest contacts you may know.", "data"},
		{"twin: offers from partners", "How we use your information", "We use your information to send you marketing communications.",
			"We use your information to send you marketing communications, including offers from our partners.", "!data"},
		{"twin: offers from us and our partners", "How we use your information", "We use your contact details to send you our newsletter.",
			"We use your contact details to send you our newsletter and the offers you receive from us and our partners.", "!data"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestAccessCopy: the right of access is a right to a copy of the data
// (GDPR Art. 15(3)) and portability one to receive it (Art. 20(1)):
// "Right to access personal data" → "… (to request a copy of your data)"
// (b387-05), "Receive your data in a structured, machine-readable format"
// → "Receive a copy of your data …" (b387-27). Twins: a copy of a
// passport asked for is a proof of identity, and where no right of
// access is named a copy may be all that a commitment now covers ("we
// delete a copy of your data").
func TestAccessCopy(t *testing.T) {
	const h = "Your rights"
	runRestated(t, []restatedCase{
		{"bracket", h, "Right to access personal data", "Right to access personal data (to request a copy of your data)", false},
		{"a copy of", h, "Right to Data Portability (Art. 20): Receive your data in a structured, machine-readable format", "Right to Data Portability (Art. 20): Receive a copy of your data in a structured, machine-readable format", false},
		{"twin: a copy of a passport", h, "To access your data, send us a request and we will verify your identity.", "To access your data, send us a request and we will verify your identity using a copy of your passport.", true},
		{"twin: a copy deleted", "Data retention", "When you close your account we delete your data.", "When you close your account we delete a copy of your data.", true},
		{"twin: a copy deleted beside the right of access", h, "You can access and delete your data in your settings.", "You can access and delete a copy of your data in your settings.", true},
	})
}

// TestProductPlaceNamed: the reader's account, dashboard or settings and
// the author's support, called by the product's word for them, are the
// same place and service ("your dashboard" → "your trader dashboard",
// b310-27; "your settings" → "your profile settings", b389-38; "Providing
// support" → "Providing customer support", b69-44). Twins: another's
// account ("your school's account", b267-37), a plan's ("your Business
// account"), and a word put before what a commitment covers ("any data"
// → "any customer data", b178-19).
func TestProductPlaceNamed(t *testing.T) {
	runRestated(t, []restatedCase{
		{"dashboard", "Data retention", "You can change how long we keep chat logs in your dashboard.", "You can change how long we keep chat logs in your trader dashboard.", false},
		{"settings", "Your choices", "You can turn off personalised recommendations in your settings.", "You can turn off personalised recommendations in your profile settings.", false},
		{"support", "How we use your information", "- Providing support", "- Providing customer support", false},
		{"twin: another's account", "Data retention", "We retain your personal information for as long as your account is active.", "We retain your personal information for as long as your school's account is active.", true},
		{"twin: a plan's account", "Data retention", "We retain your personal information for as long as your account is active.", "We retain your personal information for as long as your business account is active.", true},
		{"twin: what a commitment covers", "Security", "Only authorised engineers have access to any data.", "Only authorised engineers have access to any customer data.", true},
		{"twin: a denial narrowed", "How we use your information", "We do not record calls to support.", "We do not record calls to customer support.", true},
	})
}

// TestProductPlaceRenamed: the word before the reader's place traded for
// the product's ("your account dashboard" → "your workspace dashboard",
// b389-25), or a word the rules fold ("your dashboard" → "your
// policyholder dashboard", b390-24). Twin: a plan's place traded in.
func TestProductPlaceRenamed(t *testing.T) {
	const h = "Automated decisions"
	runRestated(t, []restatedCase{
		{"traded", h, "You can review the suggestions in your account dashboard before they are applied.", "You can review the suggestions in your workspace dashboard before they are applied.", false},
		{"folded", h, "You can review the suggestions in your dashboard before they are applied.", "You can review the suggestions in your policyholder dashboard before they are applied.", false},
		{"twin: a plan's", h, "You can review the suggestions in your account dashboard before they are applied.", "You can review the suggestions in your enterprise dashboard before they are applied.", true},
	})
}

// TestWordGlossedByFormer: a word traded for another given with it in
// brackets names the same thing ("the right to correction" → "the right
// to rectification (correction)", b387-16, b326-16). Twin: a word traded
// for another where the bracket glosses something else.
func TestWordGlossedByFormer(t *testing.T) {
	const h = "Your rights"
	runRestated(t, []restatedCase{
		{"glossed", h, "the right to correction of inaccurate personal information we hold about you;", "the right to rectification (correction) of inaccurate personal information we hold about you;", false},
		{"twin: another word", h, "the right to correction of inaccurate personal information we hold about you;", "the right to erasure (deletion) of inaccurate personal information we hold about you;", true},
		{"twin: a word of another meaning, the old one in brackets", "Data retention", "We keep your data for as long as your account is open.", "We sell (keep) your data for as long as your account is open.", true},
	})
}
