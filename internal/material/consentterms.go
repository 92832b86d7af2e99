package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// How often and in what form the reader's consent is asked is a term of
// that consent, the legal basis the act rests on (GDPR Art. 6(1)(a),
// 13(1)(c)): "This is done on your initiative and with your explicit
// consent each time" → "… with your explicit consent" (b30-24) asks it
// once for every time after, though the sentence names the ID photo it is
// asked for and the security it serves.
//
// consentTerms returns "legal-basis" for a material verdict of another
// category, not of a regime with a consent of its own (children's,
// cookies', AI's: consentRegimes), whose change, of a few words on each
// side naming nothing of any category, stands right after "consent" or
// "consents" on both sides ("consent [each time]", "consent [once]",
// "consent [in writing]"), no "and" or "or" among them: "based on consent
// or a contract" → "consent and a contract" joins the bases otherwise
// (b35-14 keeps the right it conditions). A party, a purpose or data put
// there is a fact
// of its own ("your consent to share it with our partners"), and so are a
// name and a number.
func (c *classifier) consentTerms(v Verdict, ch redline.Change) string {
	if v.Category == "legal-basis" || consentRegimes[v.Category] || ch.Kind != redline.Replace || namesOwnFact(v.Rule) || c.rb.categoryIndex("legal-basis") < 0 {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if !strings.Contains(so, "consent") || !strings.Contains(sn, "consent") {
		return "" // the cheap test
	}
	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	if os-p > consentTermsSpan || ns-p > consentTermsSpan || os == p && ns == p || p == 0 || !consentNouns[ow[p-1]] {
		return ""
	}
	changed := append(slices.Clone(ow[p:os]), nw[p:ns]...)
	if slices.ContainsFunc(changed, isNumber) || slices.ContainsFunc(changed, coordinator) || len(c.ix.strongHits(c.ix.fold(strings.Join(changed, " ")))) > 0 {
		return "" // "consent or a contract" → "consent and a contract": the bases joined, not the consent's terms
	}
	return "legal-basis"
}

// consentNouns are the words the terms of a consent follow.
var consentNouns = map[string]bool{"consent": true, "consents": true}

// consentTermsSpan is the most words a side of the change may have.
const consentTermsSpan = 3

// coordinator reports a word that joins items: "and", "or", "nor".
func coordinator(w string) bool { return w == "and" || w == "or" || w == "nor" }
