package material

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The helpers below were rewritten to allocate less (session 31); each
// must give what the plain code it replaced gives, on any text.

var speedTexts = []string{
	"", " ", "a", "We collect your Information.", "  leading and  double  spaces ",
	"tab\there", "line\nbreak", "no-break\u00a0space", "trailing ", "İstanbul KELVIN \u212a sign",
	"Let’s Encrypt’s CA", "Google's Services", "DONNÉES Personnelles", "ſ long s", "\xff invalid \xfe bytes",
	"**Bold** _and_ [a link](https://example.com) `code`", "1.2 million, 10,000 users",
	"ⅠⅡ Roman Ⓐ circled", "Ǆ titlecase ǅ", "ΣΊΣΥΦΟΣ Greek",
}

// plainWordsBefore is plainWords as it was written before session 31.
func plainWordsBefore(s string) []string {
	if strings.Contains(s, "<") {
		s = htmlRE.ReplaceAllString(s, " ")
	}
	if strings.Contains(s, "{:") || strings.Contains(s, "{#") {
		s = attrListRE.ReplaceAllString(s, " ")
	}
	s = unmangle(s)
	ws := rawWords(stripMarkdown(s))
	for i, w := range ws {
		w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		w = strings.TrimSuffix(w, "'s")
		ws[i] = w
	}
	return ws
}

