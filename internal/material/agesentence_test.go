package material

import "testing"

// TestAgeSentenceCategory: a sentence added or removed whole that states
// the age of the people it is about is about age thresholds, whatever
// else it names: "We don't knowingly sell personal information of those
// under 16" added to a paragraph on ads is a commitment about children,
// though "sell" is a word of sharing and the paragraph one of
// advertising (b22-14). The people may be said as "those", "anyone",
// "people" or a plural noun of persons. The twins: a sentence with a
// number after "under" that is no age ("orders under 50") or with no age
// at all keeps the category of its words. (Written before the rules were
// changed for b22-14.)
func TestAgeSentenceCategory(t *testing.T) {
	ads := "We show ads on our sites, and our advertising partners may use information about your browsing to show you personalized ads."
	runCategories(t, []categoryCase{
		{"b22-14", "The CCPA & Personalized Advertising in Our Ads Program",
			ads,
			ads + " We don't knowingly sell personal information of those under 16.", "children"},
		{"anyone under 13", "Advertising",
			ads,
			ads + " We do not show personalized ads to anyone under 13.", "children"},
		{"people under 18, removed", "Advertising",
			ads + " We never share the browsing data of people under 18 with our advertising partners.",
			ads, "children"},
		{"teenagers under 16", "Advertising",
			ads,
			ads + " We do not knowingly sell the personal information of consumers under 16.", "children"},
	})
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"twin: a price under a number is no age", "Advertising",
			ads,
			ads + " We do not share the details of orders under 50 euros with our advertising partners.", "!children"},
		{"twin: no age, sharing", "Advertising",
			ads,
			ads + " We don't knowingly sell personal information.", "!children"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
