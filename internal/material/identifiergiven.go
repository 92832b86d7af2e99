package material

import (
	"strings"
)

// A compliance review adds the reference a thing the sentence already
// names is known by: the point of Article 6(1) a legal basis the
// sentence names rests on ("Legal obligation: We are required …" →
// "Legal obligation (Article 6(1)(c) UK GDPR): We …", b69-15), or the
// number a company the sentence names is registered under ("Omnis
// Software Ltd., First Floor …" → "Omnis Software Ltd. (Registered
// Number 1474483), First Floor …", b73-12), or the company's own name as
// the one it trades under ("Omniops Ltd (trading as OmniOps)", b74-29).
// The number or the name identifies what is already there; it is no
// period, amount or age, and names no other basis or party, so the
// reader has nothing new to be told. A point that names another basis
// than the one written ("Legal obligation (Article 6(1)(f))" is
// legitimate interests), a register number changed where both sides
// give one (another company), a trading name of other words ("trading as
// Zentrova"), or any word beside the reference other than a law's name
// stays for the other rules.

// registerNumberRE is a company's register number, in brackets or set
// off by commas, right after its legal form: "Ltd. (Registered Number
// 1474483)", "GmbH, Company No. HRB 12345,". Group 1 is the form.
var registerNumberRE = mustPattern(`(?i)\b([a-z]+)\.?\s*(?:\(\s*|,\s*)(?:registered|registration|company|companies\s+house|reg\.?)\s+(?:number|no\.?|nr\.?|#)\s*:?\s*([a-z]{0,3}\s?\d{4,10})\s*(?:\)|,|$)`)

// registerNumberGiven reports old and new that say the same once the
// register number one of them gives right after a company's legal form,
// where the other gives none, is left out.
func (c *classifier) registerNumberGiven(old, new string) bool {
	// The expression backtracks over every word: only a text with a
	// digit and a word it must match is read by it (" no" alone is in
	// most sentences).
	hint := func(s string) bool {
		return strings.ContainsAny(s, "0123456789") && (containsFold(s, "regist") || containsFold(s, "compan") || containsFold(s, "reg")) &&
			(containsFold(s, "number") || containsFold(s, "no.") || containsFold(s, " no ") || containsFold(s, " no:") || containsFold(s, "nr") || strings.Contains(s, "#"))
	}
	if !hint(old) && !hint(new) {
		return false
	}
	mo, mn := registerNumberRE.FindStringSubmatchIndex(old), registerNumberRE.FindStringSubmatchIndex(new)
	plain, given, m := old, new, mn
	switch {
	case mo == nil && mn != nil:
	case mn == nil && mo != nil:
		plain, given, m = new, old, mo
	default:
		return false // none, or one on each side: a number changed may be another company
	}
	if !formWord(strings.ToLower(given[m[2]:m[3]])) {
		return false
	}
	// The form kept, the number and its brackets or commas left out.
	stripped := given[:m[3]] + " " + given[m[1]:]
	return equalWords(c.ix.fold(stripNumbering(plain)), c.ix.fold(stripNumbering(stripped)))
}

// basisNamedCited reports old and new that say the same once a citation
// of points of Article 6(1), given on one side where the other cites no
// article, is left out, where each point cited is the basis whose name
// the other side writes: the basis named, now cited too.
func (c *classifier) basisNamedCited(old, new string) bool {
	if !citeHint(old) && !citeHint(new) {
		return false
	}
	plain, cited := old, new
	if anyCiteRE.MatchString(new) == anyCiteRE.MatchString(old) {
		return false
	} else if anyCiteRE.MatchString(old) {
		plain, cited = new, old
	}
	points := basisCites(cited)
	if len(points) == 0 {
		return false
	}
	lp := strings.ToLower(plain)
	for _, p := range points {
		name := basisNames[p[len(p)-2:len(p)-1]]
		if !strings.HasPrefix(p, "6") || name == "" || !hasWordAt(lp, name) && !hasWordAt(lp, strings.TrimSuffix(name, "s")) {
			return false
		}
	}
	removed, added := c.writtenWords(plain, basisCiteRE.ReplaceAllString(cited, " "))
	if len(removed) > 0 {
		return false
	}
	for _, w := range added {
		lw := strings.ToLower(strings.Trim(w, ",.;:()"))
		if lw != "" && !lawNameWords[lw] && lw != "of" && lw != "the" && lw != "under" {
			return false
		}
	}
	return true
}

// tradingAsOpeners open a company's trading name: "Omniops Ltd (trading
// as OmniOps)".
var tradingAsOpeners = []string{" (trading as ", ", trading as ", " (t/a ", " (doing business as ", " (d/b/a "}

// selfTradingName reports old and new that say the same once a trading
// name given after a company's legal form on one side only is left out,
// where that name is the company's own, written otherwise ("Omniops Ltd
// (trading as OmniOps)", b74-29). Another name ("trading as Zentrova")
// is a name the reader has not met: for the other rules.
func (c *classifier) selfTradingName(old, new string) bool {
	if !containsFold(old, "trading as") && !containsFold(new, "trading as") && !strings.Contains(old+new, "t/a") && !containsFold(old, "business as") && !containsFold(new, "business as") && !containsFold(old, "d/b/a") && !containsFold(new, "d/b/a") {
		return false
	}
	for _, side := range [2][2]string{{new, old}, {old, new}} {
		text, plain := side[0], side[1]
		lower := strings.ToLower(text)
		for _, opener := range tradingAsOpeners {
			i := strings.Index(lower, opener)
			if i < 0 || strings.Contains(strings.ToLower(plain), opener) {
				continue
			}
			rest := text[i+len(opener):]
			end := strings.IndexAny(rest, "),;")
			if end < 0 {
				end = len(rest)
			}
			name := strings.Fields(rest[:end])
			before := strings.Fields(sentenceBefore(text[:i]))
			if len(name) == 0 || len(before) < len(name)+1 || !formWord(strings.ToLower(strings.Trim(before[len(before)-1], ".,"))) {
				continue
			}
			own := before[len(before)-1-len(name) : len(before)-1]
			if !strings.EqualFold(strings.Join(own, " "), strings.Join(name, " ")) {
				continue
			}
			after := rest[end:]
			if strings.HasPrefix(after, ")") {
				after = after[1:]
			}
			if equalWords(c.ix.fold(stripNumbering(plain)), c.ix.fold(stripNumbering(text[:i]+" "+after))) {
				return true
			}
		}
	}
	return false
}
