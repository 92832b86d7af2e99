package material

import "testing"

// TestCategoryOfWhatTheSentenceIsAbout holds four families of category,
// each the information item a change touches, whatever other words stand
// beside it: where data is stored is a transfer, though the verb is one of
// keeping it (storedWhere); others than staff given access to data are
// recipients, not the reader's right of access (othersGivenAccess); what
// the reader must show to have their identity checked before a right is
// acted on is how the right is exercised (identityChecked); and a
// company, its legal form written after its name ("Intercom, Inc."), is a
// party data goes to, not a kind of data or a tracker, unless its entry
// names a tracker (formAfter, trackerNamed). Each has its minor twins
// (same commitments) and material twins that stay in their own category.
func TestCategoryOfWhatTheSentenceIsAbout(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, want string // want "" is minor
	}{
		// Where data is stored.
		{"stored: 'primarily' dropped", "Data storage",
			"Your data is primarily stored on servers located in the United States and Europe.",
			"Your data is stored on servers located in the United States and Europe.", "transfers"},
		{"stored: 'primarily' added, a country alone", "Hosting",
			"All customer data is stored in Germany.",
			"All customer data is primarily stored in Germany.", "transfers"},
		{"twin: kept for a period, hedged, is retention", "Data storage",
			"Your data is stored on servers in Ireland for 30 days.",
			"Your data is usually stored on servers in Ireland for 30 days.", "!transfers"},
		{"twin: deleted on a place's servers is retention", "Data storage",
			"Backups held in the United States are deleted after we close your account.",
			"Backups held in the United States are usually deleted after we close your account.", "retention"},
		{"minor: the same place, reworded", "Data storage",
			"Your data is stored on servers located in the United States.",
			"Your data is kept on servers located in the United States.", ""},
		// Others given access.
		{"subcontractors given access", "Role of the provider",
			"- Our personnel access this data only to perform support services",
			"- Our personnel and approved subcontractors access this data only to perform support services", "recipients"},
		{"partners no longer given access", "Who sees your data",
			"- Our staff and our partners access your files only to provide support",
			"- Our staff access your files only to provide support", "recipients"},
		{"twin: a purpose added to staff access is no recipient", "Who sees your data",
			"- Our staff access your files only to provide support",
			"- Our staff access your files only to provide support and to train our models", "!recipients"},
		{"minor: staff access, the same people", "Who sees your data",
			"- Our staff access your files only to provide support",
			"- Our staff access your files only in order to provide support", ""},
		// Identity checked before a right.
		{"photo ID asked before a right", "Your rights",
			"We will need to verify your identity before we can fulfil any of your rights.",
			"We will need to verify your identity, which may involve asking you for a copy of a photo ID, before we can fulfil any of your rights.", "rights"},
		{"twin: data collected beside no right stays data", "Account",
			"We verify your identity when you open an account.",
			"We verify your identity, which may involve asking you for a copy of a photo ID, when you open an account.", "data"},
		{"minor: the same check, reworded", "Your rights",
			"We will need to verify your identity before we can fulfil any of your rights.",
			"We will have to verify your identity before we can fulfil any of your rights.", ""},
		// A company, its legal form written.
		{"a company's entry removed", "Support",
			"Acme Analytics, Inc.\n    Dashboard reporting and analytics. Data collected can include your email address.\n\nFrontApp, Inc.\n    Customer email support.",
			"FrontApp, Inc.\n    Customer email support.", "recipients"},
		{"twin: a company that sets a cookie is a tracker", "Cookies",
			"We work with these partners.",
			"We work with these partners.\n\nExponent Media, Inc. sets a tracking cookie on your device to measure advertising.", "cookies"},
		{"twin: a product data comes from, no form, stays data", "Connected devices",
			"We collect your heart rate.",
			"We collect your heart rate from Fitbit.", "data"},
	} {
		if tc.want == "" {
			if rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new); rep.Material {
				t.Errorf("%s: material, want minor: %v", tc.name, why)
			}
			continue
		}
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
