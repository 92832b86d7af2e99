package material

import "testing"

// TestOpenBracketRemoved: a bracket of examples that says it is not the
// whole list ("(Cloudflare, AWS, Google Cloud, etc)"), taken away whole
// while the noun it illustrates stays, names nothing removed: the names
// are still among what the noun says. A closed list taken away, the noun
// changed with it, or names added as examples, stays material. (Written
// for b23-31.)
func TestOpenBracketRemoved(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b23-31", "Separation of Duties and Authorization",
			"* Developers are only given access to key npm services (Cloudflare,\n  AWS, Google Cloud, etc) when it's required for their job.",
			"* Developers are only given access to key npm services when it's required for their job.", false},
		{"and others", "Sharing",
			"We share order details with delivery partners (DHL, UPS and others) to ship your order.",
			"We share order details with delivery partners to ship your order.", false},
		{"a closed list taken away", "Sharing",
			"We share order details with delivery partners (DHL and UPS) to ship your order.",
			"We share order details with delivery partners to ship your order.", true},
		{"the noun changed with it", "Sharing",
			"We share order details with delivery partners (DHL, UPS and others) to ship your order.",
			"We share order details with our own couriers to ship your order.", true},
		{"names added as examples", "Sharing",
			"We share order details with delivery partners to ship your order.",
			"We share order details with delivery partners (DHL, UPS and others) to ship your order.", true},
	})
}
