package material

import "testing"

// TestPersistenceQualifier: one adjective may say how long data lives or
// where it is deleted from. "A temporary session identifier" → "A session
// identifier" may last; "removed from our databases" → "… from our live
// databases" may live on in backups; "permanently deleted" → "deleted"
// may be recovered (misses found in no labelled set:
// "Same commitments, reworded"). The word moved, or said of another noun
// of the same sentence, is not a change; "temporary" → "permanent" stays
// material as an opposite.
func TestPersistenceQualifier(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Identifiers", "A temporary session identifier is generated for technical purposes but is not linked to any identifiable individual.",
			"A session identifier is generated for technical purposes but is not linked to any identifiable individual.", true},
		{"Identifiers", "We assign your device a temporary identifier for fraud prevention.",
			"We assign your device an identifier for fraud prevention.", true},
		{"Uploads", "Files you upload are kept in ephemeral storage while we convert them.",
			"Files you upload are kept in storage while we convert them.", true},
		{"Deletion", "The content of deleted posts is removed from our databases 30 days after deletion.",
			"The content of deleted posts is removed from our live databases 30 days after deletion.", true},
		{"Deletion", "Backups are held in our production systems in Ireland.",
			"Backups are held in our systems in Ireland.", true},
		{"Payments", "Since we support 14-day refunds, we need to be able to track payments. Transaction IDs are permanently deleted after 20 days.",
			"Since we support 14-day refunds, we need to be able to track payments. Transaction IDs are deleted after 20 days.", true},
		{"Payments", "Transaction IDs are deleted after 20 days.", "Transaction IDs are securely deleted after 20 days.", true},
		// The same.
		{"Identifiers", "We assign your device a temporary identifier for fraud prevention.",
			"For fraud prevention, we assign your device a temporary identifier.", false},
		{"Identifiers", "We assign your device a temporary identifier for fraud prevention.",
			"We give your device a temporary identifier for fraud prevention.", false},
		// The nearest edits that change another term stay material.
		{"Identifiers", "We assign your device a temporary identifier for fraud prevention.",
			"We assign your device a permanent identifier for fraud prevention.", true},
		{"Identifiers", "We assign your device a temporary identifier for fraud prevention.",
			"We assign your device a temporary identifier for fraud prevention and advertising.", true},
	})
}

// TestPersistenceBeside: a word of finality dropped while the sentence was
// split or reworded elsewhere (b231-07) is still dropped; the same split
// keeping it is the same commitment.
func TestPersistenceBeside(t *testing.T) {
	const o = "If a customer cancels: customers have 30 days to export their data after this period, data is permanently deleted from active systems."
	runRestated(t, []restatedCase{
		{"permanently dropped in a split", "Retention", o, "If a customer cancels, they have 30 days to export their data. After this period, data is deleted from active systems.", true},
		{"twin: moved after the verb", "Retention", o, "When a customer cancels: customers have 30 days to export their data; after this period, data is deleted permanently from active systems.", false},
		{"twin: kept in the split", "Retention", o, "If a customer cancels, they have 30 days to export their data. After this period, data is permanently deleted from active systems.", false},
	})
}
