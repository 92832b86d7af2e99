package material

import (
	"slices"
	"strings"
	"unicode"
)

// A company's legal form, said in words, is how the law it is organised
// under calls it, not who it is: "CCM BENCHMARK GROUP is an SAS
// (Simplified Joint-Stock Company) with a capital of 1 848 864,45 € …
// number 512 085 630 PARIS" → "… is a SA (public limited company) …"
// (b48-02) is the same company, converted, with the same registration
// number, capital and seat. formGloss explains the words of such a
// description where both sides describe a form: the company's name, its
// number and its seat are still compared, and a form of one country's law
// for another's ("Inc." → "GmbH") is judged by companyForm.
//
// formGloss returns a test for a word of a legal form said in words: a
// run of two or more formGlossWords one of which is a noun of a form
// (formGlossHeads), on both sides.
func (c *classifier) formGloss(ctxOld, ctxNew string) func(string) bool {
	ro := c.formGlossRuns(ctxOld)
	if ro == nil {
		return func(string) bool { return false }
	}
	rn := c.formGlossRuns(ctxNew)
	if rn == nil {
		return func(string) bool { return false }
	}
	return func(w string) bool { return ro[w] || rn[w] }
}

// formGlossWords are the words legal forms are said in, in English and as
// the forms' own names.
var formGlossWords = map[string]bool{"simplified": true, "joint": true, "stock": true, "public": true, "private": true, "limited": true,
	"unlimited": true, "liability": true, "company": true, "corporation": true, "partnership": true, "by": true, "shares": true,
	"guarantee": true, "sole": true, "proprietorship": true, "general": true, "benefit": true, "incorporated": true, "société": true,
	"societe": true, "anonyme": true, "par": true, "actions": true, "simplifiée": true, "simplifiee": true, "à": true, "responsabilité": true,
	"responsabilite": true, "limitée": true, "limitee": true, "gesellschaft": true, "mit": true, "beschränkter": true, "haftung": true,
	"aktiengesellschaft": true, "sociedad": true, "anónima": true, "anonima": true, "societas": true, "europaea": true, "european": true}

// formGlossHeads are the nouns a legal form said in words names.
var formGlossHeads = map[string]bool{"company": true, "corporation": true, "partnership": true, "proprietorship": true, "société": true,
	"societe": true, "gesellschaft": true, "aktiengesellschaft": true, "sociedad": true, "societas": true}

// formGlossRuns returns the words of the legal forms text says in words
// (see formGloss), nil where it says none. Cheap: text with no word of
// a form's noun is not read.
func (c *classifier) formGlossRuns(text string) map[string]bool {
	if !lowerHasAny(text, "compan", "corporation", "partnership", "soci", "gesellschaft", "proprietorship") {
		return nil
	}
	lower := strings.ToLower(text)
	var out map[string]bool
	ws := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) })
	for i := 0; i < len(ws); {
		j, head := i, false
		for j < len(ws) && formGlossWords[ws[j]] {
			head = head || formGlossHeads[ws[j]]
			j++
		}
		if j-i >= 2 && head && ws[i] != "by" {
			if out == nil {
				out = map[string]bool{}
			}
			for _, w := range ws[i:j] {
				for _, f := range c.ix.fold(w) {
					out[f] = true
				}
			}
		}
		i = max(j, i+1)
	}
	return out
}

// formsOpposed reports words traded for their opposites only within a
// legal form said in words on both sides: "a private company limited by
// shares" → "a public limited company" converts the company, and reverses
// no commitment.
func (c *classifier) formsOpposed(removed, added []string, ctxOld, ctxNew string) bool {
	in := c.formGloss(ctxOld, ctxNew)
	rs := slices.DeleteFunc(slices.Clone(removed), in)
	as := slices.DeleteFunc(slices.Clone(added), in)
	if len(rs) == len(removed) && len(as) == len(added) {
		return false
	}
	return c.oppositeIn(rs, as, c.ix.fold(ctxOld), c.ix.fold(ctxNew)) == ""
}
