package material

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/redline"
)

// repeatedLabels marks minor the blocks that each only put in, or each
// only take out, the same short label as a list item's first line, where
// three or more do in one comparison: the text of an icon a later capture
// wrote before each item, its words unchanged after it. Mailjet's page
// gained "1. Badge Check", "2. Badge Check" … before each of its eleven
// purposes and seven rights, and lost them at the next capture (ota-135
// 012 to 014): eighteen "New recipient: Badge Check" and "added '3. Badge
// Check'", where no purpose or right had changed. A label of one or two
// items may be a heading or an entry of the policy's own, and is left to
// the other rules; so is a label with a digit, a sentence's punctuation or
// more than three words.
func (c *classifier) repeatedLabels(r *redline.Result, rep *Report) {
	type group struct {
		kind    redline.Kind
		label   string
		changes []int
	}
	var groups []group
	for i, ch := range r.Changes {
		c.stepped()
		text, ok := blockPutOrTaken(ch)
		if !ok {
			continue
		}
		label, ok := itemLabel(text)
		if !ok {
			continue
		}
		key := strings.ToLower(label)
		k := 0
		for k < len(groups) && (groups[k].kind != ch.Kind || groups[k].label != key) {
			k++
		}
		if k == len(groups) {
			groups = append(groups, group{kind: ch.Kind, label: key})
		}
		groups[k].changes = append(groups[k].changes, i)
	}
	for _, g := range groups {
		if len(g.changes) < 3 {
			continue
		}
		first := r.Changes[g.changes[0]]
		label, _ := itemLabel(first.New + first.Old)
		how := "put before"
		if g.kind == redline.Delete {
			how = "taken from before"
		}
		reason := fmt.Sprintf("The same label %s %d items of the lists, as an icon's text: '%s'; the items' own words are judged on their own", how, len(g.changes), label)
		for _, k := range g.changes {
			rep.Verdicts[k] = Verdict{ID: rep.Verdicts[k].ID, Rule: "cosmetic.label", Reason: reason, Certain: true}
		}
	}
}

// itemMarkerRE is a list item's marker at a line's start: "- ", "* ",
// "1. ", "12) ".
var itemMarkerRE = mustPattern(`^(?:[-*]|\d{1,3}[.)]) `)

// itemLabel returns the label a block holds when it is a list item of
// one line whose text, after its marker, is one to three words of letters
// ("1. Badge Check", "- Check"), and reports whether it is.
func itemLabel(block string) (string, bool) {
	s := strings.TrimSpace(block)
	if s == "" || strings.ContainsAny(s, "\n") {
		return "", false
	}
	m := itemMarkerRE.FindString(s)
	if m == "" {
		return "", false
	}
	rest := strings.TrimSpace(s[len(m):])
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 3 {
		return "", false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' {
				return "", false
			}
		}
	}
	return rest, true
}

// remarked marks minor a block taken out and a block put in whose words
// are the same once links are read as their
// words (an arrow, "↗", is no word): the same text, its links or
// emphasis put on or taken off, which the differ paired with nothing.
// Bolt's table of contents lost its links to a draft's headings ("[For
// Safety and Security ↗](https://docs.google.com/…)" → "For Safety and
// Security"), and its tables' headers their bold ("| ****Category of
// Recipients**** | ****Description**** |"): "Security and breach
// commitments: text removed", "Recipients and sharing: text removed"
// (ota-139 014, 017). The words are what a reader reads; where they are
// the same, the commitments are, as for a block moved unchanged.
func (c *classifier) remarked(r *redline.Result, rep *Report) {
	type block struct {
		i    int
		link bool
	}
	var gone []block
	var keys []string // of gone
	put := map[string][]block{}
	for i, ch := range r.Changes {
		c.stepped()
		text, ok := blockPutOrTaken(ch)
		if !ok || len(text) > 2000 {
			continue
		}
		link := strings.Contains(text, "](")
		if link {
			text = mdLinkRE.ReplaceAllString(text, "$1")
		}
		words := strings.Join(c.ix.plain(text), " ")
		if words == "" {
			continue
		}
		if ch.Kind == redline.Delete {
			gone, keys = append(gone, block{i, link}), append(keys, words)
		} else {
			put[words] = append(put[words], block{i, link})
		}
	}
	for k, g := range gone {
		ps := put[keys[k]]
		if len(ps) == 0 {
			continue
		}
		p := ps[0]
		put[keys[k]] = ps[1:]
		if !rep.Verdicts[g.i].Material && !rep.Verdicts[p.i].Material {
			continue
		}
		rule, how := "cosmetic.markdown", "only their mark-up changed"
		switch {
		case g.link && !p.link:
			rule, how = "same.link", "a link taken off them"
		case p.link && !g.link:
			rule, how = "same.link", "a link put on them"
		}
		reason := "Same words; " + how + ": " + quoteChange(r.Changes[g.i].Old, r.Changes[p.i].New)
		for _, i := range [2]int{g.i, p.i} {
			rep.Verdicts[i] = Verdict{ID: rep.Verdicts[i].ID, Rule: rule, Reason: reason, Certain: true}
		}
	}
}

// blockPutOrTaken returns the text of a block put in or taken out whole,
// and reports whether ch is one.
func blockPutOrTaken(ch redline.Change) (string, bool) {
	switch ch.Kind {
	case redline.Insert:
		return ch.New, true
	case redline.Delete:
		return ch.Old, true
	}
	return "", false
}
