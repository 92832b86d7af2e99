package material

import (
	"strings"
	"testing"
)

// TestGroupRestated holds b22-33 in other words: a group of companies
// called by a fuller name that keeps every word of the old one, in order,
// with its first word and its group word ("the Omnis Group" → "the Omnis
// Software Group"), is the same group, whose name the policy defines. A
// group whose name loses words ("Omnis Software Group" → "Omnis Group",
// perhaps a wider group), gains a place ("Omnis France Group") or a name
// no dictionary knows, starts otherwise, or a company with a legal form
// ("Omnis Software Ltd"), may be other companies.
func TestGroupRestated(t *testing.T) {
	rb := Builtin()
	const heading = "Keeping you informed"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"b22-33",
			"We would like to tell you about the great offers, ideas, products and services of the Omnis Group from time to time that we think you might be interested in.",
			"We would like to tell you about the great offers, ideas, products and services of the Omnis Software Group from time to time that we think you might be interested in.", false},
		{"shared within",
			"Your personal information is, where appropriate, shared within the Zentrova Group.",
			"Your personal information is, where appropriate, shared within the Zentrova Retail Group.", false},
		{"holdings",
			"We may share your details with other companies of the Quorbit Holdings.",
			"We may share your details with other companies of the Quorbit Media Holdings.", false},
		// twins
		{"words dropped",
			"Your personal information is, where appropriate, shared within the Omnis Software Group.",
			"Your personal information is, where appropriate, shared within the Omnis Group.", true},
		{"a place",
			"Your personal information is, where appropriate, shared within the Omnis Group.",
			"Your personal information is, where appropriate, shared within the Omnis France Group.", true},
		{"an unknown word",
			"Your personal information is, where appropriate, shared within the Omnis Group.",
			"Your personal information is, where appropriate, shared within the Omnis Vantor Group.", true},
		{"another first word",
			"Your personal information is, where appropriate, shared within the Omnis Group.",
			"Your personal information is, where appropriate, shared within the Vantor Software Group.", true},
		{"a legal form",
			"Your personal information is, where appropriate, shared within the Omnis Group.",
			"Your personal information is, where appropriate, shared with Omnis Software Ltd.", true},
		{"another group beside",
			"Your personal information is, where appropriate, shared within the Omnis Group.",
			"Your personal information is, where appropriate, shared within the Omnis Software Group and the Vantor Group.", true},
	} {
		rep, _, why := judgeEdit(rb, heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
