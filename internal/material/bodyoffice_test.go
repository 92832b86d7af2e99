package material

import "testing"

// TestBodysOffice: a regulator named by its office, "the Information
// Commissioner" → "the Information Commissioner's Office (ICO)" (b76-20),
// is the same body: the office is how the officer works, and the reader
// complains to the same one. Another officer's office, or an office
// beside the name, is a body of its own and still weighed. (Written
// before the rules were changed for b76-20.)
func TestBodysOffice(t *testing.T) {
	const old = "You also have the right to lodge a complaint with the UK regulator, the Information Commissioner. Go to ico.org.uk/concerns to find out more."
	runRestated(t, []restatedCase{
		{"b76-20: the Commissioner's Office", "Contact us", old,
			"You also have the right to complain to the UK regulator, the Information Commissioner’s Office (ICO). To find out more, go to ico.org.uk/concerns.", false},
		{"straight apostrophe", "Contact us", old,
			"You also have the right to lodge a complaint with the UK regulator, the Information Commissioner's Office. Go to ico.org.uk/concerns to find out more.", false},

		{"twin: another officer's office", "Contact us", old,
			"You also have the right to lodge a complaint with the UK regulator, the Data Protection Commissioner's Office. Go to ico.org.uk/concerns to find out more.", true},
		{"twin: an office beside it", "Contact us", old,
			"You also have the right to lodge a complaint with the UK regulator, the Information Commissioner, or with your local trading standards office. Go to ico.org.uk/concerns to find out more.", true},
	})
}
