package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/markdown"
)

// definedAuthor returns the name a policy's opening defines as "we":
// "Airbnb, Inc. and its affiliates (“we,” “us,” or “Airbnb”)",
// "WarnerMedia (“we”, “us”, “our”)". The text says in so many words who
// its author is; counting the names of its first blocks (findBrand)
// misses it when a title, a date and a link come first (Airbnb's policy
// names itself in its fifth block). The name quoted last in the brackets
// wins, else the name just before them; its first word is returned, as
// findBrand returns one. Only the first twelve blocks are read.
func (c *classifier) definedAuthor(blocks []*markdown.Block) string {
	for _, b := range blocks[:min(12, len(blocks))] {
		plain, m := weDefined(b.Text)
		if m == nil {
			continue
		}
		inside := plain[m[2]:m[3]]
		name := ""
		if q := quotedNameRE.FindAllStringSubmatch(inside, -1); len(q) > 0 {
			name = q[len(q)-1][1]
		} else {
			before := strings.TrimRight(plain[:m[0]], " ,")
			before = strings.TrimSuffix(before, " and its affiliates")
			ws := rawWords(lastLine(before))
			k := len(ws)
			for k > 0 && isName(ws[k-1]) {
				k--
			}
			for k < len(ws) && corporateWord(ws[k]) {
				k++
			}
			if k < len(ws) {
				name = ws[k]
			}
		}
		first, _, _ := strings.Cut(name, " ")
		if lw := strings.ToLower(first); isName(first) && (!c.english(lw) || formedBefore(plain[:m[0]], first)) && !commonCapitalised[lw] && !parties[lw] {
			return first
		}
		return ""
	}
	return ""
}

// weDefined returns a block's text without its bold and the indexes of
// the brackets in it that define "we" and of what they hold
// (weBracketsRE), nil when none does.
func weDefined(text string) (plain string, m []int) {
	if !strings.Contains(text, "we") {
		return "", nil
	}
	plain = strings.ReplaceAll(strings.ReplaceAll(text, "**", ""), "__", "")
	return plain, weBracketsRE.FindStringSubmatchIndex(plain)
}

// formedBefore reports a name written, just before the brackets that
// define "we", with a company's legal form after it: "Acme, Inc.
// (“Acme”, “we”)", "Square, Inc. (“we”)", "Signal Messenger, LLC
// (“Signal”)". A word of the dictionary is
// then the company's name ("acme" and "square" are English), where
// "the Company (“Company”, “we”)" names no one.
func formedBefore(before, first string) bool {
	ws := rawWords(lastLine(strings.TrimRight(before, " ,")))
	for p := len(ws) - 2; p >= 0 && p >= len(ws)-6; p-- {
		if ws[p] != first {
			continue
		}
		// The name's other words, capitalised, then the form: "Signal
		// Messenger, LLC".
		q := p + 1
		for q < len(ws)-1 && q <= p+3 && isName(ws[q]) && !corporateWord(ws[q]) {
			q++
		}
		if corporateWord(ws[q]) {
			return true
		}
	}
	return false
}

// weBracketsRE is the brackets that define "we": (“we”, “us”, “our”).
var weBracketsRE = mustPattern(`\(([^()]*?[“"']we[,”"']{1,2}[^()]*)\)`)

// quotedNameRE is a capitalised name quoted among them: “Airbnb”.
var quotedNameRE = mustPattern(`[“"]([A-Z][\w&.\- ]*?)[,.]?[”"]`)