func TestPlainWordsAsBefore(t *testing.T) {
	for _, s := range speedTexts {
		if got, want := plainWords(s), plainWordsBefore(s); !slices.Equal(got, want) {
			t.Errorf("plainWords(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestSingleSpacedAsFieldsJoined(t *testing.T) {
	for _, s := range speedTexts {
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("singleSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}

// diffWordsBefore is diffWords's short path as it was written before
// session 31.
func diffWordsBefore(a, b []string) (removed, added []string) {
	used := make([]bool, len(b))
	for _, w := range a {
		found := false
		for j, x := range b {
			if !used[j] && x == w {
				used[j], found = true, true
				break
			}
		}
		if !found {
			removed = append(removed, w)
		}
	}
	for j, x := range b {
		if !used[j] {
			added = append(added, x)
		}
	}
	return removed, added
}

func TestDiffWordsAsBefore(t *testing.T) {
	lists := [][]string{nil, {}, {"a"}, {"a", "b", "a"}, {"b", "a", "c", "a"}, strings.Fields(strings.Repeat("x y z ", 30))}
	for _, a := range lists {
		for _, b := range lists {
			r, ad := diffWords(a, b)
			wr, wa := diffWordsBefore(a, b)
			if !slices.Equal(r, wr) || !slices.Equal(ad, wa) || (r == nil) != (wr == nil) || (ad == nil) != (wa == nil) {
				t.Errorf("diffWords(%q, %q) = %q, %q, want %q, %q", a, b, r, ad, wr, wa)
			}
			// What is removed can be appended to without writing over
			// what is added: the two share one array.
			if len(r) > 0 && len(ad) > 0 {
				keep := slices.Clone(ad)
				_ = append(r, "appended")
				if !slices.Equal(ad, keep) {
					t.Errorf("appending to removed changed added: %q", ad)
				}
			}
		}
	}
}

// containsFoldBefore is containsFold as it was written before session 31.
func containsFoldBefore(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func TestContainsFoldAsBefore(t *testing.T) {
	subs := []string{"we", "your", "information", "see", "i.e", "kids", "s", "k", "zz", "-x", "CC"}
	for _, s := range append(speedTexts, "SEE our Policy", "visit www.example.com", "K\u212aids", "endsWithSe", "i. e. the") {
		for _, sub := range subs {
			if got, want := containsFold(s, sub), containsFoldBefore(s, sub); got != want {
				t.Errorf("containsFold(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}

func TestRateAdverbsEndInLy(t *testing.T) {
	for w := range adverbRate {
		if !strings.HasSuffix(w, "ly") {
			t.Errorf("adverbRate has %q: rateAdverb looks up only words in -ly", w)
		}
	}
}

func TestMayHavePostcode(t *testing.T) {
	texts := append(speedTexts, "CA 94110", "San Francisco, CA 94107", "Hauptstraße 5, 10117 Berlin", "KT16 0PS",
		"Chertsey KT16 0PS, UK", "within 30 days", "1 2 3", "A1", "a1", "in 2024", "W1 2AB", "EC1A 1BB")
	for _, s := range texts {
		if !mayHavePostcode(s) && postcodeRE.MatchString(s) {
			t.Errorf("mayHavePostcode(%q) is false, but postcodeRE matches it", s)
		}
	}
}

func TestGarbleLeadAsContainsAny(t *testing.T) {
	texts := append(slices.Clone(speedTexts), "Â", "Ã", "Ä", "Å", "â", "ã", "ä", "å", "Á", "Æ", "á", "æ", "é", "Ã©", "\xc3", "x\xc3", "\xc3\xc3\x82",
		"â\u0080\u009cAffiliatesâ\u0080\u009d", "pâtes résumé", "\xe2\xc3\xa2", "\xc3\x62", "\xc3\xe2", "\xc3\xc2", "\xc3\xa6\xc3\xa5")
	for b := 0; b < 256; b++ {
		texts = append(texts, string([]byte{0xC3, byte(b)}), string([]byte{byte(b), 0xC3, 0xA3}))
	}
	for _, s := range texts {
		if got, want := garbleLead(s), strings.ContainsAny(s, "ÂÃÄÅâãäå"); got != want {
			t.Errorf("garbleLead(%q) = %v, ContainsAny says %v", s, got, want)
		}
	}
}

func TestQuoteHintsAsContainsAny(t *testing.T) {
	texts := append(slices.Clone(speedTexts), `"Cookies"`, "“Cookies”", "‘Opt out’", "section 7", "\xe2\x80", "\xe2\x80\x9c", "\xe2\xe2\x80\x98", "’s", "it's", "»Cookies«")
	for _, s := range texts {
		if got, want := quotesLabel(s), strings.ContainsAny(s, "\"“‘"); got != want {
			t.Errorf("quotesLabel(%q) = %v, ContainsAny says %v", s, got, want)
		}
		if got, want := pointsHint(s), strings.ContainsAny(s, "0123456789\"“"); got != want {
			t.Errorf("pointsHint(%q) = %v, ContainsAny says %v", s, got, want)
		}
	}
}

// nameKeyBefore is nameKey as it was written before session 38.
func nameKeyBefore(e string) string {
	l := strings.ToLower(e)
	if c, ok := countryNames[l]; ok {
		return c
	}
	var out []string
	for _, w := range strings.Fields(l) {
		if !corporate[nameFormWord(w)] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return l
	}
	return strings.Join(out, " ")
}

func TestNameKeyAsBefore(t *testing.T) {
	texts := append(slices.Clone(speedTexts), "Google LLC", "Google  LLC", " Google LLC", "LLC", " LLC ", "Acme Inc.", "Acme  Holdings\tLtd", "Acme\u00a0Inc",
		"The United States", "United  Kingdom", "Let's Encrypt", "A.B.C. GmbH", "S.A.", "Acme, Inc.", "\t", "Meta Platforms Ireland Limited")
	for _, s := range texts {
		if got, want := nameKey(s), nameKeyBefore(s); got != want {
			t.Errorf("nameKey(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestPostalNumberAsPattern(t *testing.T) {
	re := regexp.MustCompile(`^\d{1,6}[A-Za-z]{0,2}$`)
	texts := append(slices.Clone(speedTexts), "255", "124th", "10A", "1234567", "123456", "123456ab", "12abc", "a12", "12-", "12@", "12[", "12`", "12{", "12Z", "12z",
		"١٢", "12é", "0", "", "P.O.", "12\n", "\n12", "12a\n")
	for b := 0; b < 256; b++ {
		texts = append(texts, "7"+string(rune(b)), "7"+string([]byte{byte(b)}), "7a"+string([]byte{byte(b)}))
	}
	for _, s := range texts {
		if got, want := postalNumber(s), re.MatchString(s); got != want {
			t.Errorf("postalNumber(%q) = %v, the pattern says %v", s, got, want)
		}
	}
}

func TestLowerHasAnyAsLowered(t *testing.T) {
	subs := [][]string{{"formerly", "previously", "now ", "renamed", "rebranded", "ex", "f/k/a", "fka"}, {"breach", "incident"}, {"updat", "revis", "chang"}, noticeChangeStems, noticeBeforeStems, {"like", "e.g"},
		{"law"}, {"includ", "such as", "example", "e.g", "instance", "like"}, {"human", "automat", "person"}, {"cookie", "pixel", "beacon", "tracking technolog", "sdk"},
		{"visible", "viewable", "accessible", "shown", "seen"}, {"compan", "corporation", "partnership", "soci", "gesellschaft", "proprietorship"}}
	texts := append(slices.Clone(speedTexts), "Formerly Acme", "F\u212aA", "f/\u212a/a", "PREVİOUSLY", "prev\u0130ously", "İncident", "BREACH", "Now you", "now\u00a0you", "E.G. this", "UPDAT\xff", "\xffchang",
		"Bre\u017fach", "ex", "E", "X", "\u212a", "\u0130", "We may change this policy", "We will notify you in advance", "LIKE", "Such As", "such as", "TRACKING Technologies", "SDK", "Gesellschaft mbH", "LAWS")
	for _, s := range texts {
		for _, ss := range subs {
			if got, want := lowerHasAny(s, ss...), containsAny(strings.ToLower(s), ss); got != want {
				t.Errorf("lowerHasAny(%q, %q) = %v, lowered says %v", s, ss, got, want)
			}
		}
	}
}

// corpWordsBefore is corpWords as it was written before session 38.
func corpWordsBefore(e string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(e)) {
		if w = nameFormWord(w); groupWords[w] {
			out = append(out, w)
		}
	}
	return out
}

func TestCorpWordsAsBefore(t *testing.T) {
	texts := append(slices.Clone(speedTexts), "Acme Group", "ACME GROUP, Inc.", "Acme Holdings Ltd", "Acme Holding", "Com.pany", "Acme co.mpany", "the Company", "Groupon", "Holdingham Co.",
		"Alphabet Inc.", "G.r.o.u.p.", "Acme, Group,", "\u212aompany", "Acme Gr\u0130oup")
	for _, s := range texts {
		if got, want := corpWords(s), corpWordsBefore(s); !slices.Equal(got, want) {
			t.Errorf("corpWords(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestSameQuoteKeyAsKeys(t *testing.T) {
	key := func(w string) string { return strings.ToLower(strings.ReplaceAll(w, "’", "'")) }
	words := append(slices.Clone(speedTexts), "We", "we", "WE", "don't", "don’t", "DON’T", "k", "K", "\u212a", "i", "I", "\u0130", "\xff", "\ufffd", "\xfe", "a\xff", "a\ufffd",
		"\xe2\x80", "\xe2\x80\x99", "'", "’", "ſ", "s", "S", "Σ", "σ", "ς", "e-mail", "E-Mail", "")
	for _, x := range words {
		for _, y := range words {
			if got, want := sameQuoteKey(x, y), key(x) == key(y); got != want {
				t.Errorf("sameQuoteKey(%q, %q) = %v, the keys say %v", x, y, got, want)
			}
		}
	}
}

// leadingNumberBefore is leadingNumber as it was written before session 38.
func leadingNumberBefore(s string) (float64, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return 0, fmt.Errorf("no number")
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(f[0], ",", ""), 64)
	if err != nil {
		w, ok := numberWords[strings.ToLower(f[0])]
		if !ok {
			return 0, err
		}
		n = w
	}
	if len(f) > 1 {
		n *= unitDays(f[len(f)-1])
	}
	return n, nil
}

func TestLeadingNumberAsBefore(t *testing.T) {
	texts := append(slices.Clone(speedTexts), "30 days", "thirty days", "1,000 years", "  12  months ", "6", "six", "1e400 days", "NaN", "x days", "30", "2 weeks", "three\u00a0months", "Twelve Months")
	for _, s := range texts {
		got, ok := leadingNumber(s)
		want, err := leadingNumberBefore(s)
		if ok != (err == nil) || ok && got != want && !(got != got && want != want) {
			t.Errorf("leadingNumber(%q) = %v, %v; before %v, %v", s, got, ok, want, err)
		}
	}
}

func TestAddressLinePartsAsParts(t *testing.T) {
	cut := func(r rune) bool { return r == ',' || r == '\n' }
	texts := append(slices.Clone(speedTexts), "Yelp, Attn: Data Privacy Manager\n140 New Montgomery St., 9th Floor", "We, you, and they", "Acme Inc., 1 Main St, Springfield, IL 62701",
		"A, B", "A,,B,C", "a, b, c", "One Two Three Four Five Six Seven, B, C", "Ünïcode, Straße 5, Berlin", " , , ", "10 Rue de la Paix, 75002 Paris, France")
	for _, s := range texts {
		parts := strings.FieldsFunc(s, cut)
		want := len(parts) >= 3
		for _, p := range parts {
			ws := strings.Fields(p)
			if len(ws) == 0 || len(ws) > 6 {
				want = false
			}
			for _, w := range ws {
				r, _ := utf8.DecodeRuneInString(w)
				if !unicode.IsUpper(r) && !unicode.IsDigit(r) && (len(w) > 3 || !unicode.IsLower(r)) {
					want = false
				}
			}
		}
		if got := addressLineParts(s, cut); got != want {
			t.Errorf("addressLineParts(%q) = %v, want %v", s, got, want)
		}
	}
}
