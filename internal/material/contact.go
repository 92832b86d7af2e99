package material

import (
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Contacts are e-mail addresses, web addresses and phone numbers. Pages
// saved from websites hide addresses from robots ("[email protected]",
// "privacy\at\example\dot\com") and change a link's scheme: the contact is
// the same, and so is the commitment.
var (
	contactRE = mustPattern(`(?i)` +
		// Cloudflare's placeholder, with the letters of the hidden address
		// a page shows against it ("windstream.priv[email protected]",
		// "[email protected]happn.com"): one address, partly shown.
		// What the capture garbled beside it is part of it: the address's
		// last letters inside the brackets ("[\[email protected\]com]",
		// Windstream's, ota-73 028) or after the link ("(…/cdn-cgi/l/
		// email-protection)dedesk.com", The Trade Desk's, ota-60 026).
		`\[?[a-z0-9._%+-]*\\?\[?email(&#160;|\s|\x{a0}|\\)*protected\\?\]?([a-z0-9-]+(\.[a-z0-9-]+)*)?\]?(\((?:https?://[^)\s]*)?/cdn-cgi/[^)\s]*\)(?:[a-z0-9-]+(?:\.[a-z0-9-]+)+)?)?` +
		`|/cdn-cgi/l/email-protection[^\s)\]]*` +
		`|(mailto:)?[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}` +
		`|[a-z0-9._%+-]+(\s*\\?[\[(]\s*at\s*\\?[\])]\s*|\\at\\)[a-z0-9-]+((\s*\\?[\[(]\s*dot\s*\\?[\])]\s*|\\dot\\|\.)[a-z]{2,})+` +
		`|(https?://|www\.)[^\s\x{a0})\]>"']+` +
		`|\+?\(?\d[\d\s().-]{7,}\d`)
	obfuscatedAt  = mustPattern(`(?i)\s*\\?[\[(]\s*at\s*\\?[\])]\s*|\\at\\`)
	obfuscatedDot = mustPattern(`(?i)\s*\\?[\[(]\s*dot\s*\\?[\])]\s*|\\dot\\`)
)

// contacts returns the contacts of s, normalised ("*" for a hidden
// address), and s with each replaced by one mark.
func contacts(s string) ([]string, string) {
	if !strings.ContainsAny(s, "@\\") && !strings.Contains(s, "://") && !strings.Contains(s, "www.") && !strings.Contains(s, "protected") && !digitRun(s, 8) {
		return nil, s
	}
	return maskContacts(s, 256)
}

// maskContacts is contactRE.ReplaceAllStringFunc(s, …), which collects the
// contacts and replaces each with one mark, run over pieces of at least
// min bytes rather than the whole text: over a long paragraph Go's regexp
// falls back to its slowest engine (a 1 MB paragraph took 1.5 s), and
// most pieces hold nothing the expression could match. The pieces are cut
// where no match can reach across, so the result is the same
// (TestContactsPieces).
func maskContacts(s string, min int) ([]string, string) {
	var out []string
	mask := func(m string) string {
		out = append(out, normContact(m))
		return " contact "
	}
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		n := contactCut(s, min)
		if mayHoldContact(s[:n]) {
			b.WriteString(contactRE.ReplaceAllStringFunc(s[:n], mask))
		} else {
			b.WriteString(s[:n])
		}
		s = s[n:]
	}
	return out, b.String()
}

// linkedContact reads a contact that is a link's target, as masked, as
// the contact itself: "at https://x.example/cookies" and "[our
// policy](https://x.example/cookies)" name the same page, and a link's
// target is otherwise not text.
func linkedContact(masked string) string {
	if !strings.Contains(masked, "]( contact )") {
		return masked
	}
	// "[SAR@x.com](mailto:SAR@x.com)" is one address, shown as itself.
	masked = strings.ReplaceAll(masked, "[ contact ]( contact )", " contact ")
	return strings.ReplaceAll(masked, "]( contact )", "] contact ")
}

