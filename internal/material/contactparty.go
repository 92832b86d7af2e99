package material

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/redline"
)

// A party named in a contact line, "contact our Data Protection Officer by
// postal mail at Criteo – Data Protection Office – 32 rue Blanche 75009
// Paris France", "Attn: GM Privacy, P.O. Box 1027, Warren, Michigan USA
// 48090-1027", is whom the reader writes to, not whom data is given to:
// held-out pages had such lines, added, changed or removed, read as "New
// recipient: Attn" or as "New transfer destination: United Kingdom" for the
// country an address ends with. Who the controller (its DPO, its
// representative, its privacy team) is and how to reach it is identity
// (GDPR 13(1)(a), (b)); where the reader sends questions and requests,
// rights (addressCategory). A party named beside its address in a
// sentence that gives it data ("We share your payment details with Adyen
// N.V., Simon Carmiggeltstraat 6-50, Amsterdam") is a recipient still: a
// word of sharing or of transfers in the sentence leaves the name to the
// other rules.

// contactMarkRE is what only a contact line has: an addressee's "Attn" or
// "c/o", a post-office box, a telephone number written with its "+" or
// area code, an e-mail address, the label of an address or a telephone.
var contactMarkRE = mustPattern(`(?i)\battn\b|\battention\s*:|\bc/o\b|\bp\.?\s?o\.?\s+box\b|\bpostbox\b|\bpostfach\b|\+\d[\d ()-]{6,}\d|\(\d{3}\)\s?\d{3}-\d{4}|\b1-8\d\d-|\b\d{3}-\d{3}-\d{4}\b|[\w.+-]+@[\w-]+\.\w|\b(?:address|tel|telephone|phone|fax)\s*:`)

// contactVerbRE is a sentence's invitation to reach a party: "contact",
// "write to", "by post", "call", "reach".
var contactVerbRE = mustPattern(`(?i)\b(?:contact(?:ed|ing)?|write|writing|written|mail|mailing|post|postal|call|calling|reach|reached|send|letter)\b`)

// contactParty names what the parties es are to the reader where each
// stands in a contact line of text (the changed sentences of ch): a
// sentence or a line that gives a postal address, or a mark only contact
// lines have (contactMarkRE), and invites the reader to reach the party,
// or is nothing but the address; with no word of sharing or of transfers
// in it. "identity" or "rights" (addressCategory), "" when a name stands
// elsewhere.
func (c *classifier) contactParty(ch redline.Change, text string, es []string) string {
	if len(es) == 0 || text == "" || !strings.ContainsAny(text, "0123456789@") {
		return ""
	}
	r, t := c.rb.categoryIndex("recipients"), c.rb.categoryIndex("transfers")
	lines := sentences(text)
	var found []string
	for _, e := range es {
		at := ""
		for _, s := range lines {
			if strings.Contains(s, e) {
				at = s
				break
			}
		}
		if first, _, _ := strings.Cut(e, " "); at == "" && len(first) >= 3 {
			// A name read across the lines of an address ("LINE
			// Corporation" over "Attn: Privacy Policy") starts on one.
			for _, s := range lines {
				if strings.Contains(s, first) {
					at = s
					break
				}
			}
		}
		if at == "" {
			return ""
		}
		// A name on a line of its own, or ending in a colon, is a part
		// of the address laid out around it: read the lines before and
		// after it too.
		block := at
		if !strings.ContainsAny(at[len(at)-1:], ".;!?") {
			i := slices.Index(lines, at)
			block = strings.Join(lines[max(0, i-4):min(len(lines), i+5)], "\n")
		}
		mark := contactMarkRE.MatchString(block) || maskedContact(block)
		if !mark && !addressBlock(block) && (!c.postalAddress(block) || !contactVerbRE.MatchString(block)) {
			return ""
		}
		for _, h := range c.ix.strongHits(c.ix.fold(block)) {
			if int(h.k) == r || int(h.k) == t {
				return ""
			}
		}
		found = append(found, at)
	}
	return c.addressCategory(ch, strings.Join(found, " "))
}

// maskedContact reports a telephone number or an e-mail address that the
// classifier's reading put one mark for (contact.go): " contact " standing
// after a space or an opening bracket, not the verb "may contact the".
func maskedContact(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], " contact ")
		if j < 0 {
			return false
		}
		j += i
		if j == 0 || strings.ContainsRune(" \t\n([", rune(s[j-1])) {
			return true
		}
		i = j + 1
	}
}

