package material

import "testing"

// TestSubsetOfExample: "to countries, including countries that may not
// protect data" and "to countries. Some of these countries may not
// protect data" say the same: the things "including" picks out of the
// set just named are some of them, and "some of these" picks them out
// again, by the same noun. A subset of the set itself ("some of our
// partners", where all were meant), a subset the example did not name,
// or a hedge beside it is still weighed. (Written before the rules were
// changed for b76-25 and b70-28.)
func TestSubsetOfExample(t *testing.T) {
	const b76old = "Your data may be transferred to and processed in countries outside your country of residence, including to countries that may not provide the same level of data protection."
	runRestated(t, []restatedCase{
		{"b76-25: some of these countries", "International Data Transfers", b76old,
			"Your data may be transferred to countries outside your country of residence and processed there. Some of these countries may not provide the same level of data protection.", false},
		{"including partners, some of those partners", "Sharing",
			"We share your contact details with our partners, including partners who may use them for their own marketing.",
			"We share your contact details with our partners. Some of those partners may use them for their own marketing.", false},

		{"twin: some of our partners", "Sharing",
			"We share your contact details with our partners, including partners who may use them for their own marketing.",
			"We share your contact details with some of our partners, who may use them for their own marketing.", true},
		{"twin: a subset the example did not name", "International Data Transfers", b76old,
			"Your data may be transferred to countries outside your country of residence and processed there. Some of these recipients may not provide the same level of data protection.", true},
		{"twin: no example before", "International Data Transfers",
			"Your data may be transferred to countries outside your country of residence. These countries may not provide the same level of data protection.",
			"Your data may be transferred to countries outside your country of residence. Some of these countries may not provide the same level of data protection.", true},
		{"twin: a hedge beside it", "International Data Transfers", b76old,
			"Your data may be transferred to countries outside your country of residence and processed there. Some of these countries may not always provide the same level of data protection.", true},
	})
}
