package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// An item put into, or taken out of, a list of the data a sentence or a
// list names is one more kind of data, or one fewer, though its words are
// ordinary English: "your name and email address" → "your name, email
// address and purchase history"; "- Political opinions" added to the
// items under "Information We Access". The commitment vocabulary cannot
// list every kind of data; where an item stands says what it is. Such an
// edit was "Same commitments, reworded" or "Wording that commits to
// nothing" when no word of the item was in the vocabulary: a miss of the
// worst kind, a new special category of data called minor.
//
// The list is one of data when an item both sides keep names data in the
// rulebook's words ("name", "email address"): for a list item added or
// removed whole, an item before it, its heading or its lead-in. The item is a noun phrase of at most five words, no clause: no
// pronoun but "your", no word of the clause ("that", "if", "when") and no
// verb of its own, nor a party ("social media providers"), nor a link
// alone (an item of a menu). An item put in that the old policy already names
// elsewhere, or taken out that the new one still names, is left to the
// other rules, which compare it as written.

// dataItemStops open or join a clause, not a noun phrase.
var dataItemStops = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "when": true,
	"where": true, "if": true, "unless": true, "except": true, "while": true, "because": true, "so": true, "to": true,
	"is": true, "are": true, "be": true, "was": true, "were": true, "will": true, "may": true, "can": true, "must": true,
	"we": true, "us": true, "you": true, "it": true, "they": true, "them": true, "our": true, "including": true, "such": true,
	"as": true, "like": true, "e.g": true, "etc": true}

// dataItemTraded returns the item of a list of data put in (put) or
// taken out, or "".
func (c *classifier) dataItemTraded(ch redline.Change, ctxOld, ctxNew string) (item string, put bool) {
	if c.rb.categoryIndex("data") < 0 {
		return "", false
	}
	if ctxOld == "" || ctxNew == "" {
		// The line of the item: a block of its own, or one line of a
		// paragraph of "•" lines ("  • Name\n  • Purchase history").
		put, raw, kept := ctxOld == "", strings.TrimSpace(ctxNew), ch.Old
		if !put {
			raw, kept = strings.TrimSpace(ctxOld), ch.New
		}
		body, ok := listItemBody(raw)
		if !ok {
			return "", false
		}
		if linkOnlyRE.MatchString(body) {
			return "", false // "- [Careers](…)": a link of a menu, no kind of data
		}
		text := strings.Trim(stripMarkdown(body), " .;,:")
		if i := strings.Index(text, " ("); i > 0 && strings.HasSuffix(text, ")") {
			text = text[:i] // "Duration of individual phases (e.g. parsing)": the item, its example aside
		}
		if !c.nounItem(text) || c.inDoc(put, strings.ToLower(text)) {
			return "", false
		}
		// The items beside it in its paragraph, the blocks before it back
		// to the heading, or the lead-in.
		for _, s := range []string{kept, c.blocksBefore(!put), c.leadIn()} {
			if ws := c.ix.fold(s); c.namesDataTerm(ws) || namesKindOfData(ws) {
				return text, put
			}
		}
		return "", false
	}
	if strings.ContainsAny(ctxOld+ctxNew, "[*_`") {
		ctxOld, ctxNew = stripMarkdown(ctxOld), stripMarkdown(ctxNew) // the items as read, not as marked up
	}
	o, n := conjunctsOf(ctxOld), conjunctsOf(ctxNew)
	if len(o) < 2 && len(n) < 2 {
		return "", false
	}
	o, n = unjoined(o, n), unjoined(n, o)
	long, at, put := oneItemTraded(o, n, func(a, b string) bool { return a == b })
	if at <= 0 || !c.nounItem(long[at]) || c.inDoc(put, long[at]) {
		return "", false // the first part holds the verb: not an item
	}
	for i, it := range long {
		if i != at && i > 0 && c.namesDataTerm(c.ix.fold(it)) {
			return long[at], put
		}
	}
	if c.namesDataTerm(c.ix.fold(long[0])) && len(strings.Fields(long[0])) <= 4 {
		return long[at], put
	}
	return "", false
}

// unjoined returns the items of a with each item that is two neighbouring
// items of b run together cut back into those two: "email address and
// bank account and any feedback" → "email address bank account, your
// mood check-ins and any feedback" drops an "and" by a slip beside the
// item it puts in (b427-12, read as the same commitments). The items
// compared are the same either way; only the slip is forgiven.
func unjoined(a, b []string) []string {
	if len(b) < 2 || len(a)*len(b) > 1<<20 {
		return a // a "list" of a thousand items by a thousand is no slip of one
	}
	var in map[string]bool // a's items, made at the first pair run together
	var out []string
	for i, it := range a {
		cut := false
		for j := 0; j+1 < len(b); j++ {
			x, y := b[j], b[j+1]
			if len(it) != len(x)+1+len(y) || it[len(x)] != ' ' || it[:len(x)] != x || it[len(x)+1:] != y {
				continue
			}
			if in == nil {
				in = make(map[string]bool, len(a))
				for _, w := range a {
					in[w] = true
				}
			}
			if !in[x] && !in[y] {
				if out == nil {
					out = slices.Clone(a[:i])
				}
				out = append(out, x, y)
				cut = true
			}
			break // the first pair run together decides
		}
		if !cut && out != nil {
			out = append(out, it)
		}
	}
	if out == nil {
		return a
	}
	return out
}

