package material

import (
	"strings"
	"testing"
)

// TestDoubledConsonant holds b29-40 in other words: a verb whose last
// consonant doubles before "-ing" or "-ed" ("stop", "stopping"; "log",
// "logging"; "transfer", "transferred") is one word in either form, as
// "close" and "closing" are: the sentence still names the same act. A
// word that changes beside it (what is stopped, who data goes to, a
// limit) is still compared, and words whose double is their own ("add",
// "call", "pass") keep it.
func TestDoubledConsonant(t *testing.T) {
	for w, want := range map[string]string{"stopping": "stop", "stopped": "stop", "transferred": "transfer", "submitting": "submit",
		"logging": "log", "adding": "add", "added": "add", "calling": "call", "passed": "pass", "staffed": "staff", "erring": "err"} {
		if got, s := stem(w), stem(want); got != s {
			t.Errorf("stem(%q) = %q, want stem(%q) = %q", w, got, want, s)
		}
	}
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b29-40", "Keeping you informed about our products and services",
			"Please note that it can take a little while for all marketing to stop once you either withdraw your consent or tell us you’d like to opt out of marketing. This is because some marketing may already be in transit.",
			"Please note that stopping all marketing can take a little while once you either withdraw your consent or tell us you’d like to opt out of marketing: some marketing may already be in transit.", false},
		{"gerund for an imperative", "Your choices",
			"You can remove connected applications by logging into your account and clicking “Apps”.",
			"You can remove connected applications: log into your account and click “Apps”.", false},
		{"participle for a present", "Your choices",
			"When you unsubscribe, we stop sending you newsletters.",
			"When you unsubscribe, newsletters are stopped.", false},
		// Twins: still material.
		{"twin: fewer things stopped", "Keeping you informed about our products and services",
			"Please note that it can take a little while for all marketing to stop once you opt out of marketing.",
			"Please note that stopping most marketing can take a little while once you opt out of marketing.", true},
		{"twin: a longer wait", "Keeping you informed about our products and services",
			"It can take up to 7 days for all marketing to stop once you opt out.",
			"Stopping all marketing can take up to 30 days once you opt out.", true},
		{"twin: a new recipient", "Sharing",
			"Your data may be transferred to our service providers.",
			"We may be transferring your data to our advertising partners.", true},
		{"twin: a stop made a pause", "Your choices",
			"When you unsubscribe, we stop sending you newsletters.",
			"When you unsubscribe, newsletters are paused for 30 days.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if testing.Verbose() {
			t.Logf("%s: %s", tc.name, strings.Join(why, "; "))
		}
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
