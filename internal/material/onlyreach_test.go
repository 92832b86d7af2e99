package material

import "testing"

// TestReachOfPunctuation: the same words, in the same order, with a
// comma, a bracket or a dash moved, may confine or condition other words
// (b114-22, b114-25, b114-18). A serial comma, or a space put after a
// full stop, moves nothing. (Written before the rules were changed.)
func TestReachOfPunctuation(t *testing.T) {
	runRestated(t, []restatedCase{
		{"'only' moved across a bracket", "Location",
			"We collect location data (approximate) — only with your permission.",
			"We collect location data (approximate only) — with your permission.", true},
		{"'only' kept in its bracket, a comma added elsewhere", "Location",
			"We collect location data (approximate only) when you use the map and the search.",
			"We collect location data (approximate only) when you use the map, and the search.", false},
		{"'only' inside its clause both sides, a comma put after the clause", "Billing",
			"We share your card details only with our payment processor and our bank for refunds.",
			"We share your card details only with our payment processor, and our bank for refunds.", false},
		{"commas make a condition reach both rights", "Your rights",
			"You have the right to download your history or to have us erase it where the law allows.",
			"You have the right to download your history, or to have us erase it, where the law allows.", true},
		{"a condition kept, the serial comma dropped", "Messages",
			"We send receipts, security alerts, and newsletters (where you agreed).",
			"We send receipts, security alerts and newsletters (where you agreed).", false},
		{"a space put after a full stop", "Your rights",
			"You can change your settings at any time.Where required, you may also appeal our decision.",
			"You can change your settings at any time. Where required, you may also appeal our decision.", false},
		{"'in certain circumstances' now only for the second recipient", "Sharing",
			"We disclose your data in certain circumstances to our auditors, and our insurers.",
			"We disclose your data to our auditors and, in certain circumstances, to our insurers.", true},
	})
}

// TestAlternativesSplit: an "or" put between two words that named one
// thing, or taken from between them, changes what the phrase covers
// (b114-28, b114-45); an "or" that ends a list, or joins items that were
// lines of a list, does not. (Written before the rules were changed.)
func TestAlternativesSplit(t *testing.T) {
	runRestated(t, []restatedCase{
		{"one purpose made two", "Retention",
			"We keep invoices for tax reporting purposes.",
			"We keep invoices for tax or reporting purposes.", true},
		{"two denied uses made one", "Use of data",
			"We never use uploaded files for training or commercial purposes.",
			"We never use uploaded files for commercial training purposes.", true},
		{"a list's last comma made 'or'", "Use of data",
			"We may contact you by email, phone, post.",
			"We may contact you by email, phone or post.", false},
		{"the lines of a list run into a sentence", "Your rights",
			"You can ask for:\n- a copy of your data\n- its deletion",
			"You can ask for a copy of your data or its deletion.", false},
	})
}

// TestUniversalDropped: "all" (every, each) dropped or put in, nothing
// else changed, changes how many a commitment covers (b114-07).
// (Written before the rules were changed.)
func TestUniversalDropped(t *testing.T) {
	runRestated(t, []restatedCase{
		{"'all' dropped from a measure", "Security",
			"We encrypt all backups at rest.",
			"We encrypt backups at rest.", true},
		{"'every' put into a duty", "Security",
			"We review access rights for administrator accounts each quarter.",
			"We review access rights for every administrator account each quarter.", false},
		{"'all' dropped, a word put into the phrase it led", "Security",
			"Security patches are applied to all production servers within 14 days.",
			"Security patches are applied to production support servers within 14 days.", true},
		{"'all' dropped twice", "Security",
			"We encrypt all backups and all logs.",
			"We encrypt backups and logs.", true},
		{"'all' dropped under a denial", "Sharing",
			"We do not share all server logs with partners.",
			"We do not share server logs with partners.", true},
	})
}

// TestDeniedAdverb: an adverb of manner goes with its verb, before it or
// after its object, under a denial (b111-45, b114-46); the denial moved to
// another verb is still a reversal. (Written before the rules were
// changed.)
func TestDeniedAdverb(t *testing.T) {
	runRestated(t, []restatedCase{
		{"adverb put before the denied verbs", "Data storage",
			"The processor does not copy or retain client files separately.",
			"The processor does not separately copy or retain client files.", false},
		{"the denial moved to the other verb", "Data storage",
			"We do not independently verify the data you provide, and we keep it.",
			"We independently verify the data you provide, and we do not keep it.", true},
	})
}
