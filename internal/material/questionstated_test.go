package material

import "testing"

// TestQuestionStated: a question and the answer that completes it commit
// to what the statement they make does (b238). An answer that denies
// what the statement said, or says more than "Yes" or "No", is the change
// it is.
func TestQuestionStated(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a denial asked and denied", "Sharing",
			"Brightpath does not sell personal information.",
			"Does Brightpath sell personal information? No, it does not.", false},
		{"a denial asked and affirmed", "Sharing",
			"Brightpath does not sell personal information.",
			"Does Brightpath sell personal information? Yes.", true},
		{"a denial asked, the answer excepting", "Sharing",
			"Brightpath does not sell personal information.",
			"Does Brightpath sell personal information? No, except to our marketing partners.", true},
		{"a practice asked and affirmed", "Security",
			"- We encrypt backups at rest.",
			"- Do we encrypt backups at rest? Yes, we do.", false},
		{"a practice asked, the answer hedged", "Security",
			"- We encrypt backups at rest.",
			"- Do we encrypt backups at rest? Usually.", true},
		{"what is collected, asked", "Information we collect",
			"When you use our app we may collect: device model, operating system and crash reports.",
			"What may we collect when you use our app? Device model, operating system and crash reports.", false},
		{"what is collected, asked, an item added", "Information we collect",
			"When you use our app we may collect: device model, operating system and crash reports.",
			"What may we collect when you use our app? Device model, operating system, precise location and crash reports.", true},
	})
}

func TestStatedQuestions(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Does omnie sell personal information? No, it does not.", "omnie does not sell personal information. "},
		{"Can you withdraw consent? Yes, at any time.", "you can withdraw consent, at any time."},
		{"profiling – what do we use your data for? Statistics.", "profiling – we use your data for: Statistics."},
		{"Do you want to opt out? Click the link.", "Do you want to opt out? Click the link."},
		{"What happens next?", "What happens next?"},
	} {
		if got := statedQuestions(tc.in); got != tc.want {
			t.Errorf("statedQuestions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
