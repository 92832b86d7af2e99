package material

import "testing"

// TestRunInLead: a paragraph rewritten whole under a new bold lead is
// about what the lead names, where its body speaks of it too (b47-06,
// b47-07).
func TestRunInLead(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b47-06", "We Respect Your Privacy", "**Personal Information.** This Web site requests non-obligatory personal information from our members. We do not share any personal information with any third parties nor do we use any personal information for any purposes, including selling. You are under no obligation to give your real name during registration.", "**Do Not Sell My Personal Data** We do not sell data to third parties. Non-personally identifiable visitor information may be used by other parties for marketing, advertising, or other uses.", "recipients"},
		{"b47-07", "We Respect Your Privacy", "**Advertisers.** We use outside ad companies to display ads on our site. Ads may contain cookies that appear to be coming from our site, but in reality they are coming from our partners who are serving ads on our site. We do not have access to any information about you from cookies you might receive while visiting our site. Some customer data is shared with the advertising companies.", "**Cookies** Third-party cookies, tags, pixels, beacons and other similar technologies may be placed on our website to monitor interaction with advertising content and to target and optimize advertising.", "cookies"},
		{"ad networks to cookies", "Our practices", "**Advertisers.** We use outside ad networks to show ads on our pages. Ads may carry cookies that seem to come from our site, but they come from our partners who serve ads on our site. We have no access to information about you from cookies you may get while visiting our site. Some customer data is shared with the ad networks.", "**Cookies** Third-party cookies, pixels and other similar technologies may be placed on our pages to measure interaction with ads and to target advertising.", "cookies"},
		{"member details to sale", "Our practices", "**Member Details.** This site asks for optional personal information from members. We do not share any personal information with any third parties nor do we use any personal information for any purposes, including selling. You need not give your real name when you register.", "**Do Not Sell My Information** We do not sell data to third parties. Information that does not identify visitors may be used by other parties for advertising or other uses.", "recipients"},
		// The same lead heads the same subject: the change decides.
		{"same lead", "Our practices", "**Member Details.** This site asks for optional personal information from members. We do not share any personal information with any third parties nor do we use any personal information for any purposes, including selling. You need not give your real name when you register.", "**Member Details** We do not sell data to third parties. Information that does not identify visitors may be used by other parties for advertising or other uses.", "purposes"},
		// A new lead whose body says nothing of what it names heads
		// nothing the change is about: the change decides.
		{"lead not in body", "Our practices", "**Sharing.** We never share your contact details with anyone.", "**Retention** We may share your contact details with our partners.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestLeadHeading: a paragraph's bold lead, kept, heads it inside its
// section: "**Cookies**." under "Automatic Data Collection" is read as
// about cookies (b42-08). It says what the text is about, never whether
// it is about personal data.
func TestLeadHeading(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b42-08", "Automatic Data Collection", "*   **Cookies**. A “cookie” is a small piece of data that is stored on a visitor’s hard drive in order to store information about visitor preferences and activities on the Site and the Services. We use this information to optimize the experiences of our visitors. For instance, a cookie can help us identify you when you return to the Site and the Services in order to save you time. In the event that our business partners, affiliates, or advertisers on the Site and the Services use cookies, we will not have access or control over such cookies. However, any use of cookies will not relate to any personally identifiable information about you. You may also choose to refuse to accept cookies by configuring the appropriate setting on your browser. However, doing so may prevent you from being able to access parts of the Site or Services and may prevent the Site or Services from functioning properly.", "*   **Cookies**. A “cookie” is a small piece of data that is stored on a visitor’s hard drive in order to store information about visitor preferences and activities on the Site and the Services. We use this information to optimize the experiences of our visitors. For instance, a cookie can help us identify you when you return to the Site and the Services in order to save you time. In the event that our business partners, affiliates, or advertisers on the Site and the Services use cookies, we will not have access or control over such cookies. However, our use of cookies will not relate to any personally identifiable information about you. You may also choose to refuse to accept cookies by configuring the appropriate setting on your browser. However, doing so may prevent you from being able to access parts of the Site or Services and may prevent the Site or Services from functioning properly.", "cookies"},
		{"pixels", "Automatic Data Collection", "*   **Pixels**. A pixel is a tiny image in our pages that can store information about visitor preferences and activities on the Site. We use this information to improve our pages. However, any use of pixels will not relate to any personally identifiable information about you.", "*   **Pixels**. A pixel is a tiny image in our pages that can store information about visitor preferences and activities on the Site. We use this information to improve our pages. However, our use of pixels will not relate to any personally identifiable information about you.", "cookies"},
		{"local storage", "Information Collected Automatically", "*   **Local Storage**. Your browser can keep small files with information about your preferences and activities on the Site. We read this information to remember your choices. However, any use of such files will not relate to any personally identifiable information about you.", "*   **Local Storage**. Your browser can keep small files with information about your preferences and activities on the Site. We read this information to remember your choices. However, our use of such files will not relate to any personally identifiable information about you.", "cookies"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	// A lead that names a category makes no text about personal data
	// that is not: "Learn how to enable and disable these features" is
	// wording under any heading.
	if rep, _, why := judgeEdit(rb, "Firefox Relay", "**Email masks.** Relay", "**Email masks.** Relay. Learn how to enable and disable these features."); rep.Material {
		t.Errorf("lead makes no text about data: material: %v", why)
	}
}
