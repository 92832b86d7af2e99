package material

import "testing"

// TestGlossRestated: a gloss that repeats what the policy itself says a
// term or a party is commits to nothing (probed on the seeds: "Customers,
// as the Data Controllers, are responsible" where the policy says "The
// Customer acts as the Data Controller", and a definition of the
// Definitions list repeated in brackets; 4 false alarms of 26 among the
// glosses and defined terms probed). Twins: a gloss the policy does not
// give, a role it gives another party, or a change beside the gloss.
func TestGlossRestated(t *testing.T) {
	rb := Builtin()
	const roles = "## Role\n\nWhen customers use the platform:\n\n- The Customer acts as the Data Controller\n- OmniCRM acts as a Data Processor\n\n"
	const defs = "## Definitions\n\n- Data Controller: The entity that determines the purposes and means of processing (us)\n\n"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"probe: role restated", roles + "## Documents\n\nCustomers are responsible for implementing appropriate data retention policies.\n",
			roles + "## Documents\n\nCustomers, as the Data Controllers, are responsible for implementing appropriate data retention policies.\n", false},
		{"role restated without article", roles + "## Breach\n\nCustomers remain responsible for determining whether regulatory reporting is required.\n",
			roles + "## Breach\n\nCustomers, as Data Controllers, remain responsible for determining whether regulatory reporting is required.\n", false},
		{"probe: definition repeated", defs + "## Contact\n\nThe data controller responsible for your personal information is Omniops Ltd.\n",
			defs + "## Contact\n\nThe data controller (the entity that determines the purposes and means of processing) responsible for your personal information is Omniops Ltd.\n", false},
		{"a defined name repeated", "## Intro\n\nThis policy covers our Omni Lead Management Software (the \"Service\").\n\n## Children\n\nThe Service is not intended for children under 13.\n",
			"## Intro\n\nThis policy covers our Omni Lead Management Software (the \"Service\").\n\n## Children\n\nThe Service (our Omni Lead Management Software) is not intended for children under 13.\n", false},
		// Twins.
		{"twin: a role the policy gives the other party", roles + "## Documents\n\nOmniCRM is responsible for deleting documents.\n",
			roles + "## Documents\n\nOmniCRM, as the Data Controller, is responsible for deleting documents.\n", true},
		{"twin: a gloss the policy does not give", "## Sharing\n\nWe share data with our partners.\n\n## Partners\n\nOur partners help us.\n",
			"## Sharing\n\nWe share data with our partners (advertising networks).\n\n## Partners\n\nOur partners help us.\n", true},
		{"twin: a period changed beside the gloss", roles + "## Retention\n\nCustomers have 30 days to export their data.\n",
			roles + "## Retention\n\nCustomers, as the Data Controllers, have 14 days to export their data.\n", true},
	} {
		rep, _, why := judgeText(rb, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
