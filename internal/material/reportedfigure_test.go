package material

import "testing"

// TestReportedFigures: a date, a year or a count of past events is no
// term of a commitment, changed, added or removed (b32-32: a heading over
// published request metrics, its year removed). Twins: a period, an age,
// a rate, a date that bounds an act, a count of parties data went to,
// and a sentence of the author's that only a year dates stay material.
func TestReportedFigures(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a year added to a figure's label", "Requests",
			"Requests to delete received: 120\n\nRequests to know received: 40",
			"Requests to delete received in 2023: 120\n\nRequests to know received: 40", false},
		{"a figure of requests received changed", "Requests",
			"Requests to delete received: 120", "Requests to delete received: 145", false},
		{"the date a cookie policy applies from", "Cookies",
			"This cookie policy applies from 01/03/2022.", "This cookie policy applies from 15/09/2023.", false},
		{"this year's metrics for last year's", "Metrics",
			"Our records show that we received 312 requests to know in 2023, of which 290 were complied with.",
			"Our records show that we received 401 requests to know in 2024, of which 350 were complied with.", false},
		{"a line of figures listed, for another year (ota AcuityAds v9)", "CCPA metrics",
			"The number of CCPA requests to know that Acme received, complied with in whole or part and denied in 2023: 13, 13 and 0.",
			"The number of CCPA requests to know that Acme received, complied with in whole or part and denied in 2024: 11, 11 and 0.", false},
		{"a line of metrics added", "Requests",
			"We respond to requests.\n\n- Requests to know received: 40",
			"We respond to requests.\n\n- Requests to know received: 40\n- Requests to delete received: 12", false},
		{"a sentence of metrics added", "Requests",
			"We respond to requests.", "We respond to requests.\n\nIn 2023, we received 401 requests to know and denied 12 of them.", false},
		{"a dated heading over metrics added", "Requests",
			"We respond to requests.", "We respond to requests.\n\nInformation about California resident requests in 2022", false},

		{"twin: a period changed", "Retention", "We keep logs for 30 days.", "We keep logs for 45 days.", true},
		{"twin: an age changed", "Children", "Users must be at least 13.", "Users must be at least 16.", true},
		{"twin: a date that bounds deletion", "Retention",
			"Logs are deleted after 2023.", "Logs are deleted after 2024.", true},
		{"twin: a date that bounds deletion, written whole", "Retention",
			"Data collected before 1 March 2020 is deleted.", "Data collected before 1 March 2021 is deleted.", true},
		{"twin: a rate of requests answered added", "Requests",
			"We respond to requests.", "We respond to requests.\n\nWe respond to 401 requests a week.", true},
		{"twin: a deadline added, dated by a year", "Requests",
			"We respond to requests.", "We respond to requests.\n\nIn 2023 we will respond to all requests within 30 days.", true},
		{"twin: the author's sharing, dated by a year", "Requests",
			"We respond to requests.", "We respond to requests.\n\nIn 2022 we shared your data with advertisers.", true},
		{"twin: a count of parties data went to", "Requests",
			"We respond to requests.", "We respond to requests.\n\nIn 2022 we received 12 requests and shared data with 2 advertisers.", true},
		{"twin: a count of partners changed", "Sharing",
			"In 2022 we shared data with 3 partners.", "In 2022 we shared data with 5 partners.", true},
		{"twin: an age before \"may\" (b10-28)", "Children",
			"Children under the age of 14 may not use the app.", "Children under the age of 12 may not use the app.", true},
		{"twin: a row naming a provider and a number removed (github-122)", "Subprocessors",
			"Twilio; SMS notification provider for 2 Factor Authentication; United States; United States\n\nZendesk; Customer support; United States; United States",
			"Zendesk; Customer support; United States; United States", true},
		{"twin: a numbered item of data collected added (ota LINE v2)", "Personal data we collect",
			"3.c.i. Personal Data you give us",
			"3.c.i. Personal Data you give us\n\n3.c.ii. Personal Data collected from group companies", true},
		{"twin: the controller of data defined in a numbered section (ota Miro v2)", "Who we are",
			"Zorbly runs the service.", "Zorbly runs the service.\n\nZorbly is the controller for Services Data as defined in Section 3.", true},
		{"twin: a label's bare value added", "Retention",
			"We keep logs.", "We keep logs.\n\nRetention period: 30", true},
	})
}
