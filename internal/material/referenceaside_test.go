package material

import "testing"

// TestReferenceAside: a pointer to where the reader can read more ("As
// our Cookie Policy also explains, …", "…, described further in its
// Information Security Policy, …")
// commits to nothing the sentence does not (b191-09, b191-43, b191-47). A pointer that says another document governs, or that
// carries "only" or "instead", or a period handed to another document,
// is no pointer.
func TestReferenceAside(t *testing.T) {
	const ck = "Our website uses tracking technologies including Google Analytics and Meta Pixel."
	const sec = "omnie implements reasonable safeguards to protect data accessed during service delivery."
	runRestated(t, []restatedCase{
		{"As … explains", "15. COOKIES", ck, "As our Cookie Policy also explains, our website uses tracking technologies including Google Analytics and Meta Pixel.", false},
		{"described further in", "Security Practices", sec, "omnie implements reasonable safeguards, described further in its Information Security Policy, to protect data accessed during service delivery.", false},

		{"a pointer that says what governs", "Sharing", "We share data with our group companies.", "We share data with our group companies (see our Data Processing Agreement, which governs this sharing).", true},
		{"governed by", "Security Practices", sec, "omnie implements reasonable safeguards, as governed by its Information Security Policy, to protect data accessed during service delivery.", true},
		{"only as listed", "15. COOKIES", ck, "As our Cookie Policy explains, our website uses only the tracking technologies listed there.", true},
		{"period handed to a schedule", "Retention", "We keep contact data for 2 years.", "We keep contact data for the period set out in our Retention Schedule.", true},
	})
}

// TestPointerSentence: a sentence added or removed whole that only points
// to where the reader can read more ("Section 6 explains how we use this
// information.") or only invites questions ("Please contact us if you
// have any questions about these transfers.") commits to nothing (b195).
// A sentence rewritten that also says what a document describes is judged
// as the rewording it is, and a sentence added that commits to something
// is material.
func TestPointerSentence(t *testing.T) {
	const tr = "We may transfer your personal data outside the UK or EEA."
	runRestated(t, []restatedCase{
		{"section explains", "Information We Collect", "We collect your name and email address when you sign up.", "We collect your name and email address when you sign up. Section 6 explains how we use this information.", false},
		{"questions invited", "International Transfers", tr, tr + " Please contact us if you have any questions about these transfers.", false},
		{"described below", "International Transfers", tr, tr + " The safeguards we use for these transfers are described below.", false},

		{"a commitment added", "International Transfers", tr, tr + " We may also transfer it to our partners in India.", true},
		{"what the policy describes, rewritten", "Scope", "This Privacy Policy describes how omnie handles personal information accessed through client systems.", "This Privacy Policy describes how omnie handles personal information it collects through its own website.", true},
	})
}
