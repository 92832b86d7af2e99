package material

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Mends of round 71 (batches 343 to 346, written blind and first run on
// round 70's mend and review). Each test has twins that must stay as
// they were.

// TestNecessityMadeHelp: processing that "helps us" conduct a business
// is not processing "necessary for us" to (b344-14, a legitimate
// interest's necessity test dropped); the same test in other words is
// not weakened.
func TestNecessityMadeHelp(t *testing.T) {
	const h = "Our legal basis for processing your personal information"
	const old = "  • Legitimate interests: The processing is necessary for us to conduct our business, but not where our interests are overridden by your interests or rights."
	runRestated(t, []restatedCase{
		{"necessary → helps", h, old, "  • Legitimate interests: In short, the processing helps us to conduct our business, but not where our interests are overridden by your interests or rights.", true},
		{"necessary → useful", h, old, "  • Legitimate interests: The processing is useful for us to conduct our business, but not where our interests are overridden by your interests or rights.", true},
		{"twin: necessary → needed", h, old, "  • Legitimate interests: The processing is needed for us to conduct our business, but not where our interests are overridden by your interests or rights.", false},
		{"twin: in short, no necessity dropped", h, old, "  • Legitimate interests: In short, the processing is necessary for us to conduct our business, but not where our interests are overridden by your interests or rights.", false},
		{"twin: help and necessity on both sides", "Purposes", "We use analytics where necessary to help us improve the Service.",
			"Where necessary, we use analytics to help us improve the Service.", false},
	})
}

// TestAuthorityLine: a line naming, alone, the authority a complaint
// goes to, under a lead-in that says so, replaced by another authority
// is the right to complain changed, though the new name is in another
// language (b346-30, whole policy); the same authority written
// otherwise is not.
func TestAuthorityLine(t *testing.T) {
	const doc = "Privacy Policy\n\nSupervisory Authority\n\nYou have the right to lodge a complaint with a supervisory authority if you believe we have violated your privacy rights:\n\n%s\n\nWebsite: ico.org.uk\n\nPhone: 0303 123 1113\n\nFor other EU countries, contact your local data protection authority.\n"
	const old = "UK Information Commissioner's Office (ICO)"
	rb := Builtin()
	for _, tc := range []struct {
		name, new        string
		material, rights bool
	}{
		{"Portuguese name", "Brazil's Autoridade Nacional de Proteção de Dados (ANPD)", true, false},
		// Lines that share no word are diffed as one removed and one
		// added, each judged alone: the names read as a place and a
		// recipient.
		{"English name", "Brazil's National Data Protection Authority (ANPD)", true, false},
		{"another commissioner", "Office of the Australian Information Commissioner (OAIC)", true, true},
		{"twin: the acronym alone", "The ICO", false, false},
		{"twin: the place moved", "Information Commissioner's Office (ICO), United Kingdom", false, false},
		{"twin: the acronym dropped", "UK Information Commissioner's Office", false, false},
	} {
		rep, cats, why := judgeInDoc(rb, doc, old, tc.new)
		if rep.Material != tc.material || tc.rights && !cats["rights"] {
			t.Errorf("%s: material=%v %v, want %v rights: %s", tc.name, rep.Material, cats, tc.material, strings.Join(why, "; "))
		}
	}
	// A line that is no name, under the same lead-in, is judged as
	// written.
	rep, _, why := judgeInDoc(rb, doc, old, "UK Information Commissioner's Office (ICO), the UK regulator")
	if rep.Material {
		t.Errorf("the regulator described: material: %s", strings.Join(why, "; "))
	}
}

// TestPointerModifier: a noun that points to the part of the policy
// saying more of it ("the information described in Information We
// Collect", batch 345) commits to nothing; a pointer in place of what the
// sentence said, one that is the thing named, or one that narrows "all"
// is judged as written.
func TestPointerModifier(t *testing.T) {
	runRestated(t, []restatedCase{
		{"described in a section's title", "Sharing", "We may share your information in the following situations:",
			"We may share the information described in Information We Collect in the following situations:", false},
		{"listed under a title of small words", "Use of Information", "Our personnel may perform support services for you.",
			"Our personnel may perform the support services listed under Use of Information for you.", false},
		{"as stated in, opening the sentence", "Sale", "We do not sell your personal information.",
			"As stated in Our Commitment, we never sell your personal information.", false},
		{"described in section 7", "Hosting", "We store data on AWS servers in the EU.",
			"We store data on the AWS servers described in section 7, in the EU.", false},
		{"twin: a period given way to a pointer", "Call recordings", "We keep call recordings for 30 days.",
			"We keep call recordings for the period described in Data Retention.", true},
		{"twin: the pointer is the limit", "Device data", "We do not collect other device data beyond what is listed above.",
			"We do not collect other device data beyond what we need.", true},
		{"twin: all staff narrowed to those pointed to", "Security", "OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts.",
			"OmniCRM enforces Multi-Factor Authentication (MFA) for the staff accounts described in section 10, Access to Customer Data.", true},
		{"twin: a recipient beside the pointer", "Sharing", "We may share your information in the following situations:",
			"We may share the information described in Information We Collect with Meta in the following situations:", true},
	})
}

// TestQuestionOfTheSameTopic: a lead-in question asked in words of its
// own about what the sentence after it is about ("Want it kept for less
// time?" before a sentence on retention periods, batch 344) asserts
// nothing; a question about another topic, or a sentence changed after
// it, is judged as written.
func TestQuestionOfTheSameTopic(t *testing.T) {
	const h = "Retention"
	const old = "You can configure shorter retention periods in your dashboard privacy settings."
	runRestated(t, []restatedCase{
		{"kept, before retention periods", h, old, "Want it kept for less time? " + old, false},
		{"what do we collect, before we may collect", "Information We Collect", "We may collect personal information directly from you when you register for an account.",
			"What do we collect, and when? We may collect personal information directly from you when you register for an account.", false},
		{"twin: a question of another topic", h, old, "Want us to train our AI models on it? " + old, true},
		{"twin: the answer changed", h, old, "Want it kept for less time? You can ask for shorter retention periods by contacting our support team.", true},
	})
}

// TestLawGlossUnquoted: a law's word for what the sentence names, given
// unquoted ("(the Data Principal, in the DPDP Act's words)", "; operador
// under the LGPD, Data Processor under the DPDP Act", batch 346), names
// nothing new; a bracket that adds to what the sentence names, or a
// change beside the gloss, is judged as written.
func TestLawGlossUnquoted(t *testing.T) {
	runRestated(t, []restatedCase{
		{"in the DPDP Act's words", "Your rights", "You have the right to access your personal information.",
			"You (the Data Principal, in the DPDP Act's words) have the right to access your personal information.", false},
		{"the right to erasure under", "Your rights", "  • the right to be forgotten;", "  • the right to be forgotten (the right to erasure under the DPDP Act);", false},
		{"two laws' words after a semicolon", "Role", "omnie acts as a service provider (processor) on behalf of its clients.",
			"omnie acts as a service provider (processor; operador under the LGPD, Data Processor under the DPDP Act) on behalf of its clients.", false},
		{"twin: a bracket that adds", "Information we collect", "We collect device information.",
			"We collect device information (including precise geolocation under the GDPR).", true},
		{"twin: a period changed beside the gloss", "Your rights", "You can ask us to delete your data and we will respond within 30 days.",
			"You (the Data Principal, in the DPDP Act's words) can ask us to delete your data and we will respond within 60 days.", true},
	})
}

// TestKnownNameOnly: in a whole policy, a name put into a sentence that
// the policy gives elsewhere ("our payment provider, Stripe", batches 339
// and 340) is no party the reader was not told of; a name the policy
// does not give, a name given way to another word, or the same edit
// judged as a paragraph alone, is judged as written.
func TestKnownNameOnly(t *testing.T) {
	const doc = "Privacy Policy\n\nPayment processing is handled by third-party payment processors such as: Stripe, Paypal.\n\nThe tracking technologies we use include Google Analytics and CRM tracking scripts.\n\n%s\n"
	const old = "  • Payment information (processed securely by our payment provider)"
	runInDoc(t, doc, []restatedCase{
		{"a processor the policy names", "", old, "  • Payment information (processed securely by our payment provider, Stripe)", false},
		{"twin: a processor it does not name", "", old, "  • Payment information (processed securely by our payment provider, Adyen)", true},
		{"twin: a name given way to another word", "", "Our website uses Google Analytics and CRM tracking scripts.", "Our website uses Google Analytics and other tracking scripts.", true},
	})
	rb := Builtin()
	if rep, _, why := judgeEdit(rb, "Payment", old, "  • Payment information (processed securely by our payment provider, Stripe)"); !rep.Material {
		t.Errorf("as a paragraph, Stripe named nowhere else: minor: %s", strings.Join(why, "; "))
	}
}

// judgeInDoc judges old → new put in place of the "%s" of doc, a whole
// policy.
func judgeInDoc(rb *Rulebook, doc, old, new string) (*Report, map[string]bool, []string) {
	return judgeText(rb, strings.Replace(doc, "%s", old, 1), strings.Replace(doc, "%s", new, 1))
}

// runInDoc is runRestated with each edit judged in the whole policy doc
// (the cases' headings unused).
func runInDoc(t *testing.T, doc string, cases []restatedCase) {
	t.Helper()
	rb := Builtin()
	for _, tc := range cases {
		rep, _, why := judgeInDoc(rb, doc, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestPointerModifierAdjacent: two pointers one after the other, the
// first opening the text, the second starting inside what the first took
// with it (its comma and space), and a letter not of ASCII after it: a
// hostile test found the slice bounds crossed, which classifySafe turned
// into "the rules failed on this change".
func TestPointerModifierAdjacent(t *testing.T) {
	for _, s := range []string{
		"listed under “Data” above , As stated in Our Commitment, we never sell your data.",
		"As stated in Our Commitment, éach request is answered.",
	} {
		o, n, _ := pointerModifiersOut("We never sell your data.", s)
		if o == "" || n == "" || !utf8.ValidString(n) {
			t.Errorf("%q: got %q, %q", s, o, n)
		}
	}
}
