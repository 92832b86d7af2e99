package material

import (
	"strings"
)

// An e-mail address traded for one at another domain ("Email:
// hello@omniops.co.uk" → "Email: privacy@omni-group-legal.com" under the
// controller's name) is another place to write to: rt's probes of the
// seeds found it "not about personal data" where no word of a category
// stands beside it. The same domain written another way, or another
// mailbox at the same domain, is left to the contact rules.

var emailRE = mustPattern(`[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+(?:[A-Za-z]{2,}))\b`)

// fileExtensions end a file's name written like an address: "icon@2x.png".
var fileExtensions = map[string]bool{"png": true, "jpg": true, "jpeg": true, "gif": true, "svg": true, "webp": true, "pdf": true, "ico": true}

// emails returns the e-mail addresses of s as written and their domains,
// lower-cased.
func emails(s string) (addrs, domains []string) {
	for _, sm := range emailRE.FindAllStringSubmatch(s, -1) {
		d := strings.ToLower(sm[1])
		if fileExtensions[d[strings.LastIndexByte(d, '.')+1:]] {
			continue
		}
		addrs, domains = append(addrs, sm[0]), append(domains, d)
	}
	return addrs, domains
}

// emailDomainTraded reports old and new that each write an address, and a
// domain one writes that the other does not.
func emailDomainTraded(old, new string) bool {
	if !strings.Contains(old, "@") || !strings.Contains(new, "@") {
		return false
	}
	domains := func(s string) map[string]bool {
		m := map[string]bool{}
		_, ds := emails(s)
		for _, d := range ds {
			m[d] = true
		}
		return m
	}
	do, dn := domains(old), domains(new)
	if len(do) == 0 || len(dn) == 0 {
		return false
	}
	for d := range dn {
		if !do[d] {
			return true
		}
	}
	for d := range do {
		if !dn[d] {
			return true
		}
	}
	return false
}

// addressGone returns an e-mail address the block writes that the new
// text no longer writes anywhere, "" for none.
func (c *classifier) addressGone(block string) string {
	if !strings.Contains(block, "@") {
		return ""
	}
	as, _ := emails(block)
	for _, a := range as {
		if !c.inDoc(false, strings.ToLower(a)) {
			return a
		}
	}
	return ""
}

// domainNew returns an e-mail address the block writes at a domain the
// old text does not name, "" for none.
func (c *classifier) domainNew(block string) string {
	if !strings.Contains(block, "@") {
		return ""
	}
	as, ds := emails(block)
	for i, d := range ds {
		if !c.inDoc(true, d) {
			return as[i]
		}
	}
	return ""
}

// postalGone returns a line of a postal address the block is (a postcode,
// lines too short to be sentences) that the new text writes nowhere: the
// address to write to by post taken away, as addressGone has it for
// e-mail. Tinder's Data Protection Officer for Japan moved from "c/o
// Tinder, LLC / 8750 North Central Expressway / … Dallas, TX 75231" to an
// address in Tokyo, and the old block, read alone, was "Wording not about
// personal data" (ota-43 032).
func (c *classifier) postalGone(block string) string {
	lines := strings.Split(strings.TrimSpace(block), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), ">"))
	}
	if !addressBlock(strings.Join(lines, "\n")) {
		return ""
	}
	for _, l := range lines {
		if strings.ContainsAny(l, "0123456789") && !c.hasFolded(false, l) {
			return l
		}
	}
	return ""
}
