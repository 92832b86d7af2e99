package material

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/redline"
)

// seatTown returns the town a postal address split into its parts
// (addressLine) is in, in lower case, without its postcode and state:
// "AdSupply Inc.", "10811 Washington Blvd", "Culver City", "CA 90232",
// "United States" → "culver city". An office moved to another town is
// another seat, even in the same state and country: mail sent to the old
// one may go unanswered, and the controller's address is an item users
// must be given (GDPR 13(1)(a); b47-02, Culver City → Beverly Hills, CA).
// The town is the part before the country and the parts that only give a
// state or a postcode ("CA 90232", "Texas 78701"); a state in words alone
// is set aside only where no postcode was ("Austin, Texas, United
// States"), since "New York, NY 10001" is a town named as its state. ""
// when the part found holds a number of a street, or is the first part:
// the address names no town to compare.
func (c *classifier) seatTown(parts []string) string {
	end := len(parts)
	if l := parts[end-1]; c.addressCountry(l) > 0 && strings.TrimRight(l[c.addressCountry(l):], ". ") == "" {
		end--
	}
	coded, named := false, false
	for end > 1 {
		switch regionPart(parts[end-1]) {
		case 1:
			coded = true
			end--
			continue
		case 2:
			if !coded && !named {
				named = true
				end--
				continue
			}
		}
		break
	}
	if end < 2 || numberAt(parts[end-1]) >= 0 && !strings.ContainsFunc(parts[end-1], unicode.IsLetter) {
		return ""
	}
	var town []string
	for _, w := range strings.Fields(parts[end-1]) {
		w = strings.Trim(w, ".,;:-–")
		if w == "" || strings.ContainsAny(w, "0123456789") || stateCode(w) {
			continue // "75009 Paris", "Culver City CA 90232"
		}
		town = append(town, strings.ToLower(w))
	}
	if len(town) == 0 || numberAt(parts[end-1]) >= 0 && streetKinds[town[len(town)-1]] {
		return "" // "200 Main Street": a street, not a town
	}
	return strings.Join(town, " ")
}

// regionPart says what a part of a postal address after its town holds: 1
// for a postcode, alone or with a state's code or name ("CA 90232",
// "California 90232", "EC4N 1SR"), 2 for a state's name alone ("Texas",
// "New York"), 0 for anything else (a town, "75009 Paris").
func regionPart(p string) int {
	ws := strings.Fields(p)
	if len(ws) == 0 || len(ws) > 4 {
		return 0
	}
	digits := false
	for _, w := range ws {
		w = strings.Trim(w, ".,;:–")
		switch {
		case strings.ContainsAny(w, "0123456789"):
			digits = true
		case stateCode(w), usStateWords[strings.ToLower(w)]:
		case w == "-" || w == "":
		default:
			return 0
		}
	}
	if digits {
		return 1
	}
	return 2
}

