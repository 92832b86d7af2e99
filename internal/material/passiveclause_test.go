package material

import "testing"

// TestClausePassive: a clause saying which ones, turned passive, keeps
// its verb, whose last consonant the participle doubles ("submit" →
// "submitted", "transfer" → "transferred"): "the data you transfer to
// us" is "data transferred to us". The clause dropped, or the period or
// the party changed, is material. (Written for b16-07.)
func TestClausePassive(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b16-07", "12. USE OF ARTIFICIAL INTELLIGENCE",
			"Customers remain responsible for how they use such functionality and what data they submit to those tools.",
			"Responsibility for how such functionality is used, and for what data is submitted to those tools, stays with the customer.", false},
		{"they submit → is submitted", "12. USE OF ARTIFICIAL INTELLIGENCE",
			"Customers remain responsible for how they use such functionality and what data they submit to those tools.",
			"Customers remain responsible for how they use such functionality and what data is submitted to those tools.", false},
		{"you transfer → transferred", "Retention",
			"We keep the data you transfer to us for 30 days.",
			"Data transferred to us is kept for 30 days.", false},
		{"that you submit → submitted", "Retention",
			"We delete the files that you submit to us after 30 days.",
			"Files submitted to us are deleted after 30 days.", false},
		{"you omit → omitted", "Your account",
			"We may ask you again for any details you omit from the form.",
			"We may ask you again for any details omitted from the form.", false},
		{"clause dropped", "Retention",
			"We keep the data you transfer to us for 30 days.",
			"We keep data for 30 days.", true},
		{"passive, another period", "Retention",
			"We keep the data you transfer to us for 30 days.",
			"Data transferred to us is kept for 60 days.", true},
		{"passive, another party", "Retention",
			"We delete the files that you submit to us after 30 days.",
			"Files submitted to us by your employer are deleted after 30 days.", true},
		{"passive, responsibility moved", "12. USE OF ARTIFICIAL INTELLIGENCE",
			"Customers remain responsible for how they use such functionality and what data they submit to those tools.",
			"Responsibility for how such functionality is used, and for what data is submitted to those tools, stays with OmniCRM.", true},
	})
}
