package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// An item joined to the purposes a sentence names is a purpose, whatever
// its word names elsewhere: "for internal administrative purposes" →
// "for internal administrative and analytics purposes" (b37-13) uses the
// data for analytics too, though the sentence's frame ("as required by
// applicable law") reads as a legal basis; "the inputs needed to provide
// the feature" → "… to provide and refine the feature" (b38-22) uses
// them to refine it, though "inputs" are data. The item stands where
// purposes are listed: right before "purposes", or as a verb joined to
// the verb of a purpose clause ("to provide and refine").
//
// purposeFrame returns "purposes" for a material verdict of another
// category whose change, on one side only, is a joined item ("and X",
// "X or") standing so, its words naming no automated system (the AI
// category's purposes are its own), no party and no age.
func (c *classifier) purposeFrame(v Verdict, ch redline.Change) string {
	switch v.Category {
	case "purposes", "ai", "children", "recipients":
		return ""
	}
	if ch.Kind != redline.Replace || c.rb.categoryIndex("purposes") < 0 ||
		v.Rule != "fallback" && hasSuffixAny(v.Rule, ".number", ".entity", ".citation", ".contact", ".period") {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	ow, nw := c.ix.plain(so), c.ix.plain(sn)
	p, os, ns := changedSpan(ow, nw)
	ws, end := nw, ns // the side the item stands on
	if ns == p {
		ws, end = ow, os
	} else if os != p {
		return ""
	}
	span := ws[p:end]
	if len(span) < 2 || len(span) > 4 || p == 0 {
		return ""
	}
	item := span
	switch {
	case span[0] == "and" || span[0] == "or":
		item = span[1:]
	case span[len(span)-1] == "and" || span[len(span)-1] == "or":
		item = span[:len(span)-1]
	default:
		return ""
	}
	for _, w := range item {
		if partyNoun(w) || personWords[w] || strings.Contains(w, "/") {
			return ""
		}
	}
	for _, h := range c.ix.strongHits(c.ix.fold(strings.Join(item, " "))) {
		switch c.rb.Categories[h.k].ID {
		case "ai", "recipients", "children":
			return ""
		}
	}
	wn := wordNet()
	verb := func(w string) bool { e := wn.entries(w); return len(e) > 0 && e[0].pos[0] == 'v' }
	switch {
	case end < len(ws) && (ws[end] == "purposes" || ws[end] == "purpose") && len(item) == 1 && !verb(item[0]):
		// "administrative [and analytics] purposes"
		return "purposes"
	case len(item) == 1 && verb(item[0]) && p >= 2 && ws[p-2] == "to" && verb(ws[p-1]) && span[0] == "and":
		// "to provide [and refine]"
		return "purposes"
	}
	return ""
}
