package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A denial limited to the present ("omnie … does not independently host
// or control customer data" → "does not currently independently host
// …") promises nothing of tomorrow: the author may start to host it
// without breaking a word. rt's probes of the seeds found it read "not
// about personal data". "currently" is no force word elsewhere ("we
// currently use Stripe" states a fact), so only a time word put beside a
// negation is read: "not currently", "currently do not", "not at
// present", "not at this time", and the time word a few words after the
// negation, on its verb ("We do not use AI at the moment to make
// decisions", b145-23), commas around it or not ("does not, for the time
// being, independently host", b217-43).

var presentDenialRE = mustPattern(`(?i)\b(?:(?:not|n't|never),?\s+(?:[\p{L}-]+,?\s+){0,3}?(?:currently|presently|at\s+present|at\s+the\s+moment|at\s+this\s+time|for\s+now|for\s+the\s+time\s+being|right\s+now|yet)|(?:currently|presently)\s+(?:do|does|will|are|is|have|has)\s*(?:not|n't))\b`)

// presentDenial returns +1 when new limits a denial to the present that
// old did not, -1 for the reverse, 0 otherwise.
func presentDenial(old, new string) int {
	if !containsJoined(old, new, "not") && !containsJoined(old, new, "n't") && !containsJoined(old, new, "never") {
		return 0
	}
	o, n := len(presentDenialRE.FindAllString(old, -1)), len(presentDenialRE.FindAllString(new, -1))
	switch {
	case n > o:
		return 1
	case n < o:
		return -1
	}
	return 0
}

// presentDenialVerdict is the verdict for a denial limited to the present
// or freed of that limit.
func (c *classifier) presentDenialVerdict(ch redline.Change, sig *signals, removed, added []string, cat, ctxOld, ctxNew string) (Verdict, bool) {
	d := presentDenial(ctxOld, ctxNew)
	if d == 0 {
		return Verdict{}, false
	}
	k := c.categoryOr(cat, "identity", "unclassified")
	v := c.material(ch, k+".force", sig, removed, added, "")
	what, dir := "Commitment weakened: a denial now only for the present", Expands
	if d < 0 {
		what, dir = "Commitment strengthened: a denial no longer only for the present", Restricts
	}
	v.Reason, v.Direction = fmt.Sprintf("%s: %s (%s)", what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}
