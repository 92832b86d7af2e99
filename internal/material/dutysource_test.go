package material

import "testing"

// TestDutySource: the source of a duty named before it keeps the duty
// (b102-34, b106-14, b110-33, b225-33); the duty weakened beside it is not the
// same. "An upper bound to" is a limit,
// not a duty. (Written before the rules were changed.)
func TestDutySource(t *testing.T) {
	runRestated(t, []restatedCase{
		{"contractually bound for obligated", "Processors",
			"Our processors are obligated to delete your data when the contract ends.",
			"Our processors are contractually bound to delete your data when the contract ends.", false},
		{"bound by contract for obligated", "Processors",
			"Our processors are obligated to delete your data when the contract ends.",
			"Our processors are bound by contract to delete your data when the contract ends.", false},
		{"contractually required for required", "Disclosure",
			"Our auditors are required to keep your records confidential.",
			"Our auditors are contractually required to keep your records confidential.", false},
		{"the duty weakened beside its source", "Processors",
			"Our processors are obligated to delete your data when the contract ends.",
			"Our processors are contractually encouraged to delete your data when the contract ends.", true},
		{"a bound is no duty", "Retention",
			"Logs are kept for up to 30 days, a limit set by our auditors.",
			"Logs are kept for up to 30 days, an upper bound to satisfy our auditors.", true},
	})
}
