package material

import (
	"slices"

	"github.com/redline-legal/redline/internal/redline"
)

// Who holds a right is a term of that right: "If you are a resident of
// Nevada, you have the right to opt-out of the sale" → "If you are a
// resident of Nevada and hold an account with us, you have …" (b27-21),
// "Unless you reside in Utah, you have the right to correct" → "… in Iowa
// or Utah, …" (b39-12), "If you are a customer within the EU, you have the
// rights described below" → "… within the EEA, the UK or CH, you may have
// …" (b11-06) change which readers have the right (GDPR Art. 13(2)(b)),
// though the words changed name places, an account or what the right
// reaches. The change must stand before the words that grant the right,
// in the condition on its holder; what the right reaches, after them,
// is rightObject's to read, and a party or a purpose named there keeps its
// category ("you have the right to know what we sell to advertisers" →
// "… to partners").
//
// rightHolder returns "rights" for a material verdict of another category
// whose change, on each side, ends before a grant of a right to the
// reader in the same sentence (grantAt), with a condition word ("if",
// "unless", "where") or the grant's own subject before the change.
func (c *classifier) rightHolder(v Verdict, ch redline.Change) string {
	if v.Category == "rights" || v.Category == "children" || ch.Kind != redline.Replace || c.rb.categoryIndex("rights") < 0 ||
		v.Rule != "fallback" && hasSuffixAny(v.Rule, ".number", ".citation", ".contact") {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if so == "" || sn == "" {
		return ""
	}
	ow, nw := c.ix.plain(so), c.ix.plain(sn)
	p, os, ns := changedSpan(ow, nw)
	if os == p && ns == p || os-p > rightSpan || ns-p > rightSpan {
		return ""
	}
	for _, side := range [2]struct {
		ws  []string
		end int
	}{{ow, os}, {nw, ns}} {
		if grantAt(side.ws, p, side.end) < 0 {
			return ""
		}
		// The change is in the condition on who: a condition word opens
		// the clause it is in, no full stop between.
		if !slices.ContainsFunc(side.ws[:p], func(w string) bool { return w == "if" || w == "unless" || w == "where" || w == "when" }) {
			return ""
		}
	}
	return "rights"
}

// grantAt returns where, from the change's start p and within eight words
// of its end, the words grant the reader a right whose word ("right",
// "rights") stands after the change: "you have the right", "you may have
// the rights", "you have a right", "you can exercise"; -1 when they do not.
func grantAt(ws []string, p, end int) int {
	for i := p; i < len(ws) && i < end+8; i++ {
		if ws[i] != "you" {
			continue
		}
		for j := max(i+1, end); j < len(ws) && j <= i+5; j++ {
			if ws[j] == "right" || ws[j] == "rights" {
				if slices.ContainsFunc(ws[i+1:j], func(w string) bool { return w == "have" || w == "has" || w == "exercise" }) {
					return i
				}
			}
		}
	}
	return -1
}

// hasSuffixAny reports s ending in one of the suffixes.
func hasSuffixAny(s string, suffixes ...string) bool {
	return slices.ContainsFunc(suffixes, func(x string) bool { return len(s) >= len(x) && s[len(s)-len(x):] == x })
}
