package material

import "testing"

// TestPolicySelf: a sentence about the policy itself, reworded, names no
// category word, yet says how changes reach the reader or what the policy
// governs; and data about people is personal data in any words. Such a
// sentence was "not about personal data", so a real change in it was
// minor (b23-02, b23-04, b24-04). The same sentences reworded with the
// same commitments stay minor.
func TestPolicySelf(t *testing.T) {
	checkMaterial(t, []materialCase{
		// how changes are announced
		{"Changes", "We may change this Privacy Policy from time to time. Any such changes will be posted on our blog, and a summary of changes will be appended to this page.",
			"We may change this Privacy Policy from time to time. Any such changes will be posted on our blog, and the history of changes can be found in our source repository.", true},
		{"Changes to this notice", "If we revise our notice, a list of the revisions will be shown at the top of the page.",
			"If we revise our notice, the revised text will be shown on the page.", true},
		{"Updates", "If we make changes to this policy, we will take appropriate steps to bring those changes to your attention.",
			"Whenever we amend this policy, we will take appropriate steps to bring those amendments to your attention.", false},
		// what the policy governs
		{"Our services", "The hosted service is for corporate clients. It is governed by a separate policy and terms.",
			"The hosted service is for corporate clients. It is governed by this privacy policy and separate terms.", true},
		{"Languages", "In the event of a conflict, the English language version of this policy shall govern.",
			"If the versions of this policy conflict, the English language version shall govern.", false},
		// data about people
		{"Our Privacy Policy", "We track data about users of the Acme website and the Acme registry.",
			"We track data about users of the Acme website, the Acme registry and any other services we may offer from time to time.", true},
		{"Our Privacy Policy", "We track data about users of the Acme website and the Acme registry.",
			"We track data about the users of the Acme website and the Acme registry.", false},
	})
}

// TestResidentsPlaces: the places whose residents a sentence sends to a
// section of rights, added to or taken from, are the reach of those
// rights (b32-29: ten US states added). The same places, written
// otherwise, are not.
func TestResidentsPlaces(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Who this covers", "If you are a resident of California, Virginia, or Colorado – please see the State Privacy Rights section for information related to privacy laws in these states.",
			"If you are a resident of California, Virginia, Colorado, Utah, Texas and Oregon – please see the State Privacy Rights section for information related to privacy laws in these states.", true},
		{"Who this covers", "If you are a resident of California, Virginia, Colorado, Utah, Texas or Oregon – please see the State Privacy Rights section for information related to privacy laws in these states.",
			"If you are a resident of California, Virginia, or Colorado – please see the State Privacy Rights section for information related to privacy laws in these states.", true},
		{"Who this covers", "If you are a resident of California, Virginia, or Colorado – please see the State Privacy Rights section for information related to privacy laws in these states.",
			"If you are a resident of California, Virginia or Colorado, please see the State Privacy Rights section for information on privacy laws in these states.", false},
	})
}
