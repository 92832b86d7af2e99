package material

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A denial limited to the present ("omnie … does not independently host
// or control customer data" → "does not currently independently host
// …") promises nothing of tomorrow: the author may start to host it
// without breaking a word. rt's probes of the seeds found it read "not
// about personal data". "currently" is no force word elsewhere ("we
// currently use Stripe" states a fact), so only a time word put beside a
// negation is read: "not currently", "currently do not", "not at
// present", "not at this time".

var presentDenialRE = regexp.MustCompile(`(?i)\b(?:(?:not|n't|never)\s+(?:currently|presently|at\s+present|at\s+this\s+time|for\s+now|yet)|(?:currently|presently)\s+(?:do|does|will|are|is|have|has)\s*(?:not|n't))\b`)

// presentDenial returns +1 when new limits a denial to the present that
// old did not, -1 for the reverse, 0 otherwise.
func presentDenial(old, new string) int {
	if !strings.Contains(old+new, "not") && !strings.Contains(old+new, "n't") && !strings.Contains(old+new, "never") {
		return 0
	}
	o, n := len(presentDenialRE.FindAllString(old, -1)), len(presentDenialRE.FindAllString(new, -1))
	switch {
	case n > o:
		return 1
	case n < o:
		return -1
	}
	return 0
}

// presentDenialVerdict is the verdict for a denial limited to the present
// or freed of that limit.
func (c *classifier) presentDenialVerdict(ch redline.Change, sig *signals, removed, added []string, cat, ctxOld, ctxNew string) (Verdict, bool) {
	d := presentDenial(ctxOld, ctxNew)
	if d == 0 {
		return Verdict{}, false
	}
	k := c.categoryOr(cat, "identity", "unclassified")
	v := c.material(ch, k+".force", sig, removed, added, "")
	what, dir := "Commitment weakened: a denial now only for the present", Expands
	if d < 0 {
		what, dir = "Commitment strengthened: a denial no longer only for the present", Restricts
	}
	v.Reason, v.Direction = fmt.Sprintf("%s: %s (%s)", what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}

// An e-mail address traded for one at another domain ("Email:
// hello@omniops.co.uk" → "Email: privacy@omni-group-legal.com" under the
// controller's name) is another place to write to: rt's probes of the
// seeds found it "not about personal data" where no word of a category
// stands beside it. The same domain written another way, or another
// mailbox at the same domain, is left to the contact rules.

var emailRE = regexp.MustCompile(`[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+(?:[A-Za-z]{2,}))\b`)

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
