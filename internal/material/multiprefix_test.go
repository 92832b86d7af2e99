package material

import "testing"

// TestMultiPrefix: "multi-" is "multiple" (rules.toml), so a compound
// said as a phrase keeps its meaning: "Multi-channel alerting" →
// "Alerting over multiple channels" (b44-43), and joining the compound
// ("multichannel") is still only words joined. Fewer channels or
// factors stay material.
func TestMultiPrefix(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b44-43: over multiple channels", "Infrastructure Monitoring and Recovery",
			"- Incident Response: Multi-channel alerting with documented response procedures",
			"- Incident Response: Alerting over multiple channels with documented response procedures", false},
		{"joined", "Infrastructure Monitoring and Recovery",
			"- Incident Response: Multi-channel alerting with documented response procedures",
			"- Incident Response: Multichannel alerting with documented response procedures", false},
		{"multiple factors", "Security",
			"We require multi-factor authentication for all staff accounts.",
			"We require authentication with multiple factors for all staff accounts.", false},
		// Twins.
		{"twin: one channel", "Infrastructure Monitoring and Recovery",
			"- Incident Response: Multi-channel alerting with documented response procedures",
			"- Incident Response: Alerting by email only, with documented response procedures", true},
		{"twin: single factor", "Security",
			"We require multi-factor authentication for all staff accounts.",
			"We require single-factor authentication for all staff accounts.", true},
		{"twin: fewer accounts", "Security",
			"We require multi-factor authentication for all staff accounts.",
			"We require authentication with multiple factors for administrator accounts.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
