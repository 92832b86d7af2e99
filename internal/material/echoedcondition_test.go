package material

import "testing"

// TestEchoedCondition: "when we do (so)", a condition whose clause is
// only "do" standing for the act the sentence before names, puts no
// condition the text did not put; written in or left out, the sentence
// after it is done on that act. A clause of its own, a denial ("if we do
// not") or another condition is still one. (Written before the rules were
// changed for b62-37.)
func TestEchoedCondition(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b62-37", "Changes to This Privacy Policy",
			`We may update this Privacy Policy from time to time. We will notify you of any changes by posting the new Privacy Policy on this page and updating the "Last Updated" date. We encourage you to review this Privacy Policy periodically for any changes.`,
			`We may update this Privacy Policy from time to time. When we do, we will post the new Privacy Policy on this page and update the "Last Updated" date; this is how we will notify you of any changes. We encourage you to review this Privacy Policy periodically for any changes.`, false},
		{"when we do so dropped", "Who we are",
			"We may add further companies in the future. When we do so, we will update this notice.",
			"We may add further companies in the future. We will update this notice.", false},
		{"if we do this added", "International transfers",
			"From time to time we transfer your personal information to suppliers based outside of the EEA. Your personal information will continue to be subject to appropriate safeguards set out in the law.",
			"From time to time we transfer your personal information to suppliers based outside of the EEA. If we do this, your personal information will continue to be subject to appropriate safeguards set out in the law.", false},

		{"twin: a clause of its own", "Who we are",
			"We may add further companies in the future. We will update this notice.",
			"We may add further companies in the future. When we do so outside the UK, we will update this notice.", true},
		{"twin: another condition", "Who we are",
			"We may add further companies in the future. We will update this notice.",
			"We may add further companies in the future. If you ask, we will update this notice.", true},
		{"twin: if we do not", "Your rights",
			"We respond to requests within one month. You can complain to the ICO.",
			"We respond to requests within one month. If we do not, you can complain to the ICO.", true},
	})
}
