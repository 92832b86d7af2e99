package material

import (
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// TestRuleFailureIsToConfirm: a rule that fails on a change (here, a
// classifier without its rulebook) gives a verdict to confirm, never a
// crash and never a minor verdict: a material change must not go out
// unannounced because of a fault of redline's.
func TestRuleFailureIsToConfirm(t *testing.T) {
	c := &classifier{}
	v := c.classifySafe(redline.Change{Kind: redline.Replace, Old: "We keep your data for 30 days.", New: "We keep your data for 90 days."})
	if !v.Material || v.Certain || v.Rule != "fallback" || !strings.Contains(v.Reason, "please report it") {
		t.Errorf("a rule's failure gave %+v, want a material verdict to confirm", v)
	}
}
