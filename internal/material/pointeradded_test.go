package material

import "testing"

// TestPointerAdded: a cross-reference to another part of the same policy,
// put in or taken out, commits to nothing (probed on the seeds: 7 false
// alarms of 14, "(see section 13)", "As described under Data Storage and
// Retention,", "(see Third-Party Services below)"). Twins: a pointer to
// another document, whose terms it may bring in, and a commitment changed
// beside the pointer, stay material.
func TestPointerAdded(t *testing.T) {
	rb := Builtin()
	const retention = "## Data Storage and Retention\n\nomnie does not store or maintain customer data independently.\n\n"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"probe: (see section 13)", "## 4. Identification Documents\n\nCustomers are responsible for implementing appropriate data retention policies to ensure these documents are not stored longer than necessary.\n",
			"## 4. Identification Documents\n\nCustomers are responsible for implementing appropriate data retention policies (see section 13) to ensure these documents are not stored longer than necessary.\n", false},
		{"probe: as described under a heading", retention + "## Retention\n\nomnie does not retain customer data outside of client systems.\n",
			retention + "## Retention\n\nAs described under Data Storage and Retention, omnie does not retain customer data outside of client systems.\n", false},
		{"as described above, at the end", "## Individual Rights\n\nRequests should be directed to the client responsible for the data.\n",
			"## Individual Rights\n\nRequests should be directed to the client responsible for the data, as described above.\n", false},
		{"a heading pointed to in brackets, removed", "## Transfers\n\nOptional integrations (see Third-Party Services below) transfer data per their own agreements.\n\n## Third-Party Services\n\nWe integrate with Shopify.\n",
			"## Transfers\n\nOptional integrations transfer data per their own agreements.\n\n## Third-Party Services\n\nWe integrate with Shopify.\n", false},
		// Twins.
		{"twin: another document's terms brought in", "## Transfers\n\nWe transfer data to our processors.\n\nSee our Data Processing Agreement for details.\n",
			"## Transfers\n\nAs set out in our Data Processing Agreement, we transfer data to our processors.\n\nSee our Data Processing Agreement for details.\n", true},
		{"twin: a period changed beside the pointer", "## Retention\n\nWe keep chat conversations for 90 days.\n",
			"## Retention\n\nAs described above, we keep chat conversations for 180 days.\n", true},
		{"twin: a title the policy does not have", "## Sharing\n\nWe share data with our hosting provider.\n",
			"## Sharing\n\nWe share data with our hosting provider (see Advertising Partners below).\n", true},
	} {
		rep, _, why := judgeText(rb, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
