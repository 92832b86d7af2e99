package material

import "testing"

// TestColumnCategory holds what batch 18 showed (b18-20, b18-21): a row of
// a table whose header names the policy's categories column by column,
// changed in one column, is about that column's category: "5 years from
// the end of the contract" in the "Retention" column is a retention
// period, though the row's cells name a legal basis. The same table
// changed in its legal-basis or recipients column names those; training an
// AI model stays the AI category's in a column of purposes, as in prose; a
// table of cookies is about cookies, whichever column changed. (Written before
// columnCategory.)
func TestColumnCategory(t *testing.T) {
	rb := Builtin()
	reg := "| Purposes | Categories of data | Legal basis | Retention | Categories of recipients |\n| --- | --- | --- | --- | --- |\n"
	reg2 := "| Processing activity | Personal data | Lawful ground | Retention period | Shared with |\n|---|---|---|---|---|\n"
	cookies := "| Cookie | Purpose | Duration |\n|---|---|---|\n"
	for _, tc := range []struct {
		name, heading, old, new, cat string
	}{
		{"b18-20", "Legitimate interest",
			reg + "| Guarantee the security of services we offer | Identity data  <br>User account information | Legitimate interest | Duration of the contractual relationship or duration limited to the limitation period from the closure of the event concerned | Scaleway IT security service  <br>Competent administrative authority |",
			reg + "| Guarantee the security of services we offer | Identity data  <br>User account information | Legitimate interest | 5 years from the end of the contract | Scaleway IT security service  <br>Competent administrative authority |",
			"retention"},
		{"b18-21", "Recruitment",
			reg + "| Recruitment | Identity data | Execution of contract or pre-contractual measures | If the application is not accepted, the data is kept for a maximum period of 2 years | Human resources services |",
			reg + "| Recruitment | Identity data  <br>Communication Data  <br>Professional Data (Curriculum vitae, salary position) | Execution of contract or pre-contractual measures | If the application is not accepted, the data is kept for a maximum period of 2 years | Human resources services |",
			"data"},
		{"invented: a period in the retention column of a row on consent", "Newsletter",
			reg2 + "| Sending our newsletter | Email address | Your consent, which you may withdraw | Until you unsubscribe | Our mailing provider |",
			reg2 + "| Sending our newsletter | Email address | Your consent, which you may withdraw | Until you unsubscribe, then 3 years | Our mailing provider |",
			"retention"},
		{"invented: data added in the data column of a row on security", "Fraud prevention",
			reg2 + "| Preventing fraud and securing accounts | IP address | Legitimate interest | 12 months | Our security vendor |",
			reg2 + "| Preventing fraud and securing accounts | IP address, device fingerprint and precise location | Legitimate interest | 12 months | Our security vendor |",
			"data"},
		{"twin: the legal-basis column changed is the legal basis", "Newsletter",
			reg2 + "| Sending our newsletter | Email address | Your consent | Until you unsubscribe | Our mailing provider |",
			reg2 + "| Sending our newsletter | Email address | Our legitimate interest | Until you unsubscribe | Our mailing provider |",
			"legal-basis"},
		{"twin: the recipients column changed names recipients", "Legitimate interest",
			reg + "| Guarantee the security of services we offer | Identity data | Legitimate interest | 5 years | Scaleway IT security service |",
			reg + "| Guarantee the security of services we offer | Identity data | Legitimate interest | 5 years | Scaleway IT security service  <br>Advertising partners |",
			"recipients"},
		{"twin: training an AI model, in a column of purposes, is the AI category's", "Support",
			reg + "| Answering your questions | Your messages | Legitimate interest | 2 years | Our helpdesk provider |",
			reg + "| Answering your questions and training our AI models on them | Your messages | Legitimate interest | 2 years | Our helpdesk provider |",
			"ai"},
		{"twin: a cookie's duration is no retention period of the policy's", "Cookies we use",
			cookies + "| _ga | Analytics | 1 year |",
			cookies + "| _ga | Analytics | 2 years |",
			"!retention"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.cat)
	}
}
