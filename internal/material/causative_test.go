package material

import "testing"

// TestDemandAsCausative: a right "to require that your data be moved" is
// a right "to have your data moved": the demand is what the power is used
// for, the same outcome. A demand made a request ("to ask that"), the
// scope of the right widened or its object changed is material. (Written
// for b16-26.)
func TestDemandAsCausative(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b16-26", "7. Your rights",
			"right to data portability — a right to require that personal data be moved from us to another party (this right is limited to data provided to us by you); and",
			"right to data portability — a right to have personal data moved from us to another party (this right covers only data that you have provided to us); and", false},
		{"a right to require that … be erased", "Your rights",
			"Right to erasure: a right to require that we erase your personal data without undue delay.",
			"Right to erasure: a right to have your personal data erased without undue delay.", false},
		{"have → demand that", "Your rights",
			"Right to rectification: a right to have inaccurate personal data corrected.",
			"Right to rectification: a right to demand that inaccurate personal data be corrected.", false},
		{"require → ask", "Your rights",
			"right to data portability — a right to require that personal data be moved from us to another party; and",
			"right to data portability — a right to ask that personal data be moved from us to another party; and", true},
		{"scope widened", "Your rights",
			"right to data portability — a right to require that personal data be moved from us to another party (this right is limited to data provided to us by you); and",
			"right to data portability — a right to have personal data moved from us to another party (this right covers all data we hold about you); and", true},
		{"erased → restricted", "Your rights",
			"Right to erasure: a right to require that we erase your personal data without undue delay.",
			"Right to erasure: a right to have the processing of your personal data restricted without undue delay.", true},
		{"undue delay → one month", "Your rights",
			"Right to erasure: a right to require that we erase your personal data without undue delay.",
			"Right to erasure: a right to have your personal data erased within one month.", true},
	})
}
