package material

import "strings"

// tierNouns are the nouns after a name that make it the name of a plan,
// tier or edition a customer is on: "Customers on OmniCRM Managed Service
// plans" (b48-36).
var tierNouns = map[string]bool{"plan": true, "plans": true, "tier": true, "tiers": true, "edition": true,
	"editions": true, "subscription": true, "subscriptions": true, "package": true, "packages": true}

// planName reports a name every mention of which in text is followed by a
// noun of a plan or tier ("OmniCRM Managed Service plans", "the Zentrova
// Pro subscription"): the name of what the customer buys, the author's
// own offering, not a party data goes to. A name text also writes
// alone ("shared with Zentrova") is a party there and still counts.
func planName(text, e string) bool {
	seen := false
	for _, after := range occurrences(text, e) {
		rest, ok := strings.CutPrefix(after, " ")
		if !ok {
			return false
		}
		w := rest
		if j := strings.IndexFunc(rest, func(r rune) bool { return !('a' <= r && r <= 'z') }); j >= 0 {
			w = rest[:j]
		}
		if !tierNouns[w] {
			return false
		}
		seen = true
	}
	return seen
}
