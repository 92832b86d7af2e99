package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A parenthesised definition says what its term covers: "our Omni Lead
// Management Software (the "Service")" → "… (the "Service", including
// our mobile app and browser extension)" brings two products under every
// promise the policy makes of the Service (b292-31). Words after the
// quoted term, inside the definition's brackets, are part of what it
// defines, not an example of something the sentence already names, and
// their change is the scope of the policy changed.

// definitionTailRE is a parenthesised definition with words after its
// quoted term: "(the "Service", including our mobile app)".
var definitionTailRE = mustPattern(`\((?:collectively,?\s+)?(?:the|our)\s+["“”'‘’]{1,2}[A-Z][\w ]{0,40}["“”'‘’]{1,2}\s*[,;]\s*([^()]{1,200})\)`)

// definitionTail returns the words after the quoted term of each
// parenthesised definition of s, joined.
func definitionTail(s string) string {
	if !definitionOpened(s) {
		return "" // the cheap test first (servicedefined.go)
	}
	var out []string
	for _, m := range definitionTailRE.FindAllStringSubmatch(s, -1) {
		out = append(out, strings.TrimSpace(m[1]))
	}
	return strings.Join(out, "; ")
}

// definitionWidenedVerdict is the verdict on a change of what a
// definition's brackets add after its term.
func (c *classifier) definitionWidenedVerdict(ch redline.Change) (Verdict, bool) {
	to, tn := definitionTail(ch.Old), definitionTail(ch.New)
	if to == tn || c.rb.categoryIndex("scope") < 0 {
		return Verdict{}, false
	}
	v := c.material(ch, "scope.defined", &signals{}, nil, nil, "")
	switch {
	case to == "":
		v.Reason, v.Direction = fmt.Sprintf("%s: what a defined term covers, widened: '%s' added to its definition", c.label("scope"), tn), Expands
	case tn == "":
		v.Reason, v.Direction = fmt.Sprintf("%s: what a defined term covers, narrowed: '%s' taken from its definition", c.label("scope"), to), Restricts
	default:
		v.Reason = fmt.Sprintf("%s: what a defined term covers changed: '%s' → '%s'", c.label("scope"), to, tn)
	}
	return v, true
}
