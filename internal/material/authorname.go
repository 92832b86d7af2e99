package material

import (
	"slices"
	"strings"
)

// A lawyer who makes the author's name exact writes the brand as the
// company the policy defines as "we": "OmniCRM acts as a Data
// Controller" → "OmniCRM UK Ltd acts as …", "Trading Name: OmniCRM" →
// "Trading Name: OmniCRM (the name under which OmniCRM UK Ltd trades)"
// (batch 321: three read in their whole policy as new parties or left to
// a reviewer). Where both texts define the same company as "we"
// ("OmniCRM UK Ltd (“OmniCRM”, “we”, “our”, or “us”)"), the words of that
// name, said where the brand is, name the author and no one else. A
// company of the author's group with another form or place ("OmniCRM
// Ireland Ltd") is another company: its words are not the author's name,
// and stay to be read. A policy that names its company only in its
// contact lines (OmniOps' "Omniops Ltd") defines no "we": its name
// written out is still read as written.

// authorNameText returns the name the old (or new) text defines as "we",
// its words folded and joined by spaces: the brand and the capitalised
// words, legal form and places written with it before the brackets that
// define it. "" when the text defines no one.
func (c *classifier) authorNameText(old bool) string {
	side := c.side(old)
	side.authorOnce.Do(func() {
		brand := c.brandText(old)
		if brand == "" {
			return
		}
		for _, b := range side.blocks[:min(12, len(side.blocks))] {
			if !strings.Contains(b.Text, brand) {
				continue
			}
			plain, m := weDefined(b.Text)
			if m == nil {
				continue
			}
			ws := rawWords(lastLine(strings.TrimRight(plain[:m[0]], " ,")))
			k := len(ws)
			for k > 0 && (isName(ws[k-1]) || corporateWord(ws[k-1])) && k > len(ws)-6 {
				k--
			}
			if k == len(ws) || strings.TrimSuffix(ws[k], "'s") != brand {
				return // the name before the brackets is not the brand's
			}
			side.author = strings.Join(c.ix.fold(strings.Join(ws[k:], " ")), " ")
			return
		}
	})
	return side.author
}

// authorNamed returns a test for a word of the name both texts define as
// "we", in a changed sentence that names the author by its brand on the
// side that has the word.
func (c *classifier) authorNamed(ctxOld, ctxNew string) func(string) bool {
	no := func(string) bool { return false }
	ao, an := c.authorName(true), c.authorName(false)
	if ao == "" || ao != an {
		return no
	}
	words := strings.Fields(an)
	brand := c.brand(false)
	if !strings.Contains(ctxOld, brand) && !strings.Contains(ctxNew, brand) {
		return no
	}
	return func(w string) bool { return slices.Contains(words, w) }
}
