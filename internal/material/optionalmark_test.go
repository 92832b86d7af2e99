package material

import "testing"

// TestOptionalMark: a mark saying whether the reader must give a thing
// ("optional", "voluntary", "mandatory"), put, dropped or turned round,
// is material even where the sentence's own force ("we may collect")
// hides it: "email address (optional)" → "email address" (b41-07). The
// same mark in other words, or moved, is not.
func TestOptionalMark(t *testing.T) {
	const h = "Information We Collect"
	const old = "When you create an account, we may collect your username, email address (optional), and password."
	checkMaterial(t, []materialCase{
		{h, old, "When you create an account, we may collect your username, email address, and password.", true},
		{h, old, "When you create an account, we may collect your username, email address (mandatory), and password.", true},
		{h, "When you create an account, we may collect your username, email address, and password.", old, true},
		{h, "Providing your phone number is voluntary.", "Providing your phone number is mandatory.", true},
		{h, "When you create an account, we may collect your username, phone number (optional), and password.",
			"When you create an account, we may collect your username, phone number (compulsory), and password.", true},
		// The same mark, in other words.
		{h, old, "When you create an account, we may collect your username, email address (voluntary), and password.", false},
		{h, old, "When you create an account, we may collect your username, password and email address (optional).", false},
		{h, old, "When you create an account, we may collect your user name, e-mail address (optional), and password.", false},
	})
}