// mayHoldContact reports text where contactRE may match: every match has
// an "@", a backslash, "protect", "://", "www.", "at" in brackets, or nine
// characters of a phone number in a row.
func mayHoldContact(s string) bool {
	if strings.ContainsAny(s, "@\\") || strings.Contains(s, "://") || containsFold(s, "protect") || containsFold(s, "www.") {
		return true
	}
	run := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '[' || c == '(':
			j := i + 1
			for j < len(s) && isSpaceByte(s[j]) {
				j++
			}
			if j+1 < len(s) && s[j]|0x20 == 'a' && s[j+1]|0x20 == 't' {
				return true
			}
		}
		if c := s[i]; '0' <= c && c <= '9' || isSpaceByte(c) || c == '(' || c == ')' || c == '.' || c == '-' {
			if run++; run >= 9 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// addressLineParts reports text that passes addressLine's tests of its parts
// before any is made: three parts at least, each of one to six words,
// each word capitalised, a number or short. Most sentences with commas
// fail at once, and no list of their parts or words is made.
func addressLineParts(text string, cut func(rune) bool) bool {
	n := 0
	for p := range strings.FieldsFuncSeq(text, cut) {
		n++
		words := 0
		for w := range strings.FieldsSeq(p) {
			if words++; words > 6 {
				return false
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && (len(w) > 3 || !unicode.IsLower(r)) {
				return false
			}
		}
		if words == 0 {
			return false
		}
	}
	return n >= 3
}

// containsFold reports whether s holds lower-case ASCII sub, in any case.
// The places where sub may start are found by its first letter, in lower
// case and then in capitals, with IndexByte, which skips the bytes
// between them many at a time: most texts are asked for many words that
// are not in them.
func containsFold(s, sub string) bool {
	if sub[0]&0x20 == 0 {
		return false // no byte is sub's first in lower case
	}
	ascii := plainASCII(sub)
	for _, first := range [2]byte{sub[0], sub[0] &^ 0x20} {
		for at := 0; ; at++ {
			i := strings.IndexByte(s[at:], first)
			if i < 0 {
				break
			}
			at += i
			if at+len(sub) > len(s) {
				break
			}
			if t := s[at : at+len(sub)]; ascii && equalFoldASCII(t, sub) || !ascii && strings.EqualFold(t, sub) {
				return true
			}
		}
	}
	return false
}

// equalFoldASCII is strings.EqualFold for t and sub of the same length,
// sub in ASCII, without decoding: a byte of t beyond ASCII makes them
// differ, as it does for EqualFold (the "K" and "ſ" that fold to ASCII
// letters take two bytes or more, where the letter takes one).
func equalFoldASCII(t, sub string) bool {
	for k := 0; k < len(sub); k++ {
		a, b := t[k], sub[k]
		if a == b {
			continue
		}
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}

// lowerHasAny is containsAny(strings.ToLower(s), subs) for subs in ASCII
// lower case, without lowering s: a cheap test asked of whole paragraphs.
// Lowering keeps each run of ASCII as it is but for its capitals and makes
// no character beyond ASCII one of ASCII but two, the Kelvin sign (k) and
// İ (i): a text with either is lowered as before; in any other, each sub
// is found in any case (containsFold), as it would be in the lowered text.
func lowerHasAny(s string, subs ...string) bool {
	if strings.Contains(s, "\u212a") || strings.Contains(s, "\u0130") {
		return containsAny(strings.ToLower(s), subs)
	}
	return containsFoldAny(s, subs)
}

// lowerIn is lowerHasAny(s, l.words...), through the list made once.
func (l *foldList) lowerIn(s string) bool {
	if strings.Contains(s, "\u212a") || strings.Contains(s, "\u0130") {
		return containsAny(strings.ToLower(s), l.words)
	}
	return l.in(s)
}

// containsJoined is strings.Contains(a+b, sub) without joining a and b:
// rules ask it of both sides of each change, and the joined text was one
// allocation each time.
func containsJoined(a, b, sub string) bool {
	if strings.Contains(a, sub) || strings.Contains(b, sub) {
		return true
	}
	if len(sub) < 2 {
		return false
	}
	// sub across the seam: the last bytes of a and the first of b.
	var buf [64]byte
	tail, head := a[max(0, len(a)-len(sub)+1):], b[:min(len(b), len(sub)-1)]
	if len(tail)+len(head) > len(buf) {
		return strings.Contains(tail+head, sub)
	}
	seam := append(append(buf[:0], tail...), head...)
	return strings.Contains(string(seam), sub)
}

// contactCut returns where to end the first piece of s, at least min bytes
// long where s allows: at a run of spaces between two ASCII letters. No
// match of contactRE holds such a run (its spaces stand next to brackets,
// digits or dots), but for the one between "email" and "protected", which
// is never cut. It returns len(s) when there is no such place.
func contactCut(s string, min int) int {
	letter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	for i := max(min, 1); i < len(s); i++ {
		if !isSpaceByte(s[i]) || !letter(s[i-1]) {
			continue
		}
		j := i
		for j < len(s) && isSpaceByte(s[j]) {
			j++
		}
		if j < len(s) && letter(s[j]) && !(i >= 5 && strings.EqualFold(s[i-5:i], "email")) {
			return i
		}
		i = j - 1
	}
	return len(s)
}

func normContact(m string) string {
	l := strings.ToLower(strings.TrimSpace(m))
	switch {
	case strings.Contains(l, "protected") || strings.Contains(l, "cdn-cgi"):
		return "*"
	case strings.HasPrefix(l, "http") || strings.HasPrefix(l, "www."):
		// A sentence's full stop or comma after an address is not part of it.
		l = strings.TrimRight(l, ".,;:!?")
		l = strings.TrimPrefix(strings.TrimPrefix(l, "https://"), "http://")
		return strings.TrimSuffix(strings.TrimPrefix(l, "www."), "/")
	case strings.ContainsAny(l, "@\\[(") && !strings.ContainsAny(l[:1], "+(0123456789"):
		l = strings.TrimPrefix(l, "mailto:")
		// A link's target may escape its letters ("mailto:fDi%2Bccpa@…"
		// is "fDi+ccpa@…"), and an underscore before an address is
		// Markdown's emphasis ("_privacy@x.com_"): the same mailbox.
		if strings.Contains(l, "%") {
			if u, err := url.PathUnescape(l); err == nil {
				l = u
			}
		}
		l = strings.TrimLeft(l, "_")
		l = obfuscatedAt.ReplaceAllString(l, "@")
		return obfuscatedDot.ReplaceAllString(l, ".")
	}
	var d []byte
	for i := 0; i < len(l); i++ {
		if l[i] >= '0' && l[i] <= '9' {
			d = append(d, l[i])
		}
	}
	if len(d) > 9 {
		d = d[len(d)-9:] // "+1 866 697 7482" is "866-697-7482"
	}
	return string(d)
}

// sameContacts reports two lists of contacts that name the same ones: a
// hidden address stands for any.
func sameContacts(a, b []string) bool {
	set := func(xs []string) ([]string, bool) {
		m := map[string]bool{}
		wild := false
		for _, x := range xs {
			if x == "*" {
				wild = true
			} else {
				m[x] = true
			}
		}
		var out []string
		for x := range m {
			out = append(out, x)
		}
		sort.Strings(out)
		return out, wild
	}
	sa, wa := set(a)
	sb, wb := set(b)
	if wa || wb {
		return len(a) > 0 && len(b) > 0
	}
	return equalWords(sa, sb)
}

// digitRun reports n digits or more in s, spaces and dashes between them
// allowed: what a phone number needs.
func digitRun(s string, n int) bool {
	k := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if k++; k >= n {
				return true
			}
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')':
		default:
			k = 0
		}
	}
	return false
}

// contactsRewritten reports two texts whose contacts are written
// differently ("privacy@x.com" and "[email protected]"), not only the
// same contacts in text that changed elsewhere. A long text is not
// searched again: it says no.
func contactsRewritten(old, new string) bool {
	if len(old) > 1<<14 || len(new) > 1<<14 {
		return false
	}
	return !slices.Equal(contactRE.FindAllString(old, -1), contactRE.FindAllString(new, -1))
}

// Postal addresses are found by their postcode: a state's two capitals and
// a ZIP code ("CA 94107", "TX 78701-1234"), or four or five digits after a
// comma and before the town ("10117 Berlin", "1097 JB Amsterdam"). Where a
// text has one, the house number is the number after a comma or "at"
// before the capitalised words of a street and a comma ("88 Colin P.
// Kelly Jr. Street,"), or after the street's name and before the postcode
// ("Hauptstraße 5, 10117 Berlin"). Numbers elsewhere ("within 30 Days,")
// are not an address's. A British postcode ("KT16 0PS") is its district
// ("KT16") and the number of the street's part within it ("0PS").
// postcodeRE's groups are the state or the town, then the number; the
// district and its part.
var (
	postcodeRE    = mustPattern(`\b([A-Z]{2})\s+(\d{5}(?:-\d{4})?)\b|,\s*(\d{4,5})\s+(?:[A-Z]{2}\s+)?(\p{Lu}\p{Ll}+)|\b([A-Z]{1,2}\d[A-Z\d]?)\s+(\d[A-Z]{2})\b`)
	houseNumberRE = mustPattern(`(?:^|,\s*|\bat\s+)(\d{1,5}[A-Za-z]?)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,6},|\p{Lu}\p{L}+\s+(\d{1,5}[a-z]?),\s*(?:[A-Z]{2}-?)?\d{4,5}\b`)
)

// withoutAddressNumbers returns old and new without the house numbers and
// postcodes of their postal addresses, where both give addresses in the
// same states or towns: the same party at another door of the same town
// is the same party. "Austin, TX 78701" → "Dublin, OH 43017" is another
// town, and its numbers are compared as written. The country written
// after a postcode ("…, Surrey KT16 0RS, UK") says where that town is,
// and goes with the numbers.
func (c *classifier) withoutAddressNumbers(old, new string) (string, string) {
	// strip returns s without its address numbers, and the states or
	// towns of its postcodes, sorted.
	strip := func(s string) (string, []string) {
		if !mayHavePostcode(s) {
			return s, nil
		}
		codes := postcodeRE.FindAllStringSubmatchIndex(s, -1)
		if len(codes) == 0 {
			return s, nil
		}
		var towns []string
		var spans [][]int
		for _, m := range codes {
			switch {
			case m[2] >= 0:
				towns = append(towns, s[m[2]:m[3]])
				spans = append(spans, m[4:6])
			case m[8] >= 0:
				towns = append(towns, s[m[8]:m[9]])
				spans = append(spans, m[6:8])
			default:
				towns = append(towns, s[m[10]:m[11]])
				spans = append(spans, m[12:14])
			}
			if n := c.addressCountry(s[m[1]:]); n > 0 {
				spans = append(spans, []int{m[1], m[1] + n})
			}
		}
		for _, m := range houseNumberRE.FindAllStringSubmatchIndex(s, -1) {
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] >= 0 {
					spans = append(spans, m[g:g+2])
				}
			}
		}
		// The text between the spans, in one pass: a long paragraph of
		// addresses is copied once, not once per address.
		sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
		var b strings.Builder
		b.Grow(len(s))
		at := 0
		for _, sp := range spans {
			if sp[0] < at {
				continue // overlapping matches: the earlier is cut already
			}
			b.WriteString(s[at:sp[0]])
			at = sp[1]
		}
		b.WriteString(s[at:])
		sort.Strings(towns)
		return b.String(), towns
	}
	o, to := strip(old)
	if len(to) == 0 {
		return old, new // no address: the other side is not read
	}
	n, tn := strip(new)
	if !slices.Equal(to, tn) {
		return old, new // an address on one side only, or in another town: compared as written
	}
	return o, n
}

