package material

import "testing"

// TestRedactionDropped: data said to be stripped of what identifies a
// person names less than the same data unstripped. "Redacted program
// logs" → "Program logs" (a miss found in no labelled set: "Wording not
// about personal data") may name people; "masked card numbers" → "card
// numbers" too. The word kept, said after its noun, is the same.
func TestRedactionDropped(t *testing.T) {
	const h = "Problem reports"
	const old = "Problem reported by the app: Redacted program logs, app version and operating system are sent."
	checkMaterial(t, []materialCase{
		{h, old, "Problem reported by the app: Program logs, app version and operating system are sent.", true},
		{"Payments", "Receipts show masked card numbers.", "Receipts show card numbers.", true},
		{h, "Problem reported by the app: Program logs, app version and operating system are sent.", old, true},
		// The same.
		{h, old, "Problem reported by the app: Program logs (redacted), app version and operating system are sent.", false},
		// The nearest edits that change another term stay material.
		{h, old, "Problem reported by the app: Redacted program logs, app version, operating system and IP address are sent.", true},
	})
}
