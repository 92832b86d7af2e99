package material

import (
	"strings"
	"testing"
)

// TestDefinedTermNamed: a policy that defines a term for its product
// ("our Omni Lead Management Software (the "Service")") may write the
// product's name where it wrote the term, or the term where it wrote the
// name: the same offering (b28-41, "with the Service" → "with Omni Lead
// Management Software", was to confirm). Another product's name, one the
// policy never defines as the term, stays to confirm or material.
func TestDefinedTermNamed(t *testing.T) {
	rb := Builtin()
	const intro = "# Privacy Policy\n\nOmni Software (\"we,\" \"us,\" or \"our\") is committed to protecting your privacy. This Privacy Policy explains how we collect, use and share personal information when you use our Omni Lead Management Software (the \"Service\").\n\n## Retention\n\n"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"term to name", "We retain your personal information for as long as necessary to provide you with the Service, comply with our legal obligations and resolve disputes.",
			"We retain your personal information for as long as necessary to provide you with Omni Lead Management Software, comply with our legal obligations and resolve disputes.", false},
		{"name to term", "We retain your personal information for as long as necessary to provide you with Omni Lead Management Software and resolve disputes.",
			"We retain your personal information for as long as necessary to provide you with the Service and resolve disputes.", false},
		{"another product", "We retain your personal information for as long as necessary to provide you with the Service, comply with our legal obligations and resolve disputes.",
			"We retain your personal information for as long as necessary to provide you with Omni Marketing Cloud, comply with our legal obligations and resolve disputes.", true},
	} {
		rep, _, why := judgeText(rb, intro+tc.old+"\n", intro+tc.new+"\n")
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
