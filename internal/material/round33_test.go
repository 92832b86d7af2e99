package material

import "testing"

// TestShownToOthers: a bracket saying who is shown a thing names a
// recipient, not an example (b255-22, where the item's words are of no
// category and the change is still missed).
func TestShownToOthers(t *testing.T) {
	runRestated(t, []restatedCase{
		{"shown to other members", "Information collected automatically",
			"  • Dates of your last sign-in",
			"  • Dates of your last sign-in (visible to other members on your profile)", true},
		{"an example of the same thing", "Information collected automatically",
			"  • Dates of your last sign-in",
			"  • Dates of your last sign-in (for example, yesterday's date)", false},
	})
}

// TestAboutANumber: "about" or "around" before a number makes the
// number approximate, as "approximately" does (b256-26); before anything
// else it is "regarding".
func TestAboutANumber(t *testing.T) {
	runRestated(t, []restatedCase{
		{"within 30 days → in about 30 days", "Your rights",
			"We answer every request within 30 days.",
			"We answer every request in about 30 days.", true},
		{"within 30 days → around 30 days", "Your rights",
			"We answer every request within 30 days.",
			"We answer every request within around 30 days.", true},
		{"questions about", "Contact",
			"Contact us with questions regarding your data.",
			"Contact us with questions about your data.", false},
	})
}

// TestNumberOf: "a number of" is some, not any (b256-24); said of what a
// company uses it counts loosely, as "several" does (b143-10), and
// "various" says as much.
func TestNumberOf(t *testing.T) {
	runRestated(t, []restatedCase{
		{"any → a number of", "Human review",
			"You may ask for human review of any automated decision.",
			"You may ask for human review of a number of automated decisions.", true},
		{"a loose count of what is used", "Cookies",
			"Our website uses tracking technologies including Google Analytics and Hotjar.",
			"Our website uses a number of tracking technologies, including Google Analytics and Hotjar.", false},
		{"various → a number of", "Purposes",
			"We use your information for various purposes, including support.",
			"We use your information for a number of purposes, including support.", false},
	})
}
