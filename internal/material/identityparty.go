package material

import (
	"github.com/redline-legal/redline/internal/redline"
)

// Identity is who the controller is (GDPR Art. 13(1)(a)): the author, its
// role, its representative. The words of roles and of corporate ties
// ("service provider", "controller", "subsidiaries", "merger") name the
// author's identity only where the author is the one they are said of
// ("we act as a service provider", "Acme Ltd is the controller"). Said
// of the parties data goes to, they say whom it goes to: "we send
// recordings to third-party AI providers, which use them as independent
// controllers" (b35-08), "Our affiliates and subsidiaries as necessary or
// appropriate" under a list of those we provide data to (b44-03), "our
// service provider" → "our partner" (b45-27), "Those service providers
// will be permitted to obtain …" (b31-11), "In the event of a merger …
// sale of … our assets, your information may be transferred" (b39-33):
// recipients, the sentence's verb of passing data on deciding.

// authorRoleRE finds a sentence that says who or what the author is: a
// role said of "we" or of a name by a copula or "act as", the company a
// product is "provided by" or "offered by" (a name: "the Lumo apps
// provided by Lumo Labs GmbH", not "data provided by you"), or the
// author's registration and control, its parent, and a controllership
// it shares ("Lydia and its Partners are jointly controllers").
var authorRoleRE = mustPattern(`(?i)\b(?:we|us|[A-Z][\w.&-]*)\s+(?:are|is|am|act|acts|acting|operate|operates|serve|serves|will\s+be|remain|remains)\s+(?:as\s+)?(?:a|an|the|its|our|your|joint|sole)?\s*(?:independent\s+|joint\s+)?(?:data\s+)?(?:controller|processor|service\s+provider|representative|subsidiary|parent)|\b(?:operated|controlled|owned|represented)\s+by\b|\b(?:offered|provided|developed|published)\s+by\s+(?-i:[A-Z])|\bregistered\s+(?:office|address|in|with|under)\b|\b(?:company|registration)\s+number\b|\b(?:data\s+protection\s+officer|dpo)\b|\b(?:its|our)\s+(?:ultimate\s+)?parent\b|\bjoint(?:ly)?\s+(?:controllers?|responsible|define|determine)\b`)

// identityOfParties reports changed sentences filed under identity that
// pass data on to parties, a word of recipients among their own, and say
// nothing of who the author is (authorRoleRE).
func (c *classifier) identityOfParties(ch redline.Change) bool {
	so, sn := c.changedSentences(ch.Old, ch.New)
	r := c.rb.categoryIndex("recipients")
	if r < 0 || authorRoleRE.MatchString(so) || authorRoleRE.MatchString(sn) || c.brandDefined(so+" "+sn) || weDefinedRE.MatchString(so+" "+sn) {
		return false
	}
	for _, s := range []string{so, sn} {
		for _, h := range c.ix.strongHits(c.ix.fold(s)) {
			if int(h.k) == r {
				return true
			}
		}
	}
	return false
}
