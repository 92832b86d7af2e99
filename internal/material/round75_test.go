package material

import "testing"

// Mends of round 75 (batches 359 to 362, written blind and first run on
// round 74's mends). Each test has twins that must stay as they were.

// TestStatementMadeCondition: what a sentence stated, made the condition
// of its promise ("where it is statistical data …, such information will
// not identify you", b361-16), or a condition made a statement; a
// condition said with another opener ("In the event that" → "If", "When"
// → "As soon as") is the same condition.
func TestStatementMadeCondition(t *testing.T) {
	const h = "Cookies and similar technologies"
	runRestated(t, []restatedCase{
		{"a statement made a condition", h, "Such information will not identify you personally, it is statistical data about our visitors and their use of our site.",
			"Where it is statistical data about our visitors and their use of our site, such information will not identify you personally.", true},
		{"a condition made a statement", h, "If it is statistical data about our visitors and their use of our site, such information will not identify you personally.",
			"Such information will not identify you personally; it is statistical data about our visitors and their use of our site.", true},
		{"twin: another opener", "Data Breach", "In the event that OmniCRM becomes aware of a personal data breach, we will notify the affected customer within 48 hours.",
			"If OmniCRM becomes aware of a personal data breach, we will notify the affected customer within 48 hours.", false},
		{"twin: a condition's opener inside its clause", "Legal basis", "Where we have your consent or it is in our legitimate interests to do so, we may contact you.",
			"Where it is in our legitimate interests to do so, or where we have your consent, we may contact you.", false},
	})
}

// TestLineBreakBeforeCondition: a line break written as "<br/>" in a
// table's cell before a condition ("Information.<br/>If you exercise your
// right …", Kinde's privacy policy, 003) changes no condition: the first
// version of statementcondition.go read the condition as made a statement.
func TestLineBreakBeforeCondition(t *testing.T) {
	const doc = "# Privacy Policy\n\n## CCPA\n\n| Right | What it means |\n|---|---|\n| Opt-out | %s |\n"
	const old = "You have the right to opt-out of the sale or disclosure of your Personal Information. If you exercise your right to opt-out of the sale or disclosure of your Personal Information, we will refrain from selling your Personal Information."
	runInDoc(t, doc, []restatedCase{
		{"a line break only", "", old, "You have the right to opt-out of the sale or disclosure of your Personal Information.<br/>If you exercise your right to opt-out of the sale or disclosure of your Personal Information, we will refrain from selling your Personal Information.", false},
		{"a line break, a hyphen dropped beside it", "", old, "You have the right to opt out of the sale or disclosure of your Personal Information.<br/>If you exercise your right to opt-out of the sale or disclosure of your Personal Information, we will refrain from selling your Personal Information.", false},
	})
}

// TestSentencesJoinedRead: two sentences joined with ", and" as a
// condition moved from one to the other ("… for the data, and omnie will
// assist …", b361-49) are read as the other side splits them; a join
// alone is the same commitments.
func TestSentencesJoinedRead(t *testing.T) {
	const h = "Individual Rights"
	const old = "Requests should be directed to the client responsible for the data. omnie will assist clients in fulfilling such requests where applicable."
	runRestated(t, []restatedCase{
		{"joined, the condition moved", h, old, "Where applicable, requests should be directed to the client responsible for the data, and omnie will assist clients in fulfilling such requests.", true},
		{"twin: joined only", h, old, "Requests should be directed to the client responsible for the data, and omnie will assist clients in fulfilling such requests where applicable.", false},
		{"twin: joined with a semicolon only", h, old, "Requests should be directed to the client responsible for the data; omnie will assist clients in fulfilling such requests where applicable.", false},
	})
}

// TestPromiseMergedIntoOneItem: a sentence about all requests made a
// relative clause of one kind of request (b361-27) narrows it; the same
// sentence joined whole is not.
func TestPromiseMergedIntoOneItem(t *testing.T) {
	const h = "Exercise Your Rights"
	const old = "Visit our GDPR Rights Page to submit a data request, or contact us at hello@omniops.co.uk. We respond to all requests within 30 days."
	runRestated(t, []restatedCase{
		{"all requests made one kind's clause", h, old, "Visit our GDPR Rights Page to submit a data request, to which we respond within 30 days, or contact us at hello@omniops.co.uk.", true},
		{"twin: joined whole", h, old, "Visit our GDPR Rights Page to submit a data request, or contact us at hello@omniops.co.uk; we respond to all requests within 30 days.", false},
	})
}

// TestItemOfOrdinaryWords: an item put between two commas of a list of
// the same kind (verbs among verbs) adds to what the list lists, though no
// word of it is one the rules know (b360-18); an aside between commas, or
// an item whose words the sentence already has, does not.
func TestItemOfOrdinaryWords(t *testing.T) {
	const h = "Who might we share your personal information with?"
	const old = "  • Companies that provide insights and analytics services for us so we can improve our product and service offerings, send the right marketing campaigns and understand our business and customers better;"
	runRestated(t, []restatedCase{
		{"a verb among verbs", h, old, "  • Companies that provide insights and analytics services for us so we can improve our product and service offerings, decide which discounts you are eligible for, send the right marketing campaigns and understand our business and customers better;", true},
		{"twin: an item already said", h, old, "  • Companies that provide insights and analytics services for us so we can improve our product and service offerings, improve our service, send the right marketing campaigns and understand our business and customers better;", false},
		{"twin: an aside", h, old, "  • Companies that provide insights and analytics services for us so we can improve our product and service offerings, quite simply, send the right marketing campaigns and understand our business and customers better;", false},
	})
}

// TestBracketGloss: a word glossed in brackets by words that mean it
// ("Correction (rectification)", "erasure (to have your personal data
// deleted)", b360-48, b362-10) says what it said; a bracket that adds a
// right or an example does not.
func TestBracketGloss(t *testing.T) {
	const h = "Your Rights"
	runRestated(t, []restatedCase{
		{"a synonym", h, "  • Correction of inaccurate data", "  • Correction (rectification) of inaccurate data", false},
		{"a gloss through the verb", h, "Right to erasure", "Right to erasure (to have your personal data deleted)", false},
		{"twin: a right added", h, "  • Correction of inaccurate data", "  • Correction (and deletion) of inaccurate data", true},
		{"twin: another act in the gloss", h, "Right to erasure", "Right to erasure (to have your personal data deleted and sold)", true},
	})
}

// TestConditionWordAlone: a paragraph of one word that opens a condition
// ("where", "if ") crossed the slice bounds in frontedCondition; the
// rules' failure became a verdict to confirm. A hostile test of round 75's
// rules found it (3,000 random pairs of their trigger words).
func TestConditionWordAlone(t *testing.T) {
	rb := Builtin()
	for _, pair := range [][2]string{{"where", "erasure"}, {"if ", "Role:"}, {"erasure", "where"}, {"when", "if"}} {
		_, _, why := judgeEdit(rb, "Your Rights", pair[0], pair[1]) // judgeText stops the test on a rule's failure
		if len(why) == 0 {
			t.Errorf("%q → %q: no verdict", pair[0], pair[1])
		}
	}
}
