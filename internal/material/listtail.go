package material

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/redline"
)

// A list of any kind grows by an item put after its last one: "protect
// us and our customers from fraud or money laundering" → "from fraud,
// money laundering or unpaid rent" (b275-15), "Service improvement and
// analytics" → "Service improvement, analytics and fundraising calls"
// (b277-24), "company name, role" → "company name, role, room
// preferences" (b278-32). The item's words are ordinary English, so the
// rules read no word of substance changed; the list's shape is read here,
// as listItemAppended reads it after a verb of processing: the last item,
// its "and" or "or", and one more item of words the other side does not
// write anywhere. A list of examples ("such as", "for example") is left
// to the rules of examples.

// listTailItem returns the item put after the last of a list of folded
// words old, or taken from its end, and whether it was put. writtenOld
// and writtenNew are the sides as written: on the side with the longer
// list a comma must part its items, and the other must not write the
// item's words.
func listTailItem(old, new []string, writtenOld, writtenNew string, grammar map[string]bool) ([]string, bool) {
	p, os, ns := changedSpan(old, new)
	if p == 0 {
		return nil, false
	}
	if item := tailGrown(old[p:os], new[p:ns], old, writtenNew, ns == len(new), grammar); item != nil && !writesAny(writtenOld, item) {
		return item, true
	}
	if item := tailGrown(new[p:ns], old[p:os], new, writtenOld, os == len(old), grammar); item != nil && !writesAny(writtenNew, item) {
		return item, false
	}
	return nil, false
}

// entitySuffixes end a company's name: "Stripe, Inc." is one party, not
// a list.
var entitySuffixes = map[string]bool{"inc": true, "ltd": true, "llc": true, "llp": true, "plc": true, "gmbh": true, "corp": true,
	"co": true, "sa": true, "ag": true, "bv": true, "sarl": true, "sas": true, "limited": true, "incorporated": true, "corporation": true}

// tailGrown returns the item b adds to a: b is a's words with one more
// item after them, "and analytics" → "analytics and fundraising calls",
// or, a list without a conjunction, nothing → "room preferences" where
// the item ends the text (atEnd). short is the whole side a belongs to;
// written the text of b's side.
func tailGrown(a, b, short []string, written string, atEnd bool, grammar map[string]bool) []string {
	var item []string
	switch {
	case len(a) == 0 && atEnd:
		item = b // "role" → "role, room preferences": the item ends the text
	case len(a) > 0 && listConjunctions[a[0]] && len(b) > len(a):
		k := 1 // "or" is folded "and or" (the synonyms of "and/or")
		if len(a) > 2 && a[0] == "and" && a[1] == "or" {
			k = 2
		}
		conj, x := a[:k], a[k:]
		if !slices.Equal(b[:len(x)], x) || !slices.Equal(b[len(x):len(x)+k], conj) {
			return nil
		}
		item = b[len(x)+k:]
	default:
		return nil
	}
	if len(item) == 0 || len(item) > 4 {
		return nil
	}
	lw := strings.ToLower(written)
	if !strings.Contains(lw, ", ") || len(lw) > 2000 {
		return nil
	}
	for _, ex := range []string{"such as", "e.g", "for example", "for instance", " like ", "among them", "among others", "amongst others", "in particular", "notably"} {
		if strings.Contains(lw, ex) {
			return nil
		}
	}
	if len(a) == 0 && !strings.Contains(lw, ", "+item[0]) {
		return nil // words put at the end with no comma are no item
	}
	if opensClause(item[0]) {
		return nil // "shops, where feasible": a condition, no item
	}
	had := map[string]bool{}
	for _, w := range short {
		had[stem(w)] = true
	}
	for _, w := range item {
		if listConjunctions[w] || had[stem(w)] || len(w) < 3 || entitySuffixes[w] || grammar[w] || strings.IndexFunc(w, notWordRune) >= 0 {
			return nil
		}
	}
	// the item is a noun phrase: its last word a noun ("unpaid rent",
	// "fundraising calls"), a gerund, or a word WordNet does not know
	if h := item[len(item)-1]; !lexPOS(h, 'n') && !strings.HasSuffix(h, "ing") && len(wordNet().entries(h)) > 0 {
		return nil
	}
	return item
}

