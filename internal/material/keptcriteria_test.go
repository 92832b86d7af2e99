package material

import "testing"

// TestKeptCriteria: what a retention period is measured by (GDPR Art.
// 13(2)(a), "the criteria used to determine that period") is retention,
// though its words name a purpose, data or a law: "for the purposes for
// which we originally collected it" → "… or later use it" (b42-25), "from
// the date the information was created" → "was last used" (b40-21), "a
// storage period stipulated by applicable laws" → "in our contracts"
// (b41-03). The twins keep their categories: a purpose added to the
// sentence, not to the clause that bounds the period ("and use it for
// marketing"); a recipient in that clause; data added before the period;
// and the same period reworded stays minor.
func TestKeptCriteria(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Data Retention", "We store the information we collect about you for as long as is necessary for the purposes for which we originally collected it, such as to provide you services.",
			"We store the information we collect about you for as long as is necessary for the purposes for which we originally collected it or later use it, such as to provide you services.", "retention"},
		{"Analytics", "We retain information from cookies for a reasonable period of time from the date the information was created.",
			"We retain information from cookies for a reasonable period of time from the date the information was last used.", "retention"},
		{"General information", "Personal data is deleted as soon as a storage period stipulated by applicable laws expires.",
			"Personal data is deleted as soon as a storage period stipulated in our contracts expires.", "retention"},
		// twins
		{"Your account", "We keep your profile for as long as your account is open.",
			"We keep your profile for as long as your account is open and use it for marketing.", "!retention"},
		{"Your account", "We keep your profile for as long as your account is open.",
			"We keep your profile for as long as your account is open and share it with our advertising partners.", "recipients"},
		{"Your account", "We store your name and email address for as long as your account is open.",
			"We store your name, email address and phone number for as long as your account is open.", "data"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
	rep, _, why := judgeEdit(rb, "Data Retention", "We keep your data for as long as we need it to provide the service.",
		"We keep your data for as long as we need it to deliver the service.")
	if rep.Material {
		t.Errorf("the same period reworded: material: %v", why)
	}
}
