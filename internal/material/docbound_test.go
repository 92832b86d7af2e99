package material

import "testing"

// TestBoundDocument: which document the reader agrees to, or is subject
// to, is the policy's scope, whatever heading the sentence stands under
// (b47-05), and the document's opening, added or removed, is about what
// it covers (b47-04).
func TestBoundDocument(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		// b47-05
		{"b47-05", "Account Deletion", "By using kbin.social, you agree to this Privacy Policy. If you have any questions or concerns, please contact us.", "By using Kbin, you agree to these Terms of Service. If you have any questions or concerns, please contact us.", "scope"},
		{"accept notice for terms", "Data retention", "By creating an account, you accept this Privacy Notice. We keep your data for a year.", "By creating an account, you accept our Terms of Use. We keep your data for a year.", "scope"},
		{"subject to agreement", "Your choices", "Your use of the Service is subject to this Privacy Statement.", "Your use of the Service is subject to our User Agreement.", "scope"},
		// Another document named where the reader is bound to nothing is
		// what the sentence does with it: a purpose added beside a pointer.
		{"pointer, not bound", "Cookies", "We set cookies for analytics. See our Cookie Policy.", "We set cookies for analytics and advertising. See our Cookie Policy.", "!scope"},
		// b47-04: the opening rewritten whole.
		{"b47-04", "Privacy policy", "At kbin.social, we value the privacy and security of our users. This privacy policy outlines the types of information we collect, how we use and protect that information, and our commitment to transparency.", "Welcome to Kbin, an open source social networking platform where everyone is welcome to create their own communities and share their interests with others. By using our platform, you agree to the following terms:", "scope"},
		{"opening removed", "Introduction", "This Privacy Notice describes how we collect, use and share your personal information when you use our apps.", "", "scope"},
		{"opening added", "Overview", "", "By using our apps, you agree to the following terms, which explain what we collect and why.", "scope"},
		// The same sentence under a section about one practice is about
		// that practice; an opening that says nothing of the document is
		// about what it says.
		{"section, not opening", "How we use your data", "", "This Privacy Policy describes how we use your data for marketing.", "purposes"},
		{"opening, no document", "Introduction", "", "We share your data with advertisers.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	// The same document, written otherwise, stays minor.
	if rep, _, why := judgeEdit(rb, "Account Deletion", "By using Kbin, you agree to this Privacy Policy.", "By using Kbin, you agree to this privacy policy."); rep.Material {
		t.Errorf("same document: material: %v", why)
	}
}
