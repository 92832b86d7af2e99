package material

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// A line that names, alone, the authority the reader may complain to,
// under a lead-in or a heading that says so ("You have the right to lodge
// a complaint with a supervisory authority …:" over "UK Information
// Commissioner's Office (ICO)"), is the right to lodge a complaint (GDPR
// Art. 13(2)(d)) made with that authority. Another authority named there
// ("Brazil's Autoridade Nacional de Proteção de Dados (ANPD)", b346-30)
// sends the reader's complaint elsewhere, though its name is in another
// language and reads as no party; the same authority written otherwise
// ("the Information Commissioner's Office (ICO), UK", "the ICO") does
// not.

// authorityLineVerdict judges a line replaced whose lead-in, heading or
// the blocks just before it (a line alone reads as a heading of its own)
// tell of a complaint to an authority, each side a short line that names
// and shares nothing else: material where the two name different
// authorities, minor where they name the same one (sameAuthority). ok is
// false for any other change.
func (c *classifier) authorityLineVerdict(ch redline.Change) (Verdict, bool) {
	if ch.Kind != redline.Replace || c.rb.categoryIndex("rights") < 0 || !authorityLine(ch.Old) || !authorityLine(ch.New) {
		return Verdict{}, false
	}
	headless := func(s string) string {
		if h, ok := markdown.CutHeadingMarker(s); ok {
			s = h
		}
		return strings.TrimSpace(s)
	}
	old, new := headless(ch.Old), headless(ch.New)
	if authorityHeading(old) || authorityHeading(new) {
		return Verdict{}, false // the heading itself: "Supervisory Authority" → "Regulator"
	}
	h := c.heading(true)
	if h == ch.Old || h == old {
		h = ""
	}
	if !complaintContext(c.leadIn()) && !complaintContext(h) && !authorityHeading(h) && !complaintContext(c.blocksBefore(true)) {
		return Verdict{}, false
	}
	if sameAuthority(old, new) {
		return minor("same.authority", fmt.Sprintf("The authority to complain to, the same, written otherwise: %s", quoteChange(old, new))), true
	}
	v := c.material(ch, "rights.entity", &signals{}, nil, nil, "")
	v.Reason = fmt.Sprintf("%s: the authority to complain to replaced: %s", c.label("rights"), quoteChange(old, new))
	return v, true
}

// authorityLine is a line short enough to be a name and written as one,
// that shares nothing, gives no number or address and opens no list.
func authorityLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 || strings.Contains(s, "\n") || len(strings.Fields(s)) > 14 || strings.HasSuffix(s, ":") {
		return false
	}
	if strings.ContainsAny(s, "0123456789:@") || containsAny(strings.ToLower(s), sharingStems) {
		return false // "Phone: 0303 123 1113", "Website: ico.org.uk": how to reach it, not who it is
	}
	// A name: most of its words written with a capital ("UK Information
	// Commissioner's Office (ICO)"), not a sentence ("For other EU
	// countries, contact your local data protection authority").
	capital, words := 0, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		if authorityStop[strings.ToLower(w)] {
			continue
		}
		words++
		if unicode.IsUpper([]rune(w)[0]) {
			capital++
		}
	}
	return words > 0 && 3*capital >= 2*words
}

// complaintContext says a complaint to an authority: "lodge a complaint
// with a supervisory authority", "complain to the regulator".
func complaintContext(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "complain") && containsAny(l, authorityWords)
}

// authorityHeading is a heading that is the authority's own, in words
// that name no authority in particular: "Supervisory Authority",
// "Regulator", "Complaints to a data protection authority".
func authorityHeading(s string) bool {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(ws) == 0 || len(ws) > 8 {
		return false
	}
	named := false
	for _, w := range ws {
		switch w {
		case "supervisory", "authority", "authorities", "regulator", "regulators":
			named = true
		case "data", "protection", "privacy", "the", "a", "an", "your", "to", "with", "complaint", "complaints", "lodging", "lodge", "right", "contact", "contacting", "local", "relevant", "competent":
		default:
			return false
		}
	}
	return named
}

// authorityStop are words that name no authority: articles, particles of
// names in other languages ("de", "da"), and places the same authority is
// written with or without ("UK").
var authorityStop = map[string]bool{
	"the": true, "of": true, "for": true, "and": true, "s": true, "de": true, "da": true, "do": true, "das": true, "dos": true,
	"du": true, "des": true, "la": true, "le": true, "der": true, "die": true, "für": true, "uk": true, "your": true, "our": true,
}

// sameAuthority reports two lines that name one authority: one side's
// words all among the other's, one acronym on both sides, or one side's
// acronym spelling the other's capitalised words ("ICO", "Information
// Commissioner's Office").
func sameAuthority(a, b string) bool {
	wa, wb := authorityNameWords(a), authorityNameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return true
	}
	if subsetWords(wa, wb) || subsetWords(wb, wa) {
		return true
	}
	aa, ab := acronyms(a), acronyms(b)
	for x := range aa {
		if ab[x] {
			return true
		}
	}
	ia, ib := initials(a), initials(b)
	return ia != "" && ab[ia] || ib != "" && aa[ib]
}

// authorityNameWords returns the lower-case words of s that may name an
// authority.
func authorityNameWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !authorityStop[w] {
			out[w] = true
		}
	}
	return out
}

func subsetWords(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// acronyms returns the words of s written in capitals, two letters or
// more ("ICO", "ANPD"), places left out.
func acronyms(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) >= 2 && strings.ToUpper(w) == w && !authorityStop[strings.ToLower(w)] {
			out[w] = true
		}
	}
	return out
}

// initials returns the first letters of the capitalised words of s, in
// order, possessives and places left out: "UK Information Commissioner's
// Office (ICO)" → "ICO".
func initials(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		r := []rune(w)
		if len(r) < 2 || !unicode.IsUpper(r[0]) || strings.ToUpper(w) == w {
			continue
		}
		b.WriteRune(r[0])
	}
	return b.String()
}
