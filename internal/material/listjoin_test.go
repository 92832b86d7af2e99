package material

import "testing"

// TestListCommaAnd: a list's last comma written "and" ("IP address,
// browser type, device information" → "IP address, browser type and
// device information") joins the items the list had; it adds none, even
// beside other rewording ("the following", "when you use"). An item added,
// removed or replaced beside it is material. (Written for b16-05.)
func TestListCommaAnd(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b16-05", "4.6 Technical Data",
			"When using our website or services we may collect: IP address, browser type, device information, session information, website interaction data.",
			"We may collect the following when you use our website or services: your IP address, the type of browser you use, information about your device, session information and data about your interactions with the website.", false},
		{"the following, and", "Technical data",
			"We may collect: IP address, browser type, device information.",
			"We may collect the following: IP address, browser type and device information.", false},
		{"recipients, the following, and", "Sharing",
			"We share your data with payment processors, delivery companies, analytics providers.",
			"We share your data with the following: payment processors, delivery companies and analytics providers.", false},
		{"rights, the following, Oxford and", "Your rights",
			"Your rights include access, rectification, erasure.",
			"Your rights include the following: access, rectification, and erasure.", false},
		{"an item replaced", "Technical data",
			"We may collect: IP address, browser type, device information.",
			"We may collect the following: IP address, browser type and location.", true},
		{"an item added", "Technical data",
			"We may collect: IP address, browser type, device information.",
			"We may collect the following: IP address, browser type, device information and location data.", true},
		{"an item added after the and", "Sharing",
			"We share your data with payment processors, delivery companies.",
			"We share your data with the following: payment processors, delivery companies and advertisers.", true},
		{"an item removed", "Sharing",
			"We share your name, email address, phone number with couriers.",
			"We share the following with couriers: your name and email address.", true},
		{"a compound split", "Sharing",
			"We share your data with analytics partners.",
			"We share your data with the following: analytics and partners.", true},
	})
}
