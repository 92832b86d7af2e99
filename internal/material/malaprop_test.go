package material

import "testing"

// TestThreatMisspelt: a harm to data in a list of safeguards, mended or
// marred by a letter into another English word, is the same harm (b55-18:
// "altercation" → "alteration"). Twins: a harm traded for another, or a
// harm removed: material.
func TestThreatMisspelt(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b55-18", "How We Secure and Store Your Information",
			"Security. Quora maintains appropriate technical, administrative, and physical safeguards to protect the information we collect from unauthorized access, use, disclosure, destruction, and altercation.",
			"Security. Quora maintains appropriate technical, administrative, and physical safeguards to protect the information we collect from unauthorized access, use, disclosure, destruction, and alteration.", false},
		{"destruction → destructions", "Security",
			"We use safeguards designed to protect your data against loss, misuse and destructon.",
			"We use safeguards designed to protect your data against loss, misuse and destruction.", false},
		{"tampering → tempering (marred)", "Security",
			"We protect your data from unauthorised disclosure or tampering.",
			"We protect your data from unauthorised disclosure or tempering.", false},
		{"twin: alteration → destruction", "Security",
			"We protect your data from unauthorised access, disclosure and alteration.",
			"We protect your data from unauthorised access, disclosure and destruction.", true},
		{"twin: alteration dropped", "Security",
			"We protect your data from unauthorised access, disclosure and alteration.",
			"We protect your data from unauthorised access and disclosure.", true},
	})
}
