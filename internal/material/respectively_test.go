package material

import (
	"strings"
	"testing"
)

// TestRespectivelyMerged: two list items of one shape merged into one
// that pairs their parts with "respectively", or one split into two,
// commit to the same (b17-31). Parts paired the other way round, a
// number, a measure or a force word changed stay material.
func TestRespectivelyMerged(t *testing.T) {
	rb := Builtin()
	const two = "- Encryption at Rest: All stored data is encrypted using AES-256\n- Encryption in Transit: All data transfers use TLS 1.3"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"b17-31", two, "- Encryption at Rest and in Transit: All stored data and all data transfers are encrypted using AES-256 and TLS 1.3 respectively", false},
		{"split", "- Encryption at Rest and in Transit: All stored data and all data transfers are encrypted using AES-256 and TLS 1.3 respectively", two, false},
		{"retention", "- Account data is deleted 30 days after you close your account\n- Payment records are deleted 7 years after the payment",
			"- Account data and payment records are deleted 30 days after you close your account and 7 years after the payment, respectively", false},
		// Twins.
		{"twin: paired the other way", two, "- Encryption at Rest and in Transit: All stored data and all data transfers are encrypted using TLS 1.3 and AES-256 respectively", true},
		{"twin: a weaker version", two, "- Encryption at Rest and in Transit: All stored data and all data transfers are encrypted using AES-256 and TLS 1.2 respectively", true},
		{"twin: a force word", two, "- Encryption at Rest and in Transit: All stored data and all data transfers may be encrypted using AES-256 and TLS 1.3 respectively", true},
		{"twin: periods swapped", "- Account data is deleted 30 days after you close your account\n- Payment records are deleted 7 years after the payment",
			"- Account data and payment records are deleted 7 years after the payment and 30 days after you close your account, respectively", true},
		{"twin: a measure dropped", two, "- Encryption at Rest and in Transit: All stored data and all data transfers are encrypted respectively", true},
	} {
		rep, _, why := judgeEdit(rb, "Security Measures (GDPR Article 32)", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
