package material

import "testing"

// TestInstrumentAfterTheAct: "use X to V" is "V … with X", and in the
// passive "… is V-ed by X": the same instrument for the same act. Twins
// change the instrument, add a modal, a negation or a partial quantifier,
// or add an act: they stay material. (Written before the rules were
// changed.)
func TestInstrumentAfterTheAct(t *testing.T) {
	runRestated(t, []restatedCase{
		{"use … to protect, protect … with", "Security",
			"We use encryption to protect your data.",
			"We protect your data with encryption.", false},
		{"use … to protect, protect … using", "Security",
			"We use industry-standard encryption to protect your data.",
			"We protect your data using industry-standard encryption.", false},
		{"use … to protect, protected by", "Security",
			"We use encryption to protect your data when it is stored on our servers.",
			"Your data is protected by encryption when it is stored on our servers.", false},
		{"twin: another instrument", "Security",
			"We use encryption to protect your data.",
			"We protect your data with passwords.", true},
		{"twin: a modal", "Security",
			"We use encryption to protect your data.",
			"Your data may be protected by encryption.", true},
		{"twin: some of it", "Security",
			"We use encryption to protect your data.",
			"We protect some of your data with encryption.", true},
		{"twin: third-party cookies", "Cookies",
			"We use cookies to remember your preferences.",
			"We remember your preferences with third-party cookies.", true},
		{"twin: an act added", "Purposes",
			"We use your data to process your payments.",
			"We process your payments with your data and share it with banks.", true},
	})
}

// TestInstrumentHelpsUs: "we use X to V" is "X helps us V", "X enables us
// to V": the instrument made the subject. Another instrument or another
// act added stays material.
func TestInstrumentHelpsUs(t *testing.T) {
	runRestated(t, []restatedCase{
		{"helps us", "Cookies",
			"We use cookies to remember your preferences.",
			"Cookies help us remember your preferences.", false},
		{"enables us to", "Security",
			"We use server logs to detect fraud.",
			"Server logs enable us to detect fraud.", false},
		{"twin: advertising cookies", "Cookies",
			"We use cookies to remember your preferences.",
			"Advertising cookies help us remember your preferences.", true},
		{"twin: an act added", "Cookies",
			"We use cookies to remember your preferences.",
			"Cookies help us remember your preferences and show you ads.", true},
		{"twin: another act", "Purposes",
			"We use your purchase history to recommend products.",
			"Your purchase history helps us target advertising.", true},
	})
}
