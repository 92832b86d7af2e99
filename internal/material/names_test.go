package material

import (
	"strings"
	"testing"
)

// TestNotANameAtAll holds batch 10's junk reasons b10-41 ("We will
// anonymise …" → "Anonymisation of … will take place", reported "New
// recipient: Anonymisation") and b10-13 ("88 Colin P. Kelly" → "88 Colin P.
// Kelly Jr. Street", reported "New recipient: Kelly Jr") in other words: a
// word of the commitment vocabulary that starts a sentence, and a street
// address, name no party. Beside each, a twin that does name a new one.
func TestNotANameAtAll(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		recipient               string // "" for none
	}{
		{"a term starting a sentence", "Research",
			"We pseudonymise your test results before we study them.",
			"Pseudonymisation of your test results happens before we study them.", ""},
		{"a term starting a sentence, and a party", "Research",
			"We pseudonymise your test results before we study them.",
			"Pseudonymisation of your test results happens before Statlytics Ltd studies them.", "Statlytics Ltd"},
		{"a name that starts with a term", "Advertising",
			"We show ads on our pages.",
			"We show ads on our pages. Sharethrough receives your device identifiers.", "Sharethrough"},
		{"a product written in capitals within", "Advertising",
			"We show ads on our pages.",
			"We show ads on our pages. AdShare Ltd receives your device identifiers.", "AdShare Ltd"},
		{"a street address completed", "Who we are",
			"Our registered office is at 20 Mary K. Jones, Dublin, Ireland.",
			"Our registered office is at 20 Mary K. Jones Street, Dublin, Ireland.", ""},
		{"a street address, and a party", "Who we are",
			"Our registered office is at 20 Mary K. Jones, Dublin, Ireland.",
			"Our registered office is at 20 Mary K. Jones Street, Dublin, Ireland, and our post is opened by Mailroom Partners Ltd.", "Mailroom Partners Ltd"},
		// Technical words written in capitals, as "API" and "SDK" are:
		// DuckDuckGo's "requests for UI elements" (062 of its help pages'
		// history) was "New recipient: UI" once "UI" was no longer read
		// as the initials of two words of its text (TestTwoLetterInitials);
		// "To provide access to the CRM platform" → "… to the app" was
		// "Removed recipient: CRM" (b421-03, b422-04, round 90).
		{"UI, a technical word", "Anonymous metrics",
			"To track the success of certain features, we may count the number of requests for pages hosted on our metrics server.",
			"To track the success of certain features, we may count the number of requests for UI elements hosted on our metrics server.", ""},
		{"CRM, a kind of software", "Platform Operation",
			"To provide access to the CRM platform and its functionality.",
			"To provide access to the app, its articles, videos and podcasts, and its functionality.", ""},
	} {
		_, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		all := strings.Join(why, "; ")
		if tc.recipient == "" && strings.Contains(all, "recipient") || tc.recipient != "" && !strings.Contains(all, "New recipient: "+tc.recipient) {
			t.Errorf("%s: want new recipient %q: %s", tc.name, tc.recipient, all)
		}
	}
}

// TestSentencesMiddleInitial: a capital letter and a full stop between two
// names is an initial, not a sentence's end; after a label that letters
// number, it ends one.
func TestSentencesMiddleInitial(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Write to Jane R. Doe at our office. We reply within a month.", 2},
		{"Our office is at 88 Colin P. Kelly Jr. Street, San Francisco.", 1},
		{"The periods are listed in Appendix A. The table is updated yearly.", 2},
		{"We keep it for a year. A copy stays in our backups.", 2},
	} {
		if got := sentences(tc.text); len(got) != tc.want {
			t.Errorf("sentences(%q) = %q, want %d", tc.text, got, tc.want)
		}
	}
}

// TestReasonShowsTheContact: a reason quoting text whose contact was
// masked for comparison shows the contact as written, not the mask.
func TestReasonShowsTheContact(t *testing.T) {
	rb := Builtin()
	_, _, why := judgeEdit(rb, "Who we are",
		"Our office is at 20 Mary K. Jones, Dublin 2, privacy@example.org.",
		"Our office is at 20 Mary K. Jones Street, Dublin 4, privacy@example.org.")
	if all := strings.Join(why, "; "); !strings.Contains(all, "privacy@example.org") || strings.Contains(all, "recipient") {
		t.Errorf("reason: %s", all)
	}
}

// TestWholeNameCarriesNoEmphasis holds what real histories showed: a name
// joined by an ampersand and set in bold kept the bold's opening marks
// ("**Inking & Typing Personalisation", "**Jenneh Bockari & Joseph Rishe
// Wedding") in the reasons sent to users.
func TestWholeNameCarriesNoEmphasis(t *testing.T) {
	for _, tc := range []struct{ text, e, want string }{
		{"**Inking & Typing Personalisation**. Your typed words are collected.", "Typing Personalisation", "Inking & Typing Personalisation"},
		{"**Jenneh Bockari & Joseph Rishe Wedding  ", "Joseph Rishe Wedding", "Jenneh Bockari & Joseph Rishe Wedding"},
		{"We share it with __Marks & Spencer__ stores.", "Spencer", "Marks & Spencer"},
		{"Ask us or *Acme Labs & Partners* for details.", "Partners", "Acme Labs & Partners"},
		// Near miss: a name without emphasis is joined as before.
		{"licensed to Digital Science & Research Solutions Inc. for", "Research Solutions Inc.", "Digital Science & Research Solutions Inc."},
	} {
		if got := wholeName(tc.text, tc.e); got != tc.want {
			t.Errorf("wholeName(%q, %q) = %q, want %q", tc.text, tc.e, got, tc.want)
		}
	}
}
