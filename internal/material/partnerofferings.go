package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Marketing partners' products to the reader is a purpose of use, though
// the partners are named: "Send marketing, advertising, training,
// certification or event materials … or to otherwise inform you about our
// products and services" → "… our products and services and those of
// our selected partners" (b54-15) uses the reader's data to advertise
// others' products; no data is said to go to the partners. The partners
// stand as the owners of what is marketed ("those of our partners",
// "offers from our partners"), not as whom data is given to. A sentence
// that shares data with them stays recipients.
//
// partnerOfferings returns "purposes" for a material verdict of
// recipients whose words removed or added say only whose products,
// services or offers are marketed (partnerOfferingsRE), in changed
// sentences, on each side, of marketing or informing the reader
// (marketingRE) that share nothing (sharingStems); "" otherwise.
func (c *classifier) partnerOfferings(v Verdict, ch redline.Change) string {
	if v.Category != "recipients" || namesOwnFact(v.Rule) || c.rb.categoryIndex("purposes") < 0 {
		return ""
	}
	if !containsJoined(ch.Old, ch.New, "artner") && !containsJoined(ch.Old, ch.New, "ffiliate") && !containsJoined(ch.Old, ch.New, "third part") {
		return "" // the cheap test
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	for _, side := range []string{so, sn} {
		if strings.TrimSpace(side) == "" {
			continue
		}
		if !marketingRE.MatchString(side) || containsAnyFold(side, sharingStems) {
			return ""
		}
	}
	removed, added := c.writtenWords(so, sn)
	for _, ws := range [][]string{removed, added} {
		if len(ws) > 0 && !partnerOfferingsRE.MatchString(strings.Join(ws, " ")) {
			return ""
		}
	}
	if len(removed)+len(added) == 0 {
		return ""
	}
	return "purposes"
}

// partnerOfferingsRE is words that say whose products, services or offers
// are meant, and nothing else: "and those of our selected partners", "and
// offers from our partners".
var partnerOfferingsRE = mustPattern(`^(?:and|or|as well as|including)?\s*(?:those|the products|products|services|offers|the offers|promotions|deals)(?:\s+(?:and|or)\s+(?:services|offers|products|promotions))?\s+(?:of|from)\s+(?:our|its|their|the|selected|trusted|carefully|chosen|\s)*\s*(?:business\s+)?(?:partners?|affiliates?|third\s+parties|third-party\s+partners?)$`)

// marketingRE is a sentence of marketing to, or informing, the reader.
var marketingRE = mustPattern(`(?i)\b(?:marketing|advertis\w*|promotional|promot\w+|newsletters?|inform\s+you\s+about|tell\s+you\s+about|offers?)\b`)
