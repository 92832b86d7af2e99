package material

import (
	"github.com/redline-legal/redline/internal/redline"
)

// Who may make a request on another's behalf is how a right is exercised
// (GDPR Art. 12, the CCPA's authorized agents), though the one acted for
// is a child: "You may also make a request on behalf of your minor
// child." dropped (b54-39) takes from parents a way to use their child's
// rights; no age threshold moves. A sentence that states the age ("on
// behalf of your child under 13") is about children of that age, as
// every sentence that states one is.
//
// requestOnBehalf returns "rights" for a material verdict of children
// whose changed sentences, on each side that has any, all make a request
// or use a right on a child's behalf (behalfOfChildRE) and state no age
// (ageThreshold); "" otherwise.
func (c *classifier) requestOnBehalf(v Verdict, ch redline.Change) string {
	if v.Category != "children" || c.rb.categoryIndex("rights") < 0 {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	any := false
	for _, side := range []string{so, sn} {
		for _, s := range sentences(side) {
			if !behalfOfChildRE.MatchString(s) || c.ageThreshold(c.ix.fold(s)) {
				return ""
			}
			any = true
		}
	}
	if !any {
		return ""
	}
	return "rights"
}

// behalfOfChildRE is a request made, or a right used, on a child's
// behalf: "make a request on behalf of your minor child", "exercise these
// rights on behalf of your child".
var behalfOfChildRE = mustPattern(`(?i)\b(?:request|requests|exercise|submit|make)\b[^.;]{0,50}\bon\s+(?:behalf\s+of|the\s+behalf\s+of)\s+(?:your|a|their|his|her)\s+(?:minor\s+|own\s+)?(?:child|children|kids?|son|daughter|teens?|teenagers?)\b`)
