package material

import "testing"

// TestSameWorkforce: an organisation's workforce named by another of its
// collective nouns ("our staff" → "our employees", "authorised personnel"
// → "authorised employees") is the same people and the same commitment.
// Twins name other people: a kind of worker that is not the whole
// workforce ("contractors", "administrators"), people added beside them,
// another owner ("our" → "our partners'"). (Written before the rules were
// changed for b1-32 and b4-33.)
func TestSameWorkforce(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b1-32", "Security",
			"Our staff receive regular training on data protection.",
			"Our employees receive regular training on data protection.", false},
		{"personnel → employees, same qualifier", "Who can see your data",
			"Only authorised personnel can access your account data.",
			"Only authorised employees can access your account data.", false},
		{"employees → staff, after a preposition", "Data security",
			"Access to your files is limited to our employees who need it to resolve your ticket.",
			"Access to your files is limited to our staff who need it to resolve your ticket.", false},
		{"twin: contractors", "Security",
			"Our staff receive regular training on data protection.",
			"Our contractors receive regular training on data protection.", true},
		{"twin: administrators", "Security",
			"Our staff can access your account data to provide support.",
			"Our administrators can access your account data to provide support.", true},
		{"twin: contractors added", "Who can see your data",
			"Only authorised personnel can access your account data.",
			"Only authorised employees and contractors can access your account data.", true},
		{"twin: another owner", "Who can see your data",
			"Only our staff can access your account data.",
			"Only our partners' employees can access your account data.", true},
		{"twin: their people", "Who can see your data",
			"Only our staff can access your account data.",
			"Only their employees can access your account data.", true},
		{"twin: a weaker commitment beside", "Security",
			"Our staff receive regular training on data protection.",
			"Our employees may receive training on data protection.", true},
	})
}
