package material

import "testing"

// TestIdentityOfParties: the words of roles and corporate ties said of
// the parties data goes to say whom it goes to, not who the author is
// (b31-11, b35-08, b39-33, b44-03); said of the author, they stay its
// identity.
func TestIdentityOfParties(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b35-08", "Service Providers and Vendors", "We also disclose some of your information to artificial intelligence services in order to provide certain features or functionalities of the Services. For example, if you use the Pendant or App, we send audio recordings or transcripts to our third-party AI providers who assist us in providing the Services, including for transcription and summarization purposes.", "We also disclose some of your information to artificial intelligence services in order to provide certain features or functionalities of the Services. For example, if you use the Pendant or App, we send audio recordings or transcripts to third-party AI providers, which use them as independent controllers, including for transcription and summarization purposes.", "recipients"},
		{"b44-03", "HOW WE PROVIDE PERSONAL INFORMATION TO OTHERS", "*   Our affiliates and subsidiaries as necessary or appropriate.", "*   Our affiliates and subsidiaries as necessary and appropriate.", "recipients"},
		{"b39-33", "Information Sharing and Disclosure", "- Business Transfers: In the event of a merger, acquisition, reorganization, bankruptcy, or sale of all or a portion of our assets, your information may be transferred as part of that transaction.", "- Business Transfers: In the event of a merger, acquisition, reorganization, bankruptcy, or sale of all or a portion of our assets, or during the negotiation of any such transaction, your information may be transferred as part of that transaction.", "recipients"},
		{"processors as controllers", "Who we share with", "We share call transcripts with our speech vendors, who process them on our behalf.", "We share call transcripts with our speech vendors, who process them as independent controllers.", "recipients"},
		{"subsidiaries widened", "Sharing", "We disclose your order history to our subsidiaries when needed to fulfil your order.", "We disclose your order history to our subsidiaries and group companies when needed to fulfil your order.", "recipients"},
		// Said of the author, the role is who it is.
		{"author's role", "Who we are", "Acme Ltd is the controller of your personal data and shares it with vendors.", "Acme Ltd is a processor of your personal data and shares it with vendors.", "identity"},
		{"joint controllers", "Who we are", "Lydia and its partners are joint controllers of the data we share with them.", "Lydia alone is the controller of the data we share with its partners.", "identity"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
