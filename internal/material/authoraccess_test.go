package material

import "testing"

// TestAuthorAccess: "access" done by the author's side ("we", its staff,
// personnel, employees) is the author's use of the data, not the reader's
// right of access: "omnie personnel access this data only to perform
// support services" → "… are entitled to access this data to perform …"
// (b36-38) and "only to perform" → "only while performing" (b38-43) limit
// what the data is used for. The twins keep the reader's access a right
// ("You can access your data …"), and others given access beside the
// staff stay recipients (b23-40).
func TestAuthorAccess(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Support", "Our support engineers access your files only to fix technical problems.",
			"Our support engineers are permitted to access your files to fix technical problems.", "purposes"},
		{"Support", "Our employees may access this information only to fix problems in the service.",
			"Our employees may access this information only while fixing problems in the service.", "purposes"},
		// twins: the reader's own access, and others than the staff
		{"Your choices", "You can access your profile information at any time.",
			"You can access your profile information once a year.", "rights"},
		{"Support", "Our support staff access your files only to fix technical problems.",
			"Our support staff and approved subcontractors access your files only to fix technical problems.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestAuthorAccessed: the words between those who access and "access"
// are auxiliaries and words of permission; "do" standing for another
// verb ("if we do, access to such data") and an "access" joined to other
// acts ("we will access, transfer and disclose") are not the author's
// access.
func TestAuthorAccessed(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"omnie personnel are entitled to access this data", true},
		{"we do not access your messages", true},
		{"you may access your data at any time", false},
		{"whether we process your data or not and if we do access to such data", false},
		{"we will access transfer disclose and preserve personal data", false},
		{"our contractors access your data", false},
	} {
		ws := rb.index.fold(tc.s)
		got := false
		for i, w := range ws {
			if w == "access" && rb.index.authorAccessed(ws, i) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: authorAccessed %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestDataAccessedLeadIn: "data accessed during service delivery" in a
// list's lead-in is the data the author reaches in its work, no right of
// the reader's: an item of the omnie seed's security list weakened ("Use
// of approved systems only" → "… wherever practicable", b75-47, b76-47)
// was filed under rights in the whole policy (judged there: it needs
// ../shared). The twin keeps the reader's own access a right.
func TestDataAccessedLeadIn(t *testing.T) {
	rb := Builtin()
	doc, edited, ok := inWholeDoc(seedDocs(t), "- Use of approved systems only", "- Use of approved systems wherever practicable")
	if !ok {
		t.Skip("../shared/materiality/cases not found")
	}
	for _, tc := range []struct{ old, new, want string }{
		{doc, edited, "security"},
		{"## Your choices\n\nYou can access your data through:\n\n- your dashboard only\n- a request to us\n",
			"## Your choices\n\nYou can access your data through:\n\n- your dashboard wherever practicable\n- a request to us\n", "rights"},
	} {
		rep, cats, why := judgeText(rb, tc.old, tc.new)
		if !rep.Material || !cats[tc.want] || len(cats) != 1 {
			t.Errorf("want %s: material=%v, categories %v: %v", tc.want, rep.Material, cats, why)
		}
	}
}
