package material

import "testing"

// Mends of round 72 (batches 347 to 350, written blind and first run on
// round 71's mends). Each test has twins that must stay as they were.

// TestAgentMoved: switching the voice keeps who acts ("managed by AWS" is
// "AWS manages"); an actor changed while switching it ("managed by AWS"
// → "We manage", b348-07; "Clients are responsible for determining" →
// "is determined by omnie and its clients", b348-43) moves the duty, read
// in a whole policy that names the parties elsewhere. In this short
// policy other rules flag the two as well; in the seed policies only this
// one does, and TestSeedBatchesWholeDocument holds it there (b348-07 and
// b348-43 are no longer known misses). The twins hold what it must not
// flag.
func TestAgentMoved(t *testing.T) {
	const doc = "# omnie Privacy Policy\n\nomnie (\"we\", \"us\") provides support services to its clients.\n\nAll platform infrastructure is hosted on AWS servers, and AWS provides our backup systems.\n\nOur clients decide how their data is used.\n\n%s\n"
	runInDoc(t, doc, []restatedCase{
		{"managed by AWS → we manage", "", "Infrastructure security and redundancy are managed by AWS through automated backup systems.",
			"We manage infrastructure security and redundancy through automated backup systems.", true},
		{"clients determine → determined by omnie and its clients", "", "Clients are responsible for determining how data is collected and retained.",
			"How data is collected and retained is determined by omnie and its clients.", true},
		{"twin: managed by AWS → AWS manages", "", "Backups are managed by AWS through automated systems.",
			"AWS manages backups through automated systems.", false},
		{"twin: encrypted by us → we encrypt", "", "Your data is encrypted by us at rest.", "We encrypt your data at rest.", false},
		{"twin: protected by encryption names no one", "", "Your data is protected by encryption at rest.", "We protect your data with encryption at rest.", false},
		{"twin: provided by: a colon", "", "omnie operates using cloud infrastructure provided by: AWS", "omnie runs on cloud infrastructure provided by AWS.", false},
	})
}

// TestEveryoneAside: words that name every kind of reader or use ("whether
// you are a buyer or a seller", "for buyers and sellers alike", batch
// 347; "whatever their cookie choices") limit nothing; one alternative
// alone is a limit, and "whether or not" turned into "if" a condition.
func TestEveryoneAside(t *testing.T) {
	const h = "Your rights"
	const old = "To exercise these rights, please contact us using the details below."
	runRestated(t, []restatedCase{
		{"as a buyer or a seller", h, old, "To exercise these rights as a buyer or a seller, please contact us using the details below.", false},
		{"whether you are a buyer or a seller", "Automated decisions", "You have the right to request human review of any AI-generated response.",
			"You have the right to request human review of any AI-generated response, whether you are a buyer or a seller.", false},
		{"buyers and sellers alike", "Information we collect", "This information may include: Name, email address.",
			"This information may include, for buyers and sellers alike: Name, email address.", false},
		{"whatever their cookie choices", "Scope", "This Privacy Policy applies to visitors to the OmniCRM website.",
			"This Privacy Policy applies to visitors to the OmniCRM website, whatever their cookie choices.", false},
		{"twin: as a seller alone", h, old, "To exercise these rights as a seller, please contact us using the details below.", true},
		{"twin: whether or not made a condition", "Notice", "We will notify you by email of any significant change, whether or not you have opted in to marketing emails.",
			"We will notify you by email of any significant change if you have opted in to marketing emails.", true},
		{"twin: beside a period changed", "Retention", "Customers have 30 days to export their data.",
			"Customers, buyers and sellers alike, have 14 days to export their data.", true},
	})
}
