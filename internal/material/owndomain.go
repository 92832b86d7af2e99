package material

import (
	"strings"
)

// usAddressRE is an address given for the author: "us" and, within three
// words, an e-mail address or a web address ("contacting us as
// privacy@palantir.com", "email us at dpo@x.com", "visit us at
// www.x.com"). Its group is the address's domain.
var usAddressRE = mustPattern(`(?i)\bus\b(?:\s+[\p{L}]+){0,3}?\s+\[?(?:mailto:)?(?:[a-z0-9._%+-]+@|https?://|www\.)([a-z0-9.-]+\.[a-z]{2,})`)

// ourLinkRE is a link the author calls its own: "our" written in its
// label or right before it, and its address ("[our Privacy
// Report](https://transparency.automattic.com/landing/)", "our
// [transparency report](https://www.zentrova.com/…)"). Its groups are
// the label and the address's domain.
var ourLinkRE = mustPattern(`(?i)(?:\bour\s+\[|\[our\s)([^\[\]]{0,60})\]\(\s*(?:mailto:)?(?:[a-z0-9._%+-]+@|https?://)([a-z0-9.-]+\.[a-z]{2,})`)

// ownPageRE is a label of a page of the author's own: its report, policy,
// help centre ("our Privacy Report", "our transparency report"). A label
// that names a party ("our payment processor's terms") or an agreement
// with one ("our data agreement") may link to that party's site.
var ownPageRE = mustPattern(`(?i)\b(?:report|reports|policy|notice|statement|page|center|centre|portal|blog|guide|help|faq|documentation)\b`)

// partyLabelRE is a label naming someone beside the author.
var partyLabelRE = mustPattern(`(?i)partner|provider|processor|vendor|affiliate|third|supplier|advertiser`)

// namedByOwnAddress reports a name that the domain of the address a
// sentence of ctx gives for "us" spells: "complain directly to Palantir
// by contacting us as privacy@palantir.com" (b19-11) names the author,
// not a recipient; so does the domain of a link the sentence calls "our"
// ("metrics about Automattic's compliance with these rights in [our
// Privacy Report](https://transparency.automattic.com/landing/)",
// b22-18). A name another address spells, or a name beside an address
// given for someone else, is a party.
func namedByOwnAddress(e, ctx string) bool {
	us, our := strings.Contains(ctx, "us"), strings.Contains(ctx, "](") && (strings.Contains(ctx, "our") || strings.Contains(ctx, "Our"))
	if !us && !our || !strings.ContainsAny(ctx, "@.") {
		return false
	}
	key := strings.ToLower(strings.Join(strings.Fields(e), ""))
	if len(key) < 3 {
		return false
	}
	for _, s := range sentences(ctx) {
		if !strings.Contains(s, e) {
			continue
		}
		var ms [][]string
		if us {
			ms = usAddressRE.FindAllStringSubmatch(s, -1)
		}
		if our {
			for _, m := range ourLinkRE.FindAllStringSubmatch(s, -1) {
				if label := m[1]; ownPageRE.MatchString(label) && !partyLabelRE.MatchString(label) && !strings.Contains(label, e) {
					ms = append(ms, []string{m[0], m[2]})
				}
			}
		}
		for _, m := range ms {
			labels := strings.Split(strings.ToLower(m[1]), ".")
			for _, l := range labels[:len(labels)-1] {
				if l == key {
					return true
				}
			}
		}
	}
	return false
}
