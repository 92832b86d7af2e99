package material

import "testing"

// TestListTailGrew: an item put after the last of any list names one more
// thing, however ordinary its words (round 38's misses: b275-15, b277-24,
// b277-34, b278-32, b277-06). The twins end the list the same way in
// other words, or put an example, or words that are no item.
func TestListTailGrew(t *testing.T) {
	runRestated(t, []restatedCase{
		{"or unpaid rent (b275-15)", "Our legal basis",
			"  • Prevention of fraud: Where we are required to process your data in order to protect us and our customers from fraud or money laundering;",
			"  • Prevention of fraud: Where we are required to process your data in order to protect us and our customers from fraud, money laundering or unpaid rent;", true},
		{"and fundraising calls (b277-24)", "Legitimate Interests",
			"  • Service improvement and analytics", "  • Service improvement, analytics and fundraising calls", true},
		{"and fundraising calls, the Oxford comma dropped (b277-34)", "How We Use Your Information",
			"  • To communicate with you, including sending service updates, support messages, and marketing communications (where permitted).",
			"  • To communicate with you, including sending service updates, support messages, marketing communications and fundraising calls (where permitted).", true},
		{"room preferences, no conjunction (b278-32)", "Information We Collect",
			"  • Account Information: Name, email address, phone number, company name, role.",
			"  • Account Information: Name, email address, phone number, company name, role, room preferences.", true},
		{"the same list, its last item said again", "Legitimate Interests",
			"  • Service improvement and analytics", "  • Service improvement and analytics of the service", false},
		{"the Oxford comma put in", "How We Use Your Information",
			"  • To communicate with you, including sending service updates, support messages and marketing communications (where permitted).",
			"  • To communicate with you, including sending service updates, support messages, and marketing communications (where permitted).", false},
		{"a word put before the last item (b109-31)", "Information We Collect",
			"  • Account Information: Name, email address, phone number, company name, role.",
			"  • Account Information: Name, email address, phone number, company name, job role.", false},
		{"a company's suffix, no item (b59-09)", "Processors",
			"Payments are processed by Stripe.", "Payments are processed by Stripe, Inc.", false},
		{"an aside taken from the middle (b5-37)", "Sharing",
			"We will never, under any circumstances, sell your personal information.",
			"We will never sell your personal information.", false},
		{"an example put in with 'among them' (b261-41)", "Overview",
			"omnie provides outsourced customer support services for ecommerce businesses.",
			"omnie provides outsourced customer support services for ecommerce businesses, game publishers among them.", false},
		{"a list of examples grown", "Cookies",
			"We use cookies for purposes such as analytics and security.",
			"We use cookies for purposes such as analytics, security and fraud checks.", true},
	})
}

// TestOpenedByAndOther: "The following processors may receive your data:"
// → "These and other processors …" lets the list stand for more than it
// names (b276-25, a miss). The twin only points to the list another way.
func TestOpenedByAndOther(t *testing.T) {
	runRestated(t, []restatedCase{
		{"these and other processors (b276-25)", "Third-Party Processors",
			"The following processors may receive your data:", "These and other processors may receive your data:", true},
		{"these processors", "Third-Party Processors",
			"The following processors may receive your data:", "These processors may receive your data:", false},
	})
}

// TestPointerMadeNeed: "no other device data beyond what is listed above"
// → "beyond what we need" lets the author set the limit (b276-21, a miss);
// the reverse binds it to the list. A pointer to the list said another
// way is the same limit.
func TestPointerMadeNeed(t *testing.T) {
	const old = "We do not collect location data, contacts, photos, or other device data beyond what is listed above."
	runRestated(t, []restatedCase{
		{"listed above → we need (b276-21)", "Mobile Application", old,
			"We do not collect location data, contacts, photos, or other device data beyond what we need.", true},
		{"we need → listed above", "Mobile Application",
			"We do not collect location data, contacts, photos, or other device data beyond what we need.", old, true},
		{"listed above → set out above", "Mobile Application", old,
			"We do not collect location data, contacts, photos, or other device data beyond what is set out above.", false},
	})
}

// TestItemsPutMidList: two items put in the middle of a list, each of words
// the list already uses ("supply address" beside "email address", "meter
// serial number" beside "phone number"), collect two things more (b286-32).
// One item is caught alone; two must be too. The same words put as one
// item already there, or a list reordered, collect nothing new.
func TestItemsPutMidList(t *testing.T) {
	const h = "Information We Collect"
	const old = "  • Account Information: Name, email address, phone number, company name, role."
	runRestated(t, []restatedCase{
		{"two items mid-list (b286-32)", h, old,
			"  • Account Information: Name, email address, phone number, supply address, meter serial number, company name, role.", true},
		{"three items mid-list", h, old,
			"  • Account Information: Name, email address, phone number, supply address, meter serial number, tariff name, company name, role.", true},
		{"two items, one taken", h, old,
			"  • Account Information: Name, email address, supply address, meter serial number, company name, role.", true},
		{"one item mid-list", h, old,
			"  • Account Information: Name, email address, phone number, supply address, company name, role.", true},
		{"items reordered", h, old,
			"  • Account Information: Name, phone number, email address, company name, role.", false},
		{"the same items, the list's punctuation", h, old,
			"  • Account Information: Name, email address, phone number, company name and role.", false},
	})
}
