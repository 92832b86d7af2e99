package material

import "testing"

// TestContractCondition: a commitment said to hold where a contract or
// an agreement provides for it ("omnie will assist clients in fulfilling
// such requests where applicable" → "… and where the client's contract
// provides for this", b15-36) is limited by that condition, as by "where
// the law requires it": the commitment's category, not the legal basis
// a contract gives (processing necessary to perform it, GDPR Art.
// 6(1)(b)). The twins keep the legal basis: processing said to be
// necessary to perform a contract, and consent traded for a contract.
func TestContractCondition(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Individual Rights", "Requests should be directed to the client responsible for the data. omnie will assist clients in fulfilling such requests where applicable.",
			"Requests should be directed to the client responsible for the data. omnie will assist clients in fulfilling such requests where applicable and where the client's contract provides for this.", "rights"},
		{"Changes", "We will notify you by email before any change takes effect.",
			"We will notify you by email before any change takes effect, where your agreement with us provides for this.", "notice"},
		// twins: the legal basis a contract gives
		{"Why we process your data", "We process your address with your consent.",
			"We process your address where necessary to perform our contract with you.", "legal-basis"},
		{"Why we process your data", "We process your address only where necessary to perform our contract with you.",
			"We process your address where necessary to perform our contract with you or where our legitimate interests require it.", "legal-basis"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestContractConditionWords: the words of a contract's condition, and
// not those of processing necessary for a contract.
func TestContractConditionWords(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"and where the client's contract provides for this", true},
		{"if your agreement with us allows it", true},
		{"where necessary to perform our contract with you", false},
		{"the client's contract", false},
	} {
		if got := contractCondition(rb.index.fold(tc.s)); got != tc.want {
			t.Errorf("%q: contractCondition %v, want %v", tc.s, got, tc.want)
		}
	}
}
