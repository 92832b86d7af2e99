package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// An item added to or taken from a list of kinds of data is a kind of
// data, whatever else the list's paragraph names: "WooCommerce: Product
// catalogs, order information" → "…, order and customer information"
// collects customer information from that integration, a category of
// data of GDPR Art. 14(1)(d), not a recipient, though the line opens
// with the name of the party it comes from.
//
// listedData returns "data" for a material verdict of an item added to
// or removed from a list (rule ".list") whose changed words, a few and
// all nouns or joining words, stand right before a noun of data
// ("information", "data", "details") on both sides: "order and customer
// information". "" keeps the verdict's category; so does an item that
// names a party or a purpose ("order information and advertisers"), and
// a verdict of rights: data the reader may request ("Request account
// information and data" → "Request data") is what the right covers
// (rightobject.go).
func (c *classifier) listedData(v Verdict, ch redline.Change) string {
	if !strings.HasSuffix(v.Rule, ".list") || v.Category == "rights" {
		return ""
	}
	ow, nw, p, os, ns, ok := c.recategorisable(v, ch, "data", listedDataStems, listedDataSpan)
	if !ok {
		return ""
	}
	wn := wordNet()
	for _, side := range []struct {
		ws  []string
		end int
	}{{ow, os}, {nw, ns}} {
		if side.end >= len(side.ws) || !kindHeads[strings.ToLower(side.ws[side.end])] {
			return ""
		}
		for _, w := range side.ws[p:side.end] {
			w = strings.ToLower(w)
			if w == "and" || w == "or" {
				continue
			}
			if e := wn.entries(w); len(e) == 0 || e[0].pos[0] != 'n' {
				return ""
			}
		}
	}
	return "data"
}

// listedDataStems are the nouns of data, for the cheap test.
var listedDataStems = []string{"information", "data", "details"}

// listedDataSpan is the most words a side of the change may have.
const listedDataSpan = 4
