package material

import "testing"

// TestSharingGround: when, and at whose call, the author hands data to
// others is a term of the handing over: a recipients change, though the
// words changed are words of the law or of asking (b34-03, b36-14,
// b37-01, b37-18, b38-09, b44-37). The reader's consent the sharing rests
// on stays the legal basis, and a right of the reader's whose object is
// a sharing stays a right.
func TestSharingGround(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b37-18", "SHARING OF INFORMATION",
			"* We may disclose personal information if we believe that disclosure is in accordance with, or required by, any applicable law or legal process, including lawful requests by public authorities to meet national security or law enforcement requirements.",
			"* We may disclose personal information if we believe that disclosure is in accordance with, or required by, any applicable law, legal process or contractual obligation, including lawful requests by public authorities to meet national security or law enforcement requirements.", "recipients"},
		{"b36-14", "Privacy Policy",
			"We don't share any personally identifying information publicly or with third-parties, except when required to by a subpoena or valid court order, or when you explicitly publish that information yourself.",
			"We don't share any personally identifying information publicly or with third-parties, except when requested to by a subpoena or valid court order, or when you explicitly publish that information yourself.", "recipients"},
		// unseen wordings
		{"unseen: disclosed on request", "Legal requirements",
			"We will disclose your account details to the police only where a court order compels us to.",
			"We will disclose your account details to the police where a court order or a law enforcement request asks us to.", "recipients"},
		{"unseen: list under a sharing heading", "Who we disclose your information to",
			"* tax and customs authorities, where the law obliges us to report;",
			"* tax and customs authorities, where the law obliges us to report or where they request it informally;", "recipients"},
		// twins that keep their category
		{"consent twin (b29-26)", "Information Sharing and Disclosure",
			"- With Your Consent: We may share your information for other purposes with your explicit consent.",
			"- With Your Consent: We may share your information for other purposes with your consent.", "legal-basis"},
		{"right twin (b22-23)", "US Privacy Laws",
			"- Request a copy of the specific pieces of information we collected about you, the categories of sources from which the information came, and the categories of third parties we share it with;",
			"- Request a copy of the specific pieces of information we collected about you, the categories of sources from which the information came, and the categories or list of third parties we share it with;", "rights"},
		{"right twin: opt out of the sale", "Your choices",
			"You have the right to opt out of the sale of your personal information to advertisers where the law requires it.",
			"You have the right to opt out of the sale of your personal information to advertisers upon request.", "!recipients"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
