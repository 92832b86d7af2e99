package material

import "testing"

// TestGenericHead: a demonstrative given a generic noun as its head
// ("this" → "this information", "This is stuff we collect" → "We collect
// this basic information") points back to what it pointed to; the noun
// names no kind of data. The twins: a kind of data named ("this location
// data", "this precise location information"), "and other information"
// added, a recipient added, a period or a force changed beside the noun,
// stay material. (Written for b24-14 and b24-01.)
func TestGenericHead(t *testing.T) {
	const logs = "We use common internet technologies, such as cookies and web server logs.\n"
	runRestated(t, []restatedCase{
		{"b24-14 this → this information", "Information from users with accounts",
			"Why do we collect this?\n+++++++++++++++++++++++",
			"Why do we collect this information?\n+++++++++++++++++++++++++++++++++++", false},
		{"b24-01 stuff → this basic information", "Information from website browsers",
			"If you're just browsing the website, we collect the same basic information that most websites collect.\n" + logs + "This is stuff we collect from everybody, whether they have an account or not.",
			"If you're just browsing the website, we collect the same basic information that most websites collect.\n" + logs + "We collect this basic information from everybody, whether they have an account or not.", false},
		{"a kind of data named", "Information from users with accounts",
			"Why do we collect this?", "Why do we collect this location data?", true},
		{"a kind of data named between", "Information from website browsers",
			logs + "This is stuff we collect from everybody.", logs + "We collect this precise location information from everybody.", true},
		{"and other information", "Information from website browsers",
			logs + "We collect this from everybody.", logs + "We collect this and other information from everybody.", true},
		{"a recipient added", "Information from website browsers",
			logs + "This is stuff we collect from everybody, whether they have an account or not.",
			logs + "We collect this information from everybody and share it with advertisers.", true},
		{"another period", "Information from website browsers",
			logs + "We keep this for 30 days.", logs + "We keep this information for 90 days.", true},
		{"a commitment weakened", "Information from website browsers",
			logs + "We never sell this.", logs + "We do not usually sell this information.", true},
	})
}
