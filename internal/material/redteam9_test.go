package material

import "testing"

// TestRecallRedTeam9: three of the six misses of the ninth recall red
// team (batch 38), each a family with its minor twins. The other three
// are open (see batch_test.go).
//   - The verb of a purpose after a use or a limit: "uses them solely to
//     contact the owner" → "to identify the owner".
//   - The kind of clause a limit opens: "only to perform support" (a
//     purpose) → "only while performing support" (a time).
//   - A measure of length traded for another kind: "a shorter period" →
//     "a similar period".
func TestRecallRedTeam9(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Email addresses of others", "Xanga stores the email addresses that you provide and uses them solely to contact the owner of the email address.",
			"Xanga stores the email addresses that you provide and uses them solely to identify the owner of the email address.", true},
		{"Email addresses of others", "Xanga stores the email addresses that you provide and uses them solely to contact the owner of the email address.",
			"Xanga stores the email addresses that you provide and uses them solely to reach the owner of the email address.", false},
		{"Role of omnie", "- omnie personnel access this data only to perform support services", "- omnie personnel access this data only while performing support services", true},
		{"Role of omnie", "- omnie personnel access this data only to perform support services", "- omnie personnel access this data only in order to perform support services", false},
		{"Retention of Data", "Usage Data is generally retained for a shorter period, except when we are legally obligated to retain it for longer.",
			"Usage Data is generally retained for a similar period, except when we are legally obligated to retain it for longer.", true},
		{"Retention of Data", "Usage Data is generally retained for a shorter period, except when we are legally obligated to retain it for longer.",
			"Usage Data is usually retained for a shorter period, except when we are legally obligated to retain it for longer.", false},
	})
}

// TestIdentifiabilityTraded: a word saying data names no one, traded for
// one that does not say so, is material ("in aggregated form" → "in raw
// form", a miss a helper found); "aggregate" for "aggregated" is not.
func TestIdentifiabilityTraded(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Sharing", "We share usage statistics with advertisers in aggregated form.", "We share usage statistics with advertisers in raw form.", true},
		{"Sharing", "We share usage statistics with advertisers in aggregated form.", "We share usage statistics with advertisers in detailed form.", true},
		{"Sharing", "We share usage statistics with advertisers in aggregated form.", "We share usage statistics with advertisers in aggregate form.", false},
	})
}
