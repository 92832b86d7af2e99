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

// TestSameWork: the work someone does named by another noun of the whole
// of it ("to perform their duties" → "to do their jobs") is the same
// need. Twins name a kind of work, add a purpose beside it, or give the
// work to another owner. (Written before the rules were changed for
// b8-38.)
func TestSameWork(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b8-38", "Data security",
			"Access to personal data is limited to employees who need it to perform their duties.",
			"Only employees who need personal data to do their jobs have access to it.", false},
		{"tasks → responsibilities", "Data security",
			"Only staff who need your data for their tasks can see it.",
			"Only staff who need your data for their responsibilities can see it.", false},
		{"twin: a kind of work", "Data security",
			"Access to personal data is limited to employees who need it to perform their duties.",
			"Access to personal data is limited to employees who need it to perform their marketing tasks.", true},
		{"twin: a purpose beside", "Data security",
			"Access to personal data is limited to employees who need it to perform their duties.",
			"Access to personal data is limited to employees who need it to perform their jobs or to train our models.", true},
		{"twin: another owner", "Data security",
			"Access to personal data is limited to employees who need it to perform their duties.",
			"Access to personal data is limited to employees who need it to perform our partners' jobs.", true},
	})
}
