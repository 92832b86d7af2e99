package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// When the author hands data to others, and at whose call, is a term of
// the handing over: "we may disclose … in connection with any legal
// investigation" → "… any investigation, legal or otherwise" (b34-03),
// "where required by law or legal process" → "… legal process or
// contractual obligation" (b37-18), "except when required to by a
// subpoena" → "when requested to" (b36-14), "upon request" → "upon
// request or on our own initiative" (b38-09) widen when data goes to
// authorities and others: a recipients change (GDPR Art. 13(1)(e)), though
// the words changed are words of the law ("legal", "required by law") or
// of asking ("request") that name the legal basis or a right elsewhere.
// The reader's own consent is the legal basis the sharing rests on
// ("with your explicit consent" → "with your consent", b21-40), and a power
// the sentence gives the reader ("you may opt out of …") is a right: both
// keep their category.
//
// sharingGround returns "recipients" for a material verdict of legal
// basis or rights whose changed sentences, on each side that has them,
// hand data over by a verb of the author's that governs the change (it
// stands before the change ends: "we may disclose … if [required]", "we
// will [only] share"), or that stand under a heading that hands data
// over, where the words changed name no category but those two and no
// ground of the reader's stands beside them. A verb after the change
// is in a clause that only describes what the change names: "the
// categories [or list] of third parties we share it with" is what a
// right reaches (b22-23).
func (c *classifier) sharingGround(v Verdict, ch redline.Change) string {
	if v.Category != "legal-basis" && v.Category != "rights" || c.rb.categoryIndex("recipients") < 0 || namesOwnFact(v.Rule) {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	fo, fn := c.ix.fold(so), c.ix.fold(sn)
	if len(fo)+len(fn) == 0 {
		return ""
	}
	p, os, ns := changedSpan(fo, fn)
	byHeading := false
	if !c.governsChange(fo, p, os) || !c.governsChange(fn, p, ns) {
		if !authorHandsOver(c.headingWords(ch.Section)) || slices.ContainsFunc(fo, disclosureVerb) || slices.ContainsFunc(fn, disclosureVerb) {
			return ""
		}
		byHeading = true
	}
	if c.userPower(fo) || c.userPower(fn) || c.userPermission(fo, false) || c.userPermission(fn, false) || namesPower(fo) || namesPower(fn) || asksReader(fo) || asksReader(fn) ||
		c.imperativeRight(fo) || c.imperativeRight(fn) {
		return "" // "you may object to our sharing", "the right to opt out of the sale": the reader's right
	}
	for _, side := range [2]struct {
		ws []string
		to int
	}{{fo, os}, {fn, ns}} {
		if slices.ContainsFunc(side.ws[max(0, p-3):min(len(side.ws), side.to+3)], readerGround) {
			return "" // "with your [explicit] consent": the ground the sharing rests on
		}
	}
	removed, added := diffWords(fo, fn)
	changed := c.content(removed, added)
	if len(changed) == 0 || slices.ContainsFunc(changed, lawNoun) {
		return "" // "when the law requires it" → "when the Digital Services Act requires it": the ground, named
	}
	lb, r := c.rb.categoryIndex("legal-basis"), c.rb.categoryIndex("rights")
	reader := slices.Contains(changed, "you") || slices.Contains(changed, "your") || slices.Contains(changed, "subject")
	if slices.ContainsFunc(c.ix.strongHits(changed), func(h termHit) bool {
		if int(h.k) == r {
			// Asking, and answering what is asked, by an authority or a
			// court: a request of the reader's ("your request", "data
			// subject requests") or any other word of a right ("access",
			// "correct", "contact us") is the reader's right.
			return reader || !authorityAsks[strings.Join(c.ix.terms[h.k][h.i], " ")]
		}
		return int(h.k) != lb
	}) {
		return "" // the change names a category of its own
	}
	if byHeading && len(changed) < 3 {
		// An item of a list under a heading of sharing says when data
		// is shared in words of its own ("upon request or on our own
		// initiative"); a link or a label ("Contact Us") says nothing.
		return ""
	}
	return "recipients"
}

// asksReader reports folded words that tell the reader how to reach the
// author: "please contact us at", "email us", "write to us".
func asksReader(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i] == "us" && (ws[i-1] == "contact" || ws[i-1] == "email" || ws[i-1] == "to" && i > 1 && ws[i-2] == "write") {
			return true
		}
	}
	return false
}

