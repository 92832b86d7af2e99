package material

import (
	"strings"
	"testing"
)

// TestReaderRequest holds b45-42's family: a step asked of the reader,
// with "please" or advised with "should", and the readers asked named as
// a condition ("if you are a parent") or as the subject ("Parents …"), is
// the same request. An obligation put on the reader, or a change of what
// we do, still counts.
func TestReaderRequest(t *testing.T) {
	rb := Builtin()
	const lead = "We do not knowingly collect personal information from children. "
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"'if you are a parent …, please contact' → 'Parents … should contact' (b45-42)", "Age Restriction",
			lead + "If you are a parent or guardian and believe your child has provided us with personal information, please contact us immediately.",
			lead + "Parents or guardians who believe their child has provided us with personal information should contact us immediately.", false},
		{"'please tell us' → 'you should tell us'", "Accuracy",
			"If your contact details change, please tell us so that we can keep your personal data up to date.",
			"If your contact details change, you should tell us so that we can keep your personal data up to date.", false},
		{"'If you are a teacher, please' → 'Teachers who … should'", "Schools",
			"If you are a teacher and want to remove a student's personal data, please write to our support team.",
			"Teachers who want to remove a student's personal data should write to our support team.", false},
		{"'Requests should be directed to' → 'Please send requests to' (b76-49)", "Individual Rights",
			"Requests should be directed to the client responsible for the data. omnie will assist clients in fulfilling such requests where applicable.",
			"Please send requests to the client responsible for the data. Where applicable, omnie will help clients fulfil these requests.", false},
		{"'Complaints should be sent to' → 'Please send your complaints to'", "Complaints",
			"Complaints should be sent to our Data Protection Officer at the address above.",
			"Please send your complaints to our Data Protection Officer at the address above.", false},
		// Material twins.
		{"the request sent to another addressee", "Individual Rights",
			"Requests should be directed to the client responsible for the data. omnie will assist clients in fulfilling such requests where applicable.",
			"Please send requests to omnie. Where applicable, omnie will help clients fulfil these requests.", true},
		{"a duty of ours, made plain", "Individual Rights",
			"We should respond to requests within 30 days.",
			"We respond to requests within 30 days.", true},
		{"our help hedged beside the request", "Individual Rights",
			"Requests should be directed to the client responsible for the data. omnie will assist clients in fulfilling such requests where applicable.",
			"Please send requests to the client responsible for the data. Where applicable, omnie may help clients fulfil these requests.", true},
		{"an obligation put on the reader", "Age Restriction",
			lead + "If you are a parent or guardian and believe your child has provided us with personal information, please contact us immediately.",
			lead + "If you are a parent or guardian and believe your child has provided us with personal information, you must contact us within 30 days.", true},
		{"what we do, weakened beside the request", "Age Restriction",
			lead + "If you are a parent and believe your child has provided us with personal information, please contact us and we will delete it.",
			lead + "Parents who believe their child has provided us with personal information should contact us and we may delete it.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
