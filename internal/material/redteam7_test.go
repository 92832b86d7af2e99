package material

import "testing"

// TestRecallRedTeam7: the four misses of the seventh recall red team
// (batch 36), each a family with its minor twins.
//   - The reader's act a condition turns on, made passive: "(when you
//     enable this integration)" → "(when this integration is enabled)".
//     A rule for the reader, or a clause saying which ones, made passive
//     says the same.
//   - A qualifier dropped from a plural noun of the vocabulary: "lawful
//     requests" → "requests".
//   - "its own" put before a purpose: "does not use data for marketing" →
//     "for its own marketing" denies less.
//   - A relative clause after an auxiliary: "inaccurate data" →
//     "inaccurate data they have provided".
func TestRecallRedTeam7(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Information from Third Parties", "- Google Workspace: Calendar events, emails, documents, and contacts (when you enable this integration)",
			"- Google Workspace: Calendar events, emails, documents, and contacts (when this integration is enabled)", true},
		{"Information from Third Parties", "- Google Workspace: Calendar events and contacts (if this integration is enabled)",
			"- Google Workspace: Calendar events and contacts (if you enable this integration)", true},
		{"Reviews", "You may only post reviews of products.", "Reviews can only be posted for products.", false},
		{"Files", "We delete the files that you submit to us after 30 days.", "Files submitted to us are deleted after 30 days.", false},
		{"Legal Obligation", "- Responding to lawful requests from authorities", "- Responding to requests from authorities", true},
		{"Legal Obligation", "- Responding to lawful requests from authorities", "- Responding to legal requests from authorities", false},
		{"Use of Information", "omnie does not use customer data for marketing or independent purposes.",
			"omnie does not use customer data for its own marketing or independent purposes.", true},
		{"Individual Rights", "- Correction of inaccurate data", "- Correction of inaccurate data they have provided", true},
		{"Individual Rights", "- Correction of inaccurate data that you have provided", "- Correction of inaccurate data you have provided", false},
	})
}