// stateCode reports a state's or a postcode's letters written apart: "CA",
// "NY".
func stateCode(w string) bool {
	if len(w) != 2 {
		return false
	}
	for _, r := range w {
		if r >= utf8.RuneSelf || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// addressMoved judges a postal address that moved: on both sides the
// paragraph gives a postal address (a postcode, or a paragraph that is
// nothing but one), and every word that changed is one of an address (a
// number, a capitalised name, a kind of street, a short word as "de" in
// "rue de Provence"), a number or a kind of street among them. What
// changed is where the party is reached, not a kind of data (b47-01,
// b47-12: "a number without a unit changed" read it as such): the
// controller's address is its identity (GDPR 13(1)(a)), and an address
// under rights, or written to for questions and requests, is where the
// reader exercises them (b47-17). Another party at the address (a
// company's form among the words changed) is left to the other rules.
func (c *classifier) addressMoved(ch redline.Change, ctxOld, ctxNew string) (Verdict, bool) {
	if ctxOld == "" || ctxNew == "" || !c.postalAddress(ch.Old) || !c.postalAddress(ch.New) {
		return Verdict{}, false
	}
	removed, added := diffWords(addressWords(ctxOld), addressWords(ctxNew))
	if len(removed) == 0 || len(added) == 0 {
		return Verdict{}, false
	}
	if !addressOnly(removed) || !addressOnly(added) || !placedWords(removed) && !placedWords(added) {
		return Verdict{}, false
	}
	k := c.addressCategory(ch, ctxOld)
	if k == "" {
		return Verdict{}, false
	}
	v := c.material(ch, k+".address", &signals{}, removed, added, "")
	v.Reason = fmt.Sprintf("%s: the party's postal address moved, and mail sent to the old one may go unanswered: %s", c.label(k), quoteChange(ctxOld, ctxNew))
	return v, true
}

// amountRE is a number written with a thousands' separator or a
// currency, an amount ("30,000", "38,994.44", "€500"), not a door or a
// postcode ("10811", "4-1-6", "Suite 40.4", "C1049AAA").
var amountRE = mustPattern(`\d,\d{3}|[€$£]`)

// frenchStreetKinds are kinds of street written in lower case before the
// name, as French, Spanish and Italian addresses write them.
var frenchStreetKinds = map[string]bool{"rue": true, "boulevard": true, "avenue": true, "allée": true, "quai": true,
	"place": true, "chemin": true, "calle": true, "via": true, "viale": true, "piazza": true, "corso": true}

// postalAddress reports a text that gives a postal address: a postcode, a
// paragraph that is nothing but an address (addressLine), or a house
// number and its street ("10811 Washington Boulevard", "94 rue de
// Provence").
func (c *classifier) postalAddress(s string) bool {
	return mayHavePostcode(s) && postcodeRE.MatchString(s) || addressLine(s) != nil || hasStreet(s) || strings.Contains(s, "Box") && poBoxRE.MatchString(s)
}

// poBoxRE is a post-office box and its number: "PO Box 619810", "P.O.
// Box 1027" (Thryv's Privacy Manager, moved from one to a street).
var poBoxRE = mustPattern(`\bP\.?\s?O\.?\s+Box\s+\d+`)

// hasStreet reports a house number followed, within five words, by a kind
// of street, the words between capitalised or short: "10811 Washington
// Boulevard", "9024 W. Olympic Blvd.", "14 boulevard Haussmann".
func hasStreet(s string) bool {
	if !hasDigit(s) {
		return false // a street's number has a digit
	}
	ws := strings.Fields(s)
	for i, w := range ws {
		if !postalNumber(strings.TrimRight(w, ",")) {
			continue
		}
	next:
		for j := i + 1; j < len(ws) && j <= i+5; j++ {
			lw := strings.ToLower(strings.Trim(ws[j], ".,"))
			switch r, _ := utf8.DecodeRuneInString(ws[j]); {
			case streetKinds[lw] || frenchStreetKinds[lw]:
				return true
			case unicode.IsUpper(r), len(lw) <= 3 && lw != "":
			default:
				break next
			}
		}
	}
	return false
}

// addressWords returns the words of s as written, without the
// punctuation around them.
func addressWords(s string) []string {
	ws := strings.Fields(s)
	out := ws[:0:0]
	for _, w := range ws {
		if w = strings.Trim(w, ".,;:()“”\"'*_–-#"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// requestCues are the words that say an address is where the reader
// writes to exercise rights or ask questions: "Your rights concerning your
// personal data", "Send your request by post to".
var requestCues = map[string]bool{"right": true, "rights": true, "request": true, "requests": true, "exercise": true,
	"question": true, "questions": true, "complaint": true, "complaints": true, "objection": true, "inquiries": true, "enquiries": true}

// requestCue reports a text with one of requestCues.
func requestCue(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 5 && len(w) <= 11 && requestCues[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// addressOnly reports words that are all of a postal address: numbers that
// are no amount, capitalised names, kinds of street, short words ("de"),
// no company's form ("Acme Ltd" → "Beta Ltd" is another party).
func addressOnly(ws []string) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		switch {
		case legalForms[strings.ReplaceAll(lw, ".", "")], months[lw]:
			return false // another party; a date ("Revised on February 14, 2022")
		case unicode.IsDigit(r) && amountRE.MatchString(w):
			return false // "30,000 euros" → "38,994.44 euros": an amount, not a door
		case unicode.IsDigit(r), streetKinds[strings.TrimRight(lw, ".")], frenchStreetKinds[lw], unicode.IsUpper(r), len(w) <= 3:
		default:
			return false
		}
	}
	return true
}

// placedWords reports words of an address among which is a number or a
// kind of street: a door, not only a name.
func placedWords(ws []string) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		if unicode.IsDigit(r) || streetKinds[strings.TrimRight(lw, ".")] || frenchStreetKinds[lw] {
			return true
		}
	}
	return false
}

// addressCategory names what a party's postal address is to the reader:
// where it exercises rights, under a heading or in a sentence about
// rights, requests or contacting the party, else the party's identity
// (GDPR 13(1)(a)). "" when the rulebook has neither.
func (c *classifier) addressCategory(ch redline.Change, ctx string) string {
	heading := ""
	if len(ch.Section) > 0 {
		heading = ch.Section[len(ch.Section)-1]
	}
	k := "identity"
	if kc, _, _ := c.categorize(nil, c.ix.fold(ctx), c.headingWords(ch.Section)); kc == "rights" || requestCue(heading) || requestCue(ctx) {
		k = "rights"
	}
	if c.rb.categoryIndex(k) < 0 {
		return ""
	}
	return k
}

// addressRemoved judges a postal address taken away whole, a paragraph or
// a sentence of nothing but it ("Level 5, 1 Market Street, Sydney NSW
// 2000" gone from a block of contacts, read as "Wording not about personal
// data"): a way to reach the party, and to exercise rights by post, is
// gone. An address added gives another way, and is left to the other
// rules.
func (c *classifier) addressRemoved(ch redline.Change, ctxOld, ctxNew string) (Verdict, bool) {
	if ctxOld == "" || ctxNew != "" || !c.postalAddress(ctxOld) {
		return Verdict{}, false
	}
	ws := addressWords(ctxOld)
	if len(ws) < 3 || !addressOnly(ws) || !placedWords(ws) {
		return Verdict{}, false
	}
	k := c.addressCategory(ch, ctxOld)
	if contactHeading(ch.Section) && c.rb.categoryIndex("rights") >= 0 {
		k = "rights" // the block the reader writes to
	}
	if k == "" {
		return Verdict{}, false
	}
	v := c.material(ch, k+".address", &signals{}, ws, nil, "")
	v.Reason, v.Direction = fmt.Sprintf("%s: a postal address to reach the party removed: %s", c.label(k), excerpt(ctxOld)), Restricts
	return v, true
}

// contactHeading reports a heading of a block of contacts: "Contact us",
// "How to reach us", "Write to us".
func contactHeading(path []string) bool {
	if len(path) == 0 {
		return false
	}
	h := strings.ToLower(path[len(path)-1])
	return strings.Contains(h, "contact") || strings.Contains(h, "reach us") || strings.Contains(h, "write to us")
}
