package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A party named with a country the policy did not send data to is a
// transfer, whatever else it is: "sent to external servers operated by
// computing partners" → "…, including CoreWeave, Inc. in the United
// States" (b48-16), "cloud infrastructure provided by: Amazon Web
// Services" → "… and Alibaba Cloud (Singapore)" (b48-34), "Hetzner Cloud
// (Germany): Production hosting — EU-based processing" → "DigitalOcean
// (United States): Production hosting" (b48-42), and "Docler Services
// Kft, …, Budapest, Hungary" → "…, and its subsidiary Docler IT LLC,
// Kyiv, Ukraine" (b48-21). Where the party hosts or computes the data, or
// is a group company of one already named, what changed for the reader
// is where the data goes: outside the EEA and the UK, under Chapter V of
// the GDPR. A processor that does a task for the author in the same
// country as before ("Resend (United States)" → "Postmark (United
// States)", b48-43), or one in a country of the EEA ("Our authorized
// reseller in Germany, ADDITIVE GmbH", b48-15), is a recipient; a
// removed party stays one (the verdict of the party added names the
// transfer, b48-42).
//
// namedAbroad returns "transfers" for a material verdict naming new
// parties with a country (entity, recipients or identity: "New recipient:
// Alibaba Cloud (Singapore)") whose changed sentences on the
// new side name a country outside the EEA and the UK that the old policy
// names nowhere, beside words of hosting (hostStems) or of a group
// company (groupCompanyStems); "" otherwise, where the sentence says who
// "we" are or names a controller, where the country is a firm's or a
// seat's (placeRole), in a table's row (its column names the party,
// another its place: TestPartyColumnWithPlace), and where the change names
// more than one such country or is longer than a sentence or two (a
// paragraph rewritten).
func (c *classifier) namedAbroad(v Verdict, ch redline.Change) string {
	if v.Category != "recipients" && v.Category != "identity" || !strings.HasSuffix(v.Rule, ".entity") || v.Direction != Expands ||
		c.rb.categoryIndex("transfers") < 0 || ch.New == "" || strings.HasPrefix(strings.TrimSpace(ch.New), "|") {
		return "" // a table's row names its party in its column, its place in another (TestPartyColumnWithPlace)
	}
	if _, what, _ := strings.Cut(v.Reason, ": "); !strings.Contains(what, " (") || strings.HasPrefix(what, "'") {
		return "" // no party named with a country: "New recipient: CoreWeave (United States)"
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if len(sentences(sn)) > 2 || plainWordCount(sn, abroadSpan+1) > abroadSpan || strings.Contains(v.Reason, "country of a party named") {
		return "" // a paragraph rewritten names many things; a firm's or a seat's country is placeRole's
	}
	lower := strings.ToLower(sn)
	if strings.Contains(lower, "controller") {
		return "" // "its US subsidiary, Tailspin Toys Inc., as joint controllers": who the controller is (b6-15)
	}
	if !slices.ContainsFunc(hostStems, func(s string) bool { return strings.Contains(lower, s) }) &&
		!slices.ContainsFunc(groupCompanyStems, func(s string) bool { return strings.Contains(lower, s) }) {
		return ""
	}
	if weDefinedRE.MatchString(so+" "+sn) || c.brandDefined(so+" "+sn) || groupMadeUpRE.MatchString(so+" "+sn) {
		return "" // the controller named
	}
	kn, _ := c.places(sn)
	ko, _ := c.places(ch.Old)
	abroad := 0
	for k := range kn {
		if homePlaces[k] || ko[k] {
			continue
		}
		if c.countryInDoc(true, k) {
			continue // the old policy names it: data may have gone there already
		}
		abroad++
	}
	if abroad != 1 {
		return "" // none, or a list of countries a paragraph names
	}
	return "transfers"
}

// abroadSpan is the most words the new changed sentences may have: a list
// item or a sentence naming a party, not a paragraph rewritten.
const abroadSpan = 60

// hostStems are words that say a party holds or computes the data: it is
// where the data is.
var hostStems = []string{"host", "server", "cloud", "infrastructure", "data cent", "storage", "stored", "compute", "computing"}

// groupCompanyStems are words that name a company of the author's group.
var groupCompanyStems = []string{"subsidiar", "affiliate", "parent company", "sister company", "group compan"}

// homePlaces are the places data goes to without a transfer to a third
// country for readers in the EEA and the UK, as places keys them: the
// EEA's states, the union itself, the UK and Switzerland (adequate).
var homePlaces = map[string]bool{"Austria": true, "Belgium": true, "Bulgaria": true, "Croatia": true, "Cyprus": true, "CR": true, "Czechia": true,
	"Denmark": true, "Estonia": true, "Finland": true, "France": true, "Germany": true, "Greece": true, "Hungary": true, "Iceland": true,
	"Ireland": true, "Italy": true, "Latvia": true, "Liechtenstein": true, "Lithuania": true, "Luxembourg": true, "Malta": true,
	"Netherlands": true, "Norway": true, "Poland": true, "Portugal": true, "Romania": true, "Slovakia": true, "Slovenia": true, "Spain": true,
	"Sweden": true, "EU": true, "EEA": true, "Europe": true, "UK": true, "Switzerland": true}
