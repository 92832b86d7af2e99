package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A company put into, or taken out of, a list of companies is one more
// party, or one fewer, whether or not its name reads as one to the
// entity rules: "made up of Omnis Software Ltd., Omnis Software France
// and Omnis Software Germany GmbH" → "… Omnis Software Ltd. and Omnis
// Software Germany GmbH" (b79-11) drops a company of the group "we"
// stands for. Judged in its whole policy, where "Omnis Software" is the
// author's own name and "France" a country, the words taken out read as
// neither a party nor data: "Wording not about personal data".
//
// The list is one of companies when a kept item carries a legal form
// ("Ltd.", "GmbH") and the item traded is a name: every word capitalised,
// as a company is written, and it shares its first word with a kept item
// or carries a legal form itself. Where the sentence says who the group
// or "we" is, the company is the controller's (identity); else it is a
// party the data goes to (recipients).

// partyItemTraded returns the company put into (put) or taken out of a
// list of companies, or "".
func partyItemTraded(ctxOld, ctxNew string) (item string, put bool) {
	if ctxOld == "" || ctxNew == "" || !strings.Contains(ctxOld+ctxNew, ",") && !strings.Contains(ctxOld+ctxNew, " and ") {
		return "", false
	}
	if strings.ContainsAny(ctxOld+ctxNew, "[*_`") {
		ctxOld, ctxNew = stripMarkdown(ctxOld), stripMarkdown(ctxNew)
	}
	o, n := casedConjuncts(ctxOld), casedConjuncts(ctxNew)
	if min(len(o), len(n)) < 2 {
		return "", false
	}
	long, at, put := oneItemTraded(o, n, func(a, b string) bool {
		return strings.EqualFold(strings.TrimRight(a, "."), strings.TrimRight(b, "."))
	})
	if at <= 0 {
		return "", false
	}
	name := strings.TrimRight(long[at], ".")
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 6 {
		return "", false
	}
	for _, w := range ws {
		if r := w[0]; (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return "", false // a word of a sentence, not of a name
		}
	}
	formed := hasLegalForm(ws)
	for i, it := range long {
		if i == at {
			continue
		}
		kept := strings.Fields(it)
		if i == 0 && len(kept) > 0 {
			// The first item holds the words that open the list: its
			// name is its last capitalised words.
			k := len(kept)
			for k > 0 && kept[k-1] != "" && kept[k-1][0] >= 'A' && kept[k-1][0] <= 'Z' {
				k--
			}
			kept = kept[k:]
		}
		if len(kept) == 0 || !hasLegalForm(kept) {
			continue
		}
		if strings.EqualFold(kept[0], ws[0]) {
			formed = true // a kept company of its first word
		}
	}
	if !formed {
		return "", false
	}
	return name, put
}

// partyItemVerdict is the verdict of a company put into or taken out of a
// list of companies.
func (c *classifier) partyItemVerdict(ch redline.Change, sig *signals, removed, added []string, item string, put bool, ctxOld, ctxNew string) Verdict {
	k, what := "recipients", "a party in a list of companies"
	text := strings.ToLower(ctxOld + " " + ctxNew)
	if c.rb.categoryIndex("identity") >= 0 && (weDefinedRE.MatchString(ctxOld+" "+ctxNew) || c.brandDefined(ctxOld+" "+ctxNew) ||
		strings.Contains(text, "group") || strings.Contains(text, "controller")) {
		k, what = "identity", "a company of those the policy says it is"
	}
	if c.rb.categoryIndex(k) < 0 {
		k = "unclassified"
	}
	verb, dir := "added", Expands
	if !put {
		verb, dir = "removed", Restricts
	}
	// The reason is given, so that material does not read the names
	// again (its branch of names is where this is asked from).
	v := c.material(ch, k+".entity", sig, removed, added, fmt.Sprintf("%s: %s %s, %s: %s", c.label(k), verb, item, what, quoteChange(ctxOld, ctxNew)))
	v.Direction = dir
	return v
}