// sameTowns reports two texts that give postal addresses, in the same
// states, towns or districts, by their postcodes.
func sameTowns(old, new string) bool {
	towns := func(s string) []string {
		if !strings.ContainsAny(s, "0123456789") {
			return nil
		}
		var out []string
		for _, m := range postcodeRE.FindAllStringSubmatchIndex(s, -1) {
			for _, g := range []int{2, 8, 10} {
				if m[g] >= 0 {
					out = append(out, s[m[g]:m[g+1]])
				}
			}
		}
		sort.Strings(out)
		return out
	}
	to := towns(old)
	return len(to) > 0 && slices.Equal(to, towns(new))
}

// addressCountry returns the length of the country that s, the text
// after a postcode, opens with (", UK", " United Kingdom", ", U.S.A"): the country
// of that address, written whole, before the end of the text, a line, a
// sentence or a clause. 0 if it opens with none.
func (c *classifier) addressCountry(s string) int {
	i := 0
	if i < len(s) && s[i] == ',' {
		i++
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i == len(s) || s[i] < 'A' || s[i] > 'Z' {
		return 0
	}
	best := 0
	for name := range c.ix.countries {
		if !strings.HasPrefix(s[i:], name) {
			continue
		}
		end := i + len(name)
		if end < len(s) && !strings.ContainsRune(".,;:)\n", rune(s[end])) && !(s[end] == ' ' && (end+1 == len(s) || s[end+1] == '\n')) {
			continue // "US Bank", "UKG": more than the country
		}
		best = max(best, end)
	}
	// A country's initials written with dots: "U.S.A", "U.K.".
	j := i
	for j < len(s) && !strings.ContainsRune(" ,;:)\n", rune(s[j])) {
		j++
	}
	if tok := s[i:j]; strings.Contains(tok, ".") && c.ix.countries[strings.ReplaceAll(tok, ".", "")] {
		best = max(best, j)
	}
	return best
}

// withoutAddressCountries returns s without the countries written after
// the postcodes of its postal addresses: the country of an address is
// where a party is reached, not a place data goes.
func (c *classifier) withoutAddressCountries(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	var cut []replacement
	for _, m := range postcodeRE.FindAllStringIndex(s, -1) {
		if len(cut) > 0 && m[1] < cut[len(cut)-1].to {
			continue
		}
		if n := c.addressCountry(s[m[1]:]); n > 0 {
			cut = append(cut, replacement{from: m[1], to: m[1] + n})
		}
	}
	return replaced(s, cut)
}

// streetNameRE is the house number and the capitalised words of a street
// up to the comma after them: "88 Colin P. Kelly Jr. Street,".
var streetNameRE = mustPattern(`(?:^|,\s*|\bat\s+)\d{1,5}[A-Za-z]?\s+(\p{Lu}[\p{L}'’-]*)((?:\s+\p{Lu}[\p{L}.'’-]*){0,6}),`)

// sameStreet returns a test for a word of the name of a street both
// sentences give in a postal address, starting with the same word, the
// name written in full on one side: "88 Colin P. Kelly," → "88 Colin P.
// Kelly Jr. Street," is one street. Only where both sides give a
// postcode: elsewhere a number and capitalised words are not a street.
func (c *classifier) sameStreet(old, new string) func(string) bool {
	words := map[string]bool{}
	if postcodeRE.MatchString(old) && postcodeRE.MatchString(new) {
		mo, mn := streetNameRE.FindAllStringSubmatch(old, -1), streetNameRE.FindAllStringSubmatch(new, -1)
		for _, a := range mo {
			for _, b := range mn {
				if a[1] != b[1] {
					continue
				}
				for _, w := range c.ix.fold(a[2] + " " + b[2]) {
					words[w] = true
				}
			}
		}
	}
	return func(w string) bool { return words[w] }
}

// addressLabelRE is the label a postal address standing alone may open
// with, as a line of contacts sets it: "HQ:", "Head office: ".
var addressLabelRE = mustPattern(`^(?:[-*+]\s+)?(?:\p{L}[\p{L} ]{0,20}:\s*)?`)

// addressLine returns the parts of a paragraph that is a postal address
// and nothing else, split at its commas: three parts or more, each of
// capitalised words, numbers and short function words ("of", "de"), one
// of them a street (a kind of street last, or a number). Its label, if
// any, is the first part's prefix.
func addressLine(s string) []string {
	if strings.Count(s, ",") < 2 {
		return nil // three parts at least
	}
	s = strings.TrimSpace(s)
	label := addressLabelRE.FindString(s)
	// A line break parts an address set out line by line as a comma does:
	// "Yelp, Attn: Data Privacy Manager\n140 New Montgomery St., 9th Floor".
	cut := func(r rune) bool { return r == ',' || r == '\n' }
	if !addressLineParts(s[len(label):], cut) {
		return nil
	}
	parts := strings.FieldsFunc(s[len(label):], cut)
	if len(parts) < 3 {
		return nil
	}
	street := false
	for i, p := range parts {
		ws := strings.Fields(p)
		if len(ws) == 0 || len(ws) > 6 {
			return nil
		}
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && (len(w) > 3 || !unicode.IsLower(r)) {
				return nil
			}
		}
		last := strings.ToLower(strings.Trim(ws[len(ws)-1], ".,"))
		street = street || streetKinds[last] || strings.ContainsAny(p, "0123456789")
		parts[i] = strings.Join(ws, " ")
	}
	if !street {
		return nil
	}
	parts[0] = label + parts[0]
	return parts
}

