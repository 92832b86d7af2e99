package material

import "testing"

// TestPartyRequest: a request made by an authority or another party than
// the reader ("in response to lawful requests by public authorities",
// "requests from law enforcement", "government requests") is an occasion
// to disclose data, not the reader's request to use a right: the sentence
// is placed by what is done on it, a disclosure (b23-13's "npm is
// required to disclose personal information in response to lawful
// requests by public authorities", b20-04's "in response to requests from
// such entities"). The twins keep the reader's own requests a right, and
// a deadline to answer them.
func TestPartyRequest(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Sharing", "We share personal data with our hosting provider.",
			"We share personal data with our hosting provider. We may be required to disclose personal data in response to lawful requests by public authorities.", "recipients"},
		{"Law enforcement", "We may disclose your information in response to requests from law enforcement agencies.",
			"We will disclose your information in response to requests from law enforcement agencies.", "recipients"},
		// twins: the reader's requests stay a right
		{"Your rights", "We respond to requests from you within 30 days.",
			"We respond to requests from you within 60 days.", "rights"},
		{"Your rights", "We will respond to all requests from data subjects.",
			"We aim to respond to all requests from data subjects.", "rights"},
		{"Your rights", "You may send us a request to access your data.",
			"You may send us a written request to access your data.", "rights"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestPartyRequested: the words before a request that say it is an
// authority's, or a requester after "from" or "by", make it a party's; a
// requester who is the reader does not.
func TestPartyRequested(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"in response to lawful requests by public authorities", true},
		{"to respond to government requests", true},
		{"requests from such entities", true},
		{"requests from you", false},
		{"requests from users of public profiles", false},
		{"we answer all requests within 30 days", false},
	} {
		ws := Builtin().index.fold(tc.s)
		got := false
		for i := range ws {
			got = got || partyRequested(ws, i)
		}
		if got != tc.want {
			t.Errorf("%q: partyRequested %v, want %v", tc.s, got, tc.want)
		}
	}
}
