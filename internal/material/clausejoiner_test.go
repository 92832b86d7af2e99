package material

import "testing"

// TestClauseJoiner: a word that joins two clauses ("but", "and", "so")
// joins the same clauses after a semicolon or a full stop as after a
// comma: "…, but if you receive a service from us …" → "…; but if you
// receive a service from us …" moves nothing from one clause to the
// other (b28-43). Near misses stay material: the same words with the
// condition now on the other clause, and a joiner that is no longer
// there with the condition kept.
func TestClauseJoiner(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b28-43", "Keeping you informed about our products and services",
			"We won’t send you marketing messages if you tell us not to, but if you receive a service from us we will still need to send you occasional service-related messages. If you wish to opt out of marketing messages, you can do so by visiting: www.omnis.net/unsubscribe/",
			"If you tell us not to send you marketing messages, we won’t; but if you receive a service from us we will still need to send you occasional service-related messages. If you wish to opt out of marketing messages, you can do so by visiting: www.omnis.net/unsubscribe/", false},
		{"a full stop and But", "Security",
			"We encrypt your data in transit, but no method of transmission is completely secure.",
			"We encrypt your data in transit. But no method of transmission is completely secure.", false},
		// Twins: still material.
		{"twin: the condition on the other clause", "Marketing",
			"We won’t send you marketing messages if you tell us not to, but we will send you service messages.",
			"We won’t send you marketing messages; but if you tell us not to, we will send you service messages.", true},
		{"twin: a limit on the other clause", "Sharing",
			"We only share your email address with our processors, and we sell your purchase history.",
			"We share your email address with our processors; and we only sell your purchase history.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
