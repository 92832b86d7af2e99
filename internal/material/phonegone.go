package material

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A telephone number taken out of a block of contacts, or put into one,
// is a way to reach the party taken away or given: Meetup's GDPR
// representatives' numbers ("VeraSafe Ireland Ltd. … Cork T23AT2P
// Ireland +420 228 881 031 Contact form: …") dropped and put back
// (ota-63 014-016, two misses). The line is a number alone, and read as
// "Wording not about personal data"; but how the reader reaches the
// controller or its representative is a term of the policy (GDPR Art.
// 13(1)(a)), as a mailbox is (mailboxgone.go). A number the other side's
// policy still gives elsewhere, or written again in another way ("+44
// (20) 4532 2003" → "+44 20 4532 2003"), changes no channel.

// phoneRE is a telephone number as contact lines write one: with its
// "+" and country code, or its area code in brackets, or North America's
// three groups.
var phoneRE = mustPattern(`\+\d[\d ()./-]{6,}\d|\(\d{3}\)\s?\d{3}[-. ]\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b`)

// digitGroupRE is a run of digits in groups, a telephone number written
// any way: "0303 123 1113", "+44 303 123 1113".
var digitGroupRE = mustPattern(`\+?\(?\d[\d ()./-]{5,}\d`)

// sameNumber reports two telephone numbers' digits (digitsOf) that are
// one number: the same, or one the other with its country code and
// without the trunk's 0 ("0303 123 1113" is "+44 303 123 1113"). Looser
// than internationalForm (dialledfrom.go), which wants the national form's
// 0 and a country code of one to three digits: here a number written in
// any form the other side still gives is no channel taken away.
func sameNumber(a, b string) bool {
	a, b = strings.TrimLeft(a, "0"), strings.TrimLeft(b, "0")
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 7 && strings.HasSuffix(b, a)
}

// phoneTraded returns a telephone number one side of ch gives that the
// other side does not, nor the other side's whole policy, and whether it
// was taken away (false: given anew). Both sides must say something: a
// block of contacts added or removed whole is the other rules'.
func (c *classifier) phoneTraded(ch redline.Change) (string, bool) {
	if ch.Old == "" || ch.New == "" || len(ch.Old) > 1<<14 || len(ch.New) > 1<<14 || !digitRun(ch.Old, 3) && !digitRun(ch.New, 3) {
		return "", false // a block of contacts is short; a long paragraph's numbers are the number rules'
	}
	gone := func(from, to string, old bool) string {
		var have []string
		for _, m := range digitGroupRE.FindAllString(to, -1) {
			have = append(have, digitsOf(m))
		}
		for _, m := range phoneRE.FindAllString(from, -1) {
			d := digitsOf(m)
			if len(d) < 7 || slices.ContainsFunc(have, func(h string) bool { return sameNumber(d, h) }) {
				continue
			}
			if !c.inDoc(old, strings.TrimSpace(m)) {
				return strings.TrimSpace(m)
			}
		}
		return ""
	}
	if m := gone(ch.Old, ch.New, false); m != "" {
		return m, true
	}
	return gone(ch.New, ch.Old, true), false
}

// phoneVerdict is the verdict of a telephone number taken away or given
// (phoneTraded): the party's identity or the reader's rights, as the
// block's other contacts are (addressCategory).
func (c *classifier) phoneVerdict(ch redline.Change, phone string, gone bool) Verdict {
	block := ch.New
	if gone {
		block = ch.Old
	}
	k := cmp.Or(c.addressCategory(ch, block), "unclassified")
	what, dir := "now given", Expands
	if gone {
		what, dir = "no longer given", Restricts
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	v := c.material(ch, k+".contact", &signals{}, nil, nil, "")
	v.Reason, v.Direction = fmt.Sprintf("%s: the telephone number to call, %s, is %s: %s", c.label(k), phone, what, quoteChange(so, sn)), dir
	return v
}
