package material

import "testing"

// TestNegationCut: the last item of a list under a denial set against it
// by "but" is now required, not denied ("without creating an account or
// giving us your email" → "… but by giving us your email", a miss found in
// no labelled set: "Same commitments, reworded"); and the reverse. Twins:
// the list under the denial punctuated or reworded: minor.
func TestNegationCut(t *testing.T) {
	runRestated(t, []restatedCase{
		{"without … or giving → but by giving", "Newsletter",
			"You can read our blog without creating an account or giving us your email.",
			"You can read our blog without creating an account but by giving us your email.", true},
		{"without … or sharing → but by sharing", "Browsing",
			"You can browse the catalogue without signing up or sharing your phone number.",
			"You can browse the catalogue without signing up but by sharing your phone number.", true},
		{"we do not … and → but", "Location",
			"We do not store your precise location and do not share it with advertisers.",
			"We do not store your precise location but do share it with advertisers.", true},
		{"reverse: but with → or", "Support",
			"You can contact support without an account but with your order number.",
			"You can contact support without an account or your order number.", true},
		{"we do not sell or rent → we rent, but do not sell", "Sharing",
			"We do not sell or rent your personal information to third parties.",
			"We rent, but do not sell, your personal information to third parties.", true},
		{"we do not sell or share → we share but do not sell", "Sharing",
			"We do not sell or share your personal information.",
			"We share but do not sell your personal information.", true},
		{"twin: the denial kept whole, the acts in another order", "Sharing",
			"We do not sell or rent your personal information to third parties.",
			"We do not rent or sell your personal information to third parties.", false},
		{"twin: the list under the denial punctuated", "Newsletter",
			"You can read our blog without creating an account or giving us your email.",
			"You can read our blog without creating an account, or giving us your email.", false},
		{"twin: the list under the denial reworded", "Newsletter",
			"You can read our blog without creating an account or giving us your email.",
			"You can read our blog without having to create an account or give us your email.", false},
	})
}
