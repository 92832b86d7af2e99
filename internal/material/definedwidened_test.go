package material

import "testing"

// TestDefinitionWidened: what a parenthesised definition says its term
// includes is what the policy covers: "(the "Service")" → "(the
// "Service", including our mobile app and browser extension)" brings two
// products under the policy (b292-31). Twins: the label alone, a gloss
// of the same product, and the same words as a plain example elsewhere.
func TestDefinitionWidened(t *testing.T) {
	const h = "Privacy Policy"
	const old = `Omni Software ("we," "us," or "our") is committed to protecting your privacy. This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you use our Omni Lead Management Software (the "Service").`
	runRestated(t, []restatedCase{
		{"including our mobile app and browser extension (b292-31)", h, old,
			`Omni Software ("we," "us," or "our") is committed to protecting your privacy. This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you use our Omni Lead Management Software (the "Service", including our mobile app and browser extension).`, true},
		{"and our mobile apps", h, old,
			`Omni Software ("we," "us," or "our") is committed to protecting your privacy. This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you use our Omni Lead Management Software (the "Service", together with our mobile apps).`, true},
		{"twin: the label said another way", h, old,
			`Omni Software ("we," "us," or "our") is committed to protecting your privacy. This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you use our Omni Lead Management Software (collectively, the "Service").`, false},
		{"twin: the definition taken away from a widened one", h,
			`Omni Software ("we," "us," or "our") is committed to protecting your privacy. This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you use our Omni Lead Management Software (the "Service", including our mobile app and browser extension).`,
			old, true},
	})
}