// contactVerdict makes v the verdict on a contact line changed, where the
// parties es, added (or removed), stand in one (contactParty): the party's
// identity or the reader's rights, quoting the sentences changed. It
// reports whether they did.
func (c *classifier) contactVerdict(v *Verdict, ch redline.Change, added bool, es []string) bool {
	block := ch.Old
	if added {
		block = ch.New
	}
	k := c.contactParty(ch, block, es)
	if k == "" {
		return false
	}
	if containsFold(block, "complain") && containsAnyFold(block, authorityWords) && c.rb.categoryIndex("rights") >= 0 {
		k = "rights" // the authority to complain to (authoritydropped.go)
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if k == "identity" && c.securityContact(ch.Old, ch.New, es) {
		k = "security"
	}
	how := "changed"
	switch {
	case so == "":
		how = "added"
	case sn == "":
		how = "removed"
	}
	v.Category, v.Rule = k, k+".entity"
	// (No "contact" word between spaces: the reason's masked addresses
	// are put back where one stands.)
	v.Reason = fmt.Sprintf("%s: where to write to or call the party, %s: %s", c.label(k), how, quoteChange(so, sn))
	return true
}

// addressMisread are the categories the fallbacks give a postal address
// for the words around it (a company, a country, "address"): none is what
// an address is to the reader.
var addressMisread = []string{"", "unclassified", "site", "data", "recipients", "transfers"}

// addressChanged names what a change is whose changed sentences, on each
// side that has one, are nothing but a postal address or a part of one:
// "GraphCMS GmbH Am Urnenfeld 35 35396 Gießen Germany" → "GraphCMS GmbH
// Dircksenstraße 47, 10178 Berlin, Germany" under "Name and address of
// the Controller", "at 4 Grand Canal Square, … Dublin 2" → "at Merrion
// Road, Dublin 4, D04 X2K5". The rules that found no commitment in such
// words sent them to a reviewer as kinds of data or a number without a
// unit; they are where the party is reached ("identity" or "rights",
// addressCategory). "" when a side says more than an address.
func (c *classifier) addressChanged(ch redline.Change, ctxOld, ctxNew string) string {
	if ctxOld == "" && ctxNew == "" || !strings.ContainsAny(ctxOld, "0123456789") && !strings.ContainsAny(ctxNew, "0123456789") {
		return ""
	}
	ro, rn := diffWords(addressWords(ctxOld), addressWords(ctxNew))
	if len(ro)+len(rn) == 0 || !placedWords(ro) && !placedWords(rn) {
		return ""
	}
	for _, ws := range [][]string{ro, rn} {
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			lw := strings.ToLower(w)
			switch {
			case months[lw]:
				return "" // a date
			case unicode.IsDigit(r) && amountRE.MatchString(w):
				return "" // an amount
			case unicode.IsDigit(r), streetKinds[strings.TrimRight(lw, ".")], frenchStreetKinds[lw]:
			case unicode.IsUpper(r), len(w) <= 3, legalForms[strings.ReplaceAll(lw, ".", "")]:
			default:
				return ""
			}
		}
	}
	// Each side that has text gives an address: a postcode, a house
	// number and its street, a block laid out one part to a line.
	for _, s := range []string{ctxOld, ctxNew} {
		if s != "" && !c.postalAddress(s) && !postcodeLineRE.MatchString(s) && !streetAndNumber(addressWords(s)) {
			return ""
		}
	}
	ctx := ctxOld
	if ctx == "" {
		ctx = ctxNew
	}
	return c.addressCategory(ch, ctx)
}

// streetAndNumber reports words with a kind of street and a number among
// them: "Floor 15", "Dircksenstraße 47".
func streetAndNumber(ws []string) bool {
	street, number := false, false
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		number = number || unicode.IsDigit(r)
		street = street || streetKinds[strings.TrimRight(lw, ".")] || frenchStreetKinds[lw] || strings.HasSuffix(lw, "straße") || strings.HasSuffix(lw, "strasse")
	}
	return street && number
}

// A person named as the one to write to about security issues, "npm's
// CTO Laurie Voss is the current point of contact for all security
// related issues" → "… C J Silverio …" (npm-053, read "Controller
// identity or role"), holds a post in how incidents are handled, a
// security commitment (the rubric's "security measures", breach
// handling), not the controller's identity: the company is the same,
// the person it routes security reports to is another.
//
// securityContact reports changed paragraphs so and sn (whole: a hard
// wrap cuts the sentence naming the person from its "for all security
// related issues") whose own words, on each side that has any, are about
// security (a strong hit of the
// security category), naming parties es none of which is a company (a
// company's form after the name, "Ltd", "Inc.": a company named there may
// be the controller itself).
func (c *classifier) securityContact(so, sn string, es []string) bool {
	t := c.rb.categoryIndex("security")
	if t < 0 || so+sn == "" {
		return false
	}
	for _, s := range []string{so, sn} {
		if s == "" {
			continue
		}
		hit := false
		for _, h := range c.ix.strongHits(c.ix.fold(s)) {
			hit = hit || int(h.k) == t
		}
		if !hit {
			return false
		}
	}
	for _, e := range es {
		for _, w := range strings.Fields(e) {
			if corporate[strings.ToLower(strings.Trim(w, ".,"))] {
				return false
			}
		}
	}
	return true
}
