package material

import "testing"

// TestContentsGoesOn: a sentence that goes on saying what the document
// covers, after one that began to ("This policy tells you how we collect
// … Here, we also explain your rights" → "This policy explains how we
// collect … It also explains your rights"), commits to nothing more than
// the first: each part of the document states its own commitments. Twins
// put a commitment of the author's in the sentence after (a denial, a
// deadline, a power to change the policy), or open the text with "It".
// (Written before the rules were changed for b10-01.)
func TestContentsGoesOn(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b10-01", "Finnair privacy policy",
			"This Finnair Privacy Policy tells you how we collect, use, disclose and in other ways process your personal data. Here, we also explain your rights, how to contact us and how we safeguard your data.",
			"This Finnair privacy policy explains how we collect, use, disclose and process your personal data. It also explains your rights, how to contact us and how we safeguard your data.", false},
		{"it also sets out", "About this notice",
			"This notice explains what personal data we collect. It also describes your rights.",
			"This notice explains what personal data we collect and why. It also sets out your rights and how to use them.", false},
		{"twin: a denial after it", "About this notice",
			"This notice explains what personal data we collect. It also describes your rights.",
			"This notice explains what personal data we collect. We never sell your personal data.", true},
		{"twin: a deadline added after it", "About this notice",
			"This policy explains how we collect your data. Here, we also explain your rights.",
			"This policy explains how we collect your data. Here, we also explain your rights. We will respond to requests within 30 days.", true},
		{"twin: 'it' may change", "About this notice",
			"This policy explains how we use your data. It also explains your rights.",
			"This policy explains how we use your data. It may change without notice.", true},
		{"twin: 'it also explains that'", "About this notice",
			"This policy explains how we use your data. It also explains your rights.",
			"This policy explains how we use your data. It also explains that we share your data with advertisers.", true},
		{"twin: 'it' first, about the data", "Your data",
			"We collect your email address. It is used to send receipts.",
			"We collect your email address. It also describes your account to our partners.", true},
	})
}
