package material

import (
	"strings"
	"testing"
)

// TestExampleListGrew: a list of examples that keeps every example it had
// and gains one the policy names nowhere ("relevant data (e.g., calendar
// events, message logs)" → "(e.g., calendar events, message logs, call
// recordings)", b85-33, read "a clarifying example") names a new kind of
// data: an example names nothing new only where the policy already
// names what it names. The twins stay minor: the example the policy
// names elsewhere, the examples put in another order, an example written
// another way, and an example put where there was none.
func TestExampleListGrew(t *testing.T) {
	const heading = "Information We Collect"
	const old = "  • Integration Data: If you connect third-party services like Google Calendar or Twilio, we may access and store information necessary for the integration, such as authentication tokens and relevant data (e.g., calendar events, message logs)."
	runRestated(t, []restatedCase{
		{"b85-33, call recordings", heading, old, strings.Replace(old, "message logs)", "message logs, call recordings)", 1), true},
		{"the same, such as and 'and'", heading, "We collect device data (such as browser type and operating system).", "We collect device data (such as browser type, operating system and precise location).", true},
		{"twin: named elsewhere in the policy", heading, old + "\n\nWe keep call recordings for 30 days.", strings.Replace(old, "message logs)", "message logs, call recordings)", 1) + "\n\nWe keep call recordings for 30 days.", false},
		{"twin: the examples reordered", heading, old, strings.Replace(old, "calendar events, message logs", "message logs, calendar events", 1), false},
		{"twin: an example where there was none", heading, "We collect website interaction data.", "We collect website interaction data (for example, which pages you visit).", false},
	})
}