// lawNoun reports a folded word that names a law by its kind: "the
// Digital Services Act", "the Stored Communications Act", "GDPR".
func lawNoun(w string) bool {
	switch w {
	case "act", "regulation", "directive", "statute", "code", "gdpr", "ccpa", "cpra", "hipaa", "coppa":
		return true
	}
	return false
}

// authorityAsks are the terms of rights that are as much an authority's
// asking and the author's answer: "upon request", "to respond to a valid
// legal process", "regulatory authorities".
var authorityAsks = map[string]bool{"request": true, "respond": true, "response": true, "regulator": true, "answer": true}

// namesPower reports folded words that name a power of the reader's over
// their data: "the right to correct", "opt out of the sale", "restrict",
// "object", "withdraw", "portability", "lodge a complaint".
func namesPower(ws []string) bool {
	for i, w := range ws {
		switch {
		case (w == "right" || w == "rights") && i+1 < len(ws) && (ws[i+1] == "to" || ws[i+1] == "not" || ws[i+1] == "of" && i+2 < len(ws) && ws[i+2] != "others"),
			w == "opt" && i+1 < len(ws) && ws[i+1] == "out", w == "opt-out", w == "do" && i+2 < len(ws) && ws[i+1] == "not" && ws[i+2] == "sell",
			strings.HasPrefix(w, "rectif"), strings.HasPrefix(w, "portab"), strings.HasPrefix(w, "unsubscrib"), strings.HasPrefix(w, "complain"),
			strings.HasPrefix(w, "restrict") && i+1 < len(ws) && (ws[i+1] == "how" || ws[i+1] == "the" || ws[i+1] == "our" || ws[i+1] == "processing"),
			strings.HasPrefix(w, "object") && i+1 < len(ws) && ws[i+1] == "to",
			strings.HasPrefix(w, "withdraw") && i+2 < len(ws) && (ws[i+1] == "your" || ws[i+1] == "consent"),
			strings.HasPrefix(w, "exercis") && i+1 < len(ws) && (ws[i+1] == "your" || ws[i+1] == "their" || ws[i+1] == "these" || ws[i+1] == "any"):
			return true
		}
	}
	return false
}

// governsChange reports folded words of a side, changed from p to end,
// with a verb of disclosure of the author's (authorHandsOver) before the
// change ends, or anywhere in a side changed whole.
func (c *classifier) governsChange(ws []string, p, end int) bool {
	if len(ws) == 0 {
		return true // the side that has no sentence
	}
	if p == 0 && end == len(ws) {
		end = len(ws)
	} else {
		end = min(len(ws), end+1)
	}
	return authorHandsOver(ws[:end])
}

// authorHandsOver reports folded words with a verb of disclosure that the
// reader is not the subject of: "we may disclose", "is shared with",
// "Sharing of information"; not "you share", "users sell".
func authorHandsOver(ws []string) bool {
	for i, w := range ws {
		if !disclosureVerb(w) || w == "share" && i+1 < len(ws) && ws[i+1] == "of" && i > 0 && ws[i-1] == "your" {
			continue
		}
		if slices.ContainsFunc(ws[max(0, i-3):i], func(v string) bool { return v == "you" || v == "users" || v == "user" }) {
			continue
		}
		return true
	}
	return false
}

// readerGround reports a folded word that names the reader's consent or
// another lawful ground the processing rests on.
func readerGround(w string) bool {
	return strings.HasPrefix(w, "consent") || w == "permission" || w == "legitimate" || strings.HasPrefix(w, "authoris") || strings.HasPrefix(w, "authoriz") || w == "basis" || w == "bases"
}
