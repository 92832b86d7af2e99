package material

import "testing"

// TestAnaphorTraded: a thing recalled by a pointer and a noun ("such
// functionality") recalled by another noun or a pronoun is the same
// thing; a category's word recalled, or a thing newly named beside it, is
// still compared.
func TestAnaphorTraded(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b66-08", "12. USE OF ARTIFICIAL INTELLIGENCE",
			"Customers remain responsible for how they use such functionality and what data they submit to those tools.",
			"Customers are still responsible for how they use these features and for the data they put into them.", false},
		{"these tools", "12. USE OF ARTIFICIAL INTELLIGENCE",
			"These features are activated only if explicitly enabled by the customer.",
			"These tools are activated only if explicitly enabled by the customer.", false},
		{"these technologies", "Cookies",
			"These technologies help us understand website usage and improve marketing performance.",
			"These tools help us understand website usage and improve marketing performance.", false},
		{"such functionality, it", "12. USE OF ARTIFICIAL INTELLIGENCE",
			"Customers remain responsible for how they use such functionality and what data they submit to it.",
			"Customers remain responsible for how they use this capability and what data they submit to it.", false},
		// Material twins: a recipient recalled by another noun, a thing
		// named newly beside the recalled one.
		{"those providers", "Third-Party Services",
			"Customers are responsible for reviewing the privacy policies of those providers.",
			"Customers are responsible for reviewing the privacy policies of those advertisers.", true},
		{"and analytics", "12. USE OF ARTIFICIAL INTELLIGENCE",
			"Customers remain responsible for how they use such functionality and what data they submit to those tools.",
			"Customers remain responsible for how they use these features and what data they submit to those tools and to our analytics partners.", true},
		{"no pointer", "12. USE OF ARTIFICIAL INTELLIGENCE",
			"These features are activated only if explicitly enabled by the customer.",
			"Chat transcripts are activated only if explicitly enabled by the customer.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
