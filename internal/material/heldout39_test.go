package material

import "testing"

// TestHeldOut39: the two misses of held-out batch 39, caught after its
// one run, with twins: a prohibition's object narrowed from "any other
// purpose" to "their own commercial purposes" (b39-11), and an item taken
// from what data is protected against (b39-34).
func TestHeldOut39(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"How we disclose your information", "These service providers have access to personal information that is necessary to perform their functions, and are prohibited from using your personal information for any other purpose.",
			"These service providers have access to personal information that is necessary to perform their functions, and are prohibited from using your personal information for their own commercial purposes.", true},
		{"How we disclose your information", "These service providers have access to personal information that is necessary to perform their functions, and are prohibited from using your personal information for any other purpose.",
			"These service providers have access to personal information that is necessary to perform their functions, and are prohibited from using your personal information for any other purposes.", false},
		{"Data Security", "We implement reasonable technical and organizational measures to protect your information from unauthorized access, use, alteration, or disclosure.",
			"We implement reasonable technical and organizational measures to protect your information from unauthorized access, alteration, or disclosure.", true},
		{"Data Security", "We implement reasonable technical and organizational measures to protect your information from unauthorized access, use, alteration, or disclosure.",
			"We implement reasonable technical and organizational measures to protect your information from unauthorized use, access, alteration, or disclosure.", false},
		{"Our practices", "We consider all of our practices before we share your personal information with partners.",
			"We consider our practices before we share your personal information with partners.", false},
	})
}
