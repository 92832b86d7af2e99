package material

import (
	"regexp"
	"strings"
)

// usAddressRE is an address given for the author: "us" and, within three
// words, an e-mail address or a web address ("contacting us as
// privacy@palantir.com", "email us at dpo@x.com", "visit us at
// www.x.com"). Its group is the address's domain.
var usAddressRE = regexp.MustCompile(`(?i)\bus\b(?:\s+[\p{L}]+){0,3}?\s+\[?(?:mailto:)?(?:[a-z0-9._%+-]+@|https?://|www\.)([a-z0-9.-]+\.[a-z]{2,})`)

// namedByOwnAddress reports a name that the domain of the address a
// sentence of ctx gives for "us" spells: "complain directly to Palantir
// by contacting us as privacy@palantir.com" (b19-11) names the author,
// not a recipient. A name another address spells, or a name beside an
// address given for someone else, is a party.
func namedByOwnAddress(e, ctx string) bool {
	if !strings.Contains(ctx, "us") || !strings.ContainsAny(ctx, "@.") {
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
		for _, m := range usAddressRE.FindAllStringSubmatch(s, -1) {
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