// sameSeat reports two paragraphs that are each a postal address and
// nothing else, opening with the same addressee (or label and building)
// and ending in the same town: "HQ:Alexander House, Otunba Jobi Fele Way,
// Ikeja, Lagos" → "HQ:Alexander House, Plot 9, Dr.Nurudeen Olowopopo
// Avenue, Alausa, Lagos". The same party is written to in the same town,
// at another street: its streets and districts are places, not parties,
// and commit to nothing. Another addressee or another town is compared.
// A country written last on one side only says where that town is (as
// addressCountry): "San Francisco, California 94105" → "…, California
// 94105, U.S.A."; a country on both sides must be the same.
func (c *classifier) sameSeat(old, new string) (string, bool) {
	po, pn := addressLine(old), addressLine(new)
	if po == nil || pn == nil || po[0] != pn[0] {
		return "", false
	}
	if strings.HasSuffix(po[0], ":") && (len(po) < 2 || len(pn) < 2 || po[1] != pn[1]) {
		// "Our EU Representative is:" leads in to the addressee, the
		// part after it: "Jack Baylor, 2 Ashton Place, …, Cork" →
		// "George Barry, 4 St Christopher's Rd, …, Cork" is another
		// representative (range-labs/range-policy, 2023).
		return "", false
	}
	country := func(ps []string) bool {
		last := ps[len(ps)-1]
		n := c.addressCountry(last)
		return len(ps) > 3 && n > 0 && strings.TrimRight(last[n:], ". ") == ""
	}
	if co, cn := country(po), country(pn); co != cn {
		if co {
			po = po[:len(po)-1]
		} else {
			pn = pn[:len(pn)-1]
		}
	}
	if po[len(po)-1] != pn[len(pn)-1] || c.seatTown(po) != c.seatTown(pn) {
		return "", false // another town of the same state (officetown.go)
	}
	return po[len(po)-1], true
}
