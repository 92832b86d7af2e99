package material

import (
	"strings"
	"testing"
)

// TestRecategorizedForceLabel: a verdict filed under another category names
// that category in its reason, whichever way the reason wrote the label
// it had: a force's reason keeps the capitals of "AI" ("… (automated
// decisions and AI)"), and was left naming it after the verdict moved to
// legal bases (b89-21).
func TestRecategorizedForceLabel(t *testing.T) {
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	v := Verdict{Material: true, Category: "ai", Rule: "ai.force", Reason: "Commitment weakened: 'only with your consent' → 'unless you switch it off' (automated decisions and AI)"}
	got := c.recategorized(v, "legal-basis")
	if strings.Contains(got.Reason, "automated decisions") || !strings.HasSuffix(got.Reason, "(legal basis)") {
		t.Errorf("reason %q, want it to name the legal basis", got.Reason)
	}
}
