package material

import "testing"

// Mends of round 77 (batches 367 to 370, written blind and first run on
// round 76's mends). Each test has twins that must stay as they were.

// TestBracketQualifierDefinesNothing: a condition in brackets after a
// noun ("from our partners (where permitted)", b367-33) qualifies; it is
// no definition of the noun, though the other side writes the same
// bracket. A definition in brackets still is ("adults (individuals aged
// 18 or over)").
func TestBracketQualifierDefinesNothing(t *testing.T) {
	const h = "How We Use Your Information"
	const old = "  • To communicate with you, including sending service updates, support messages, and marketing communications (where permitted)."
	runRestated(t, []restatedCase{
		{"a sender put before the bracket", h, old, "  • To communicate with you, including sending service updates, support messages, and marketing communications from our partners (where permitted).", true},
		{"third parties", h, "  • To send marketing communications (where permitted).", "  • To send marketing communications from third parties (where permitted).", true},
		{"twin: a definition in brackets", "Children", "The Service is for individuals aged 18 or over.", "The Service is for adults (individuals aged 18 or over).", false},
	})
}

// TestLawQualifiedByCountry: a law's initials after the country whose law
// it is ("the Swiss FADP", "Japan's APPI", batch 370) name the law, not a
// recipient; a company named so is read as written.
func TestLawQualifiedByCountry(t *testing.T) {
	const h = "Your Rights"
	runRestated(t, []restatedCase{
		{"Swiss FADP", h, "You have rights under data protection law.", "You have rights under data protection law, as under the Swiss FADP.", false},
		{"Japan's APPI, in brackets", h, "Under GDPR, you have the right to request access.", "Under GDPR, the Swiss FADP and Japan's APPI, you have the right to request access.", false},
		{"twin: a company", h, "We share your data with our processors.", "We share your data with our processors and Swiss Analytics AG.", true},
	})
}
