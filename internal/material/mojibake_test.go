package material

import "testing"

// TestDemojibake: the characters of one UTF-8 character misread as
// Latin-1 or Windows-1252 are repaired; text that only writes Latin-1
// letters is left as it is.
func TestDemojibake(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"companies (â\u0080\u009cAffiliatesâ\u0080\u009d), or", "companies (“Affiliates”), or"},
		{"to â€œDo Not Trackâ€\u009d browser signals", "to “Do Not Track” browser signals"},
		{"donnÃ©es personnelles", "données personnelles"},
		{"weâ€™ll tell you", "we’ll tell you"},
		{"pâtes, résumé, Ã la carte", "pâtes, résumé, Ã la carte"},
		{"plain text", "plain text"},
	} {
		if got := demojibake(tc.in); got != tc.want {
			t.Errorf("demojibake(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMojibakeRepaired: a version saved right after one whose quotes and
// accents were misread tells the reader the same; a word changed beside
// the repair is still judged.
func TestMojibakeRepaired(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, old, new string }{
		{"quotes repaired",
			"We may share information with our parent and sister companies (â\u0080\u009cAffiliatesâ\u0080\u009d), or with service providers.",
			"We may share information with our parent and sister companies (“Affiliates”), or with service providers."},
		{"quotes repaired and dropped",
			"We may share information with our parent and sister companies (â\u0080\u009cAffiliatesâ\u0080\u009d), or with service providers.",
			"We may share information with our parent and sister companies (Affiliates), or with service providers."},
		{"an apostrophe repaired",
			"We donâ€™t sell your personal information.",
			"We don’t sell your personal information."},
	} {
		if rep, _, why := judgeEdit(rb, "Sharing", tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
	for _, tc := range []struct{ name, old, new, want string }{
		{"a party added beside the repair",
			"We may share information with our parent and sister companies (â\u0080\u009cAffiliatesâ\u0080\u009d), or with service providers.",
			"We may share information with our parent and sister companies (“Affiliates”), advertising partners, or with service providers.", "recipients"},
		{"a denial dropped beside the repair",
			"We donâ€™t sell your personal information.",
			"We sell your personal information.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.name, "Sharing", tc.old, tc.new, tc.want)
	}
}