// linkOnlyRE is an item that is only a link: "[Careers](https://…)".
var linkOnlyRE = mustPattern(`^\[[^\]]*\]\([^)]*\)[.;,]?$`)

// listItemBody returns the words of a block written as an item of a list,
// after its marker ("- ", "* ", "+ ", "• "), and whether it is one.
func listItemBody(s string) (string, bool) {
	for _, m := range []string{"- ", "* ", "+ ", "• "} {
		if body, ok := strings.CutPrefix(s, m); ok {
			return strings.TrimSpace(body), true
		}
	}
	return "", false
}

// conjunctionsAsCommas writes the "and" and "or" of a list as its commas.
var conjunctionsAsCommas = strings.NewReplacer(", and ", ", ", ", or ", ", ", " and ", ", ", " or ", ", ", " & ", ", ")

// conjunctsOf cuts a sentence into the items of its list, lower-cased:
// "We collect your name, email address and phone number." → "we collect
// your name", "email address", "phone number".
func conjunctsOf(s string) []string {
	return casedConjuncts(strings.ToLower(s))
}

// casedConjuncts is conjunctsOf with the case kept.
func casedConjuncts(s string) []string {
	s = strings.TrimRight(strings.TrimSpace(s), ".;:")
	s = conjunctionsAsCommas.Replace(s)
	parts := strings.Split(s, ", ")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// oneItemTraded reports the longer of two lists of items (put: the new
// one) and the index in it of the one item the shorter leaves out, every
// other the same by same and in order; at is -1 where the lists differ
// otherwise.
func oneItemTraded(o, n []string, same func(a, b string) bool) (long []string, at int, put bool) {
	put = len(n) > len(o)
	long, short := n, o
	if !put {
		long, short = o, n
	}
	if len(long) != len(short)+1 {
		return long, -1, put
	}
	at = -1
	for i, j := 0, 0; i < len(long); i++ {
		if j < len(short) && same(long[i], short[j]) {
			j++
			continue
		}
		if at >= 0 {
			return long, -1, put
		}
		at = i
	}
	return long, at, put
}

// nounItem reports words that read as one item of a list: a noun phrase of
// at most five words, its last a noun (or a word WordNet does not know, a
// name), with no word of a clause.
func (c *classifier) nounItem(s string) bool {
	ws := c.ix.fold(strings.Trim(s, " .;,"))
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		if dataItemStops[w] || c.ix.negation[w] || c.ix.modal[w] {
			return false
		}
	}
	if prepositions[ws[0]] || partyNoun(ws[len(ws)-1]) {
		return false // "at your direction"; "social media providers" are whom, not what
	}
	es := wordNet().entries(ws[len(ws)-1])
	return len(es) == 0 || strings.ContainsRune(es[0].pos, 'n')
}

// namesDataTerm reports folded words holding a word of the data category.
func (c *classifier) namesDataTerm(ws []string) bool {
	for _, h := range c.ix.strongHits(ws) {
		if c.rb.Categories[h.k].ID == "data" {
			return true
		}
	}
	return false
}

// dataItemVerdict is the verdict of an item of a list of data put in or
// taken out.
func (c *classifier) dataItemVerdict(ch redline.Change, sig *signals, removed, added []string, item string, put bool, ctxOld, ctxNew string) Verdict {
	v := c.material(ch, "data.item", sig, removed, added, "")
	verb, dir := "New kind of data", Expands
	if !put {
		verb, dir = "Kind of data removed", Restricts
	}
	v.Reason, v.Direction = fmt.Sprintf("%s: '%s', an item of a list of data: %s", verb, item, quoteChange(ctxOld, ctxNew)), dir
	return v
}

// dataDeterminers are the words before "data" that say whose or which
// data, not what kind: "your data", "the data", "personal data".
var dataDeterminers = map[string]bool{"the": true, "your": true, "our": true, "their": true, "this": true, "that": true, "these": true,
	"those": true, "such": true, "any": true, "all": true, "of": true, "personal": true, "my": true, "his": true, "her": true, "its": true,
	"no": true, "some": true, "what": true, "which": true, "more": true, "less": true, "other": true, "same": true, "and": true, "or": true,
	"with": true, "to": true, "from": true, "by": true, "in": true, "on": true, "for": true, "about": true, "a": true, "an": true}

// namesKindOfData reports words that name a kind of data by a noun before
// "data": "Performance data enable understanding of which rules … are
// slow", over a list of the metrics a tool sends (semgrep/semgrep). The
// items of the list are that data.
func namesKindOfData(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i] == "data" && !dataDeterminers[ws[i-1]] && !isNumber(ws[i-1]) {
			return true
		}
	}
	return false
}