// listTailGrows reports a list of old grown, or cut, by an item at its
// end in new (listTailItem), read on the words as written: "company
// name, role" → "company name, role, room preferences" names data, not
// the Preferences screen (uiplace.go).
func (c *classifier) listTailGrows(old, new string) bool {
	if len(old)+len(new) > 4000 {
		return false
	}
	item, _ := listTailItem(plainWords(old), plainWords(new), old, new, c.ix.grammar)
	return item != nil
}

// listTailVerdict is the verdict on an item put after the last of a list,
// or taken from its end (listTailItem), in the list's category, or the
// category its words and heading name.
func (c *classifier) listTailVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	item, put := listTailItem(old, new, ctxOld, ctxNew, c.ix.grammar)
	if item == nil {
		return Verdict{}, false
	}
	written, other := ctxNew, ch.Old
	if !put {
		written, other = ctxOld, ch.New
	}
	as := itemWritten(written, item)
	if writesAny(other, item) || strings.ContainsAny(as, "‘’'\"“”") {
		// an item the other side's paragraph names elsewhere, or words
		// quoted as terms ("‘we’, ‘us’ or ‘our’"), are no new item
		return Verdict{}, false
	}
	if cat == "" || cat == "unclassified" || c.rb.categoryIndex(cat) < 0 {
		// the kind of the list's own items first, then its heading's
		if cat, _, _ = c.categorize(item, new, nil); cat == "" {
			cat, _, _ = c.categorize(item, new, c.headingWords(ch.Section))
		}
	}
	if purposeParts(ctxNew) != nil && c.rb.categoryIndex("purposes") >= 0 {
		cat = "purposes" // what a sentence of purpose ("To assist …") lists is what for
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".list", &signals{}, nil, nil, "")
	verb, dir := "Item added to a list", Expands
	if !put {
		verb, dir = "Item removed from a list", Restricts
	}
	v.Reason, v.Direction = fmt.Sprintf("%s, %s: %s (%s)", verb, quoteWords([]string{as}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}

// itemWritten returns the item as the text writes it: from its first word
// to the end of the list's element ("meeting recordings" where the folded
// words say "meeting"), or the folded words where the text cannot be
// found.
func itemWritten(written string, item []string) string {
	lw := strings.ToLower(written)
	from := -1
	anyAt(lw, item[0], func(i int) bool { // the first occurrence that starts a word
		if i == 0 || !isAlnumByte(lw[i-1]) {
			from = i
			return true
		}
		return false
	})
	if from < 0 {
		return strings.Join(item, " ")
	}
	end := strings.IndexAny(written[from:], ",;.():")
	if end < 0 {
		end = len(written) - from
	}
	return strings.TrimSpace(written[from : from+end])
}

// opensClause reports a word that opens a clause or an aside, never an
// item of a list: a subordinator or relative (pastSubordinators), a word
// of condition (conditionOpeners), "subject to", "including", "so".
func opensClause(w string) bool {
	return pastSubordinators[w] || conditionOpeners[w] || w == "subject" || w == "including" || w == "so"
}

// notWordRune is a rune that is neither a letter nor a digit nor a hyphen.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }

// writesAny reports a text that writes one of the words of item, as a
// whole word: an item the other side names elsewhere ("We also collect
// your purchase history") is no new thing.
func writesAny(text string, item []string) bool {
	if len(text) > 1<<16 {
		return true // too long to read again; the item is not claimed
	}
	for _, w := range plainWords(text) {
		if slices.Contains(item, w) && len(w) > 3 {
			return true
		}
	}
	return false
}
