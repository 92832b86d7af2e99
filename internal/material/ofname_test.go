package material

import (
	"slices"
	"strings"
	"testing"
)

// TestOfNamesWhole holds issue 8's "Names stay whole" for names written
// with "of", "for", "de": the name is found whole (b63-32), and the
// twins, where "of" joins no name, are found as before.
func TestOfNamesWhole(t *testing.T) {
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"This service is hosted by the Treasury Board of Canada Secretariat on its servers.", []string{"Treasury Board of Canada Secretariat"}, []string{"Canada Secretariat", "Treasury Board"}},
		// A country's full name is the country, a place; its form is no
		// party ("Grand Duchy", "Republic" were reported).
		{"Our office is at 2 rue Guillaume, Grand Duchy of Luxembourg.", []string{"Luxembourg"}, []string{"Grand Duchy", "Grand Duchy of Luxembourg"}},
		{"If you are a resident in the Republic of Korea, read the notice below.", []string{"Korea"}, []string{"Republic", "Republic of Korea"}},
		{"We may disclose records when required by the Federal Rules of Civil Procedure in a lawsuit.", []string{"Federal Rules of Civil Procedure"}, []string{"Federal Rules"}},
		{"Payments are processed by Bank of America, which receives your card number.", []string{"Bank of America"}, nil},
		{"Researchers at the University of Oxford receive pseudonymised survey answers.", []string{"University of Oxford"}, nil},
		{"We share data with the Central Bank of the Republic of Ireland.", nil, []string{"Republic"}},
		{"Schools report attendance to the Department for Education every term.", []string{"Department for Education"}, []string{"Education"}},
		{"Transfers are reported to the Banque de France each month.", []string{"Banque de France"}, nil},
		// Twins: "of" joins no name.
		{"These terms are governed by the laws of England.", nil, []string{"laws of England"}},
		{"We keep a list of Google and Meta accounts that sign in.", []string{"Google", "Meta"}, nil},
		{"Residents of California may ask what we sold.", nil, []string{"Residents of California"}},
		{"Read our Terms of Service before you sign up.", nil, []string{"Terms of Service"}},
		{"We store data in the USA, Canada, Europe and Japan.", []string{"Canada", "Japan"}, nil},
		{"You may opt out through the Digital Advertising Alliance of Canada of Canada in Canada.", []string{"Digital Advertising Alliance of Canada", "Canada"}, []string{"Canada of Canada"}},
		{"Data Protection Officer of Gumb AG", []string{"Gumb AG"}, []string{"Data Protection Officer of Gumb AG"}},
	} {
		got := c.findEntities(tc.text)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: want %q in %q", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if slices.ContainsFunc(got, func(e string) bool { return strings.EqualFold(e, n) }) {
				t.Errorf("%q: %q found, in %q", tc.text, n, got)
			}
		}
	}
}

// TestOfNameParty: a name whole is the party its parts were, though a
// country is written inside it (b63-32): the new host is told by its
// whole name.
func TestOfNameParty(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ old, new, name string }{
		{"This form is hosted by the [Canadian Digital Service](https://digital.canada.ca/).",
			"This form is hosted by the [Treasury Board of Canada Secretariat](https://www.canada.ca/en/treasury-board-secretariat.html).", "Treasury Board of Canada Secretariat"},
		{"We share your payment details with Stripe to process payments.",
			"We share your payment details with Bank of America to process payments.", "Bank of America"},
	} {
		rep, cats, why := judgeEdit(rb, "Who we share data with", tc.old, tc.new)
		if !rep.Material || !cats["recipients"] || !strings.Contains(strings.Join(why, " | "), tc.name) {
			t.Errorf("%q: material=%v cats=%v why=%q", tc.new, rep.Material, cats, why)
		}
	}
}

// TestOfNameHostParty: b63-32's edit, a service now said to be hosted by
// the department its unit belongs to: the new host is told as a party by
// its whole name, never as "Canada Secretariat" nor as wording about no
// data.
func TestOfNameHostParty(t *testing.T) {
	rb := Builtin()
	_, _, why := judgeEdit(rb, "About this service", "GC Forms is hosted by the [Canadian Digital Service](https://digital.canada.ca/) on servers in Canada.",
		"GC Forms is hosted by the [Treasury Board of Canada Secretariat](https://www.canada.ca/en/treasury-board-secretariat.html) on servers in Canada.")
	all := strings.Join(why, " | ")
	if !strings.Contains(all, "Treasury Board of Canada Secretariat") || strings.Contains(all, "Wording not about personal data") {
		t.Errorf("why=%q", why)
	}
}

// TestOfNameTwins: "of" and "for" that join no name, from the histories:
// a share of a whole, a clause's title, a US state, a thing and its use.
func TestOfNameTwins(t *testing.T) {
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	for _, tc := range []struct{ text, not string }{
		{"Much of GitHub is open to the public.", "Much of GitHub"},
		{"Parts of Airbnb may link to third-party services.", "Parts of Airbnb"},
		{"10. Disclaimer; Limitation of Liability applies to you.", "Limitation of Liability"},
		{"These terms are governed by the laws of the State of New York.", "State of New York"},
		{"Data Type; Description; Examples for Firefox users.", "Examples for Firefox"},
		{"Read the Privacy Supplement for China Users below.", "Privacy Supplement for China Users"},
		{"You may turn off the Use of VPN at any time.", "Use of VPN"},
		{"Outside of United States we store nothing.", "Outside of United States"},
		{"Marketing. Categories of Personal Information Processed: contact data.", "Categories of Personal Information Processed"},
		{"We rely on the Vital Interests of Others where life is at stake.", "Vital Interests of Others"},
		{"The Court of Justice of the European Union struck down the Privacy Shield.", "Court of Justice"},
		{"The Protection of Netflix and others may require that we disclose data.", "Protection of Netflix"},
		{"We keep the Results of KYC checks for five years.", "Results of KYC"},
		{"Execution of Epassi Payment Transactions is our legal basis.", "Execution of Epassi Payment Transactions"},
		{"You may use the Pixel of Meta Platforms Ireland Ltd on our pages.", "Pixel of Meta Platforms Ireland Ltd"},
		{"Write to the Délégué à la Protection des Données de Meta Platforms Ireland Limited.", "Protection des Données de Meta Platforms Ireland Limited"},
		{"You may choose to Opt Out of Targeted Advertising at any time.", "Opt Out of Targeted Advertising"},
		{"See our Table of Contents to find each topic.", "Table of Contents"},
		{"Qwant, located at 42 Avenue de la Porte de Clichy, 75017 Paris, acts as the data controller.", "Porte de Clichy"},
	} {
		if got := c.findEntities(tc.text); slices.Contains(got, tc.not) {
			t.Errorf("%q: %q found, in %q", tc.text, tc.not, got)
		}
	}
}
