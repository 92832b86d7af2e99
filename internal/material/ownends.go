package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A party other than the author that may now use the data for its own
// ends is no longer a processor acting on the author's behalf: what
// changed is who gets the data and as what, the recipients (GDPR Art.
// 13(1)(e)), though "purposes" is the word that changed. "These third
// parties process your personal information on our behalf" → "… for
// their own purposes", "Anthropic (United States): Primary AI agent
// (Claude) — protected by SCCs and UK IDTA" → "… — may use your data for
// its own purposes", "Companies that provide insights and analytics
// services for us" → "… for us and for their own purposes" (rt2's probes
// of the omnis and omniops seeds, filed under purposes; batch 54's
// b54-07, affiliates "for their own marketing", is labelled recipients).
// The author's own ends stay its purposes: "omnie does not use customer
// data for marketing or independent purposes" → "omnie may use customer
// data for its own purposes" (the author, a processor, now a controller:
// b67-03 is labelled purposes). groupRecipient reads a company of the
// author's group.
//
// recipientOwnEnds returns "recipients" for a material verdict of
// purposes, data or identity (ownEndsFrom) whose change, on one side, says "its own" or "their own",
// owned by a party that is not the author: for "their", a party the
// words before name (a word of recipients, "they", "these", a noun of
// parties: "companies", "vendors"); for "its",
// no author before it ("we", the author's name) and a party named, by a
// word of recipients or by the name the line opens with.
func (c *classifier) recipientOwnEnds(v Verdict, ch redline.Change) string {
	if !ownEndsFrom[v.Category] || ch.Kind != redline.Replace || strings.HasSuffix(v.Rule, ".entity") || c.rb.categoryIndex("recipients") < 0 {
		return ""
	}
	if !strings.Contains(ch.Old, " own ") && !strings.Contains(ch.New, " own ") {
		return "" // the cheap test
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	if os-p > ownEndsSpan || ns-p > ownEndsSpan {
		return ""
	}
	for _, side := range [2]struct {
		ws   []string
		end  int
		text string
	}{{ow, os, so}, {nw, ns, sn}} {
		for k := max(p, 1); k < side.end; k++ {
			if side.ws[k] != "own" || side.ws[k-1] != "its" && side.ws[k-1] != "their" {
				continue
			}
			if c.othersOwn(side.ws[:k-1], side.ws[k-1], side.text) {
				return "recipients"
			}
		}
	}
	return ""
}

// othersOwn reports that the owner word ("its", "their") after the words
// before is a party's other than the author's (see recipientOwnEnds).
func (c *classifier) othersOwn(before []string, owner, text string) bool {
	rec := c.rb.categoryIndex("recipients")
	named := slices.ContainsFunc(before, func(w string) bool { return recipientPointer[w] || partyNouns[w] || partyNoun(w) }) ||
		slices.ContainsFunc(c.ix.strongHits(c.ix.fold(strings.Join(before, " "))), func(h termHit) bool { return int(h.k) == rec })
	if owner == "their" {
		return named
	}
	brand := strings.ToLower(c.brand(false))
	if slices.ContainsFunc(before, func(w string) bool { return personWords[w] || w == "our" || brand != "" && w == brand }) {
		return false // the author's: "omnie … for its own purposes"
	}
	if named {
		return true
	}
	first, _, _ := strings.Cut(strings.TrimLeft(stripMarkdown(text), "-*+ \t"), " ")
	first = strings.Trim(first, ",:;")
	// A line that opens with a capitalised name, a row of parties
	// ("Stripe (United States): Payment processing …"): English words
	// among them too ("Google", "Sentry").
	return isName(first) && !commonCapitalised[strings.ToLower(first)]
}

// ownEndsFrom are the categories such a change is filed under by the
// words nearest it: the ends ("marketing", "purposes"), the data the
// party needs ("your email address"), or the role ("on our behalf").
var ownEndsFrom = map[string]bool{"purposes": true, "data": true, "identity": true}

// ownEndsSpan is the most words a side of the change may have.
const ownEndsSpan = 12
