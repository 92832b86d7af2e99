package material

import (
	"slices"
	"strings"
)

// brandForWe returns a test for a word of the author's own name put where
// the other side says "we" (or "we" put for the name): "We use cookies" →
// "OmniOps uses cookies", "We retain your personal information" →
// "OmniCRM retains …" name the same party, the one the policy defines
// "we" as (found by rewording the seeds mechanically). A name that is not
// the author's ("We use cookies" → "Google uses cookies") is no test's to
// pass, nor "our" traded for a name ("our Omni Leads" names a product).
func (c *classifier) brandForWe(removed, added []string) func(string) bool {
	lost, gained := slices.Contains(removed, "we"), slices.Contains(added, "we")
	if !lost && !gained {
		return func(string) bool { return false }
	}
	name := strings.Fields(strings.ToLower(c.brand(false) + " " + c.brand(true)))
	return func(w string) bool {
		return slices.Contains(name, w) && (lost && slices.Contains(added, w) || gained && slices.Contains(removed, w))
	}
}
