package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A list of what an act of processing covers grows by an item put after
// its last one: "we also store the date and time that the action took
// place" → "the date, time and place …" records where, as well as when.
// The item is ordinary English, and the words a diff pairs are "time"
// with "time", so the rules read the same commitments; the list's shape
// is read here: the last item and its "and" on one side, the same item,
// the "and" and one more on the other. The items may be acts as well as
// what they act on: "we may access and store information" → "access,
// store and analyse information" (b187-33) analyses it too.

// listConjunctions join the last item of a list.
var listConjunctions = map[string]bool{"and": true, "or": true}

// listItemAppended returns the item put after the last of a list (or
// taken from its end), and whether it was put: old's changed words are
// "and time", new's "time and place".
func listItemAppended(old, new []string) ([]string, bool) {
	p, os, ns := changedSpan(old, new)
	grown := func(a, b []string) []string { // a: "and time", b: "time and place"
		if len(a) != 2 || !listConjunctions[a[0]] || len(b) < 3 || len(b) > 5 || b[0] != a[1] || b[1] != a[0] {
			return nil
		}
		item := b[2:]
		if len(item) == 1 && processingActs[a[1]] && processingActs[item[0]] {
			return item // "access and store" → "access, store and analyse": an act
		}
		for _, w := range item {
			if listConjunctions[w] || !lexPOS(w, 'n') {
				return nil
			}
		}
		return item
	}
	if p == 0 {
		return nil, false // the first words of the sentence are no list's
	}
	if item := grown(old[p:os], new[p:ns]); item != nil {
		return item, true
	}
	if item := grown(new[p:ns], old[p:os]); item != nil {
		return item, false
	}
	return nil, false
}

// listAppendVerdict is the verdict on an item put after the last of a
// list of what an act of processing covers, or taken from its end
// (listItemAppended).
func (c *classifier) listAppendVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	var item []string
	var put bool
	if processingActIn(old) && processingActIn(new) {
		item, put = listItemAppended(old, new)
	}
	if item == nil {
		return c.listTailVerdict(ch, cat, old, new, ctxOld, ctxNew) // a list of any kind (listtail.go)
	}
	if cat == "" || cat == "unclassified" || c.rb.categoryIndex(cat) < 0 {
		cat = "data"
	}
	v := c.material(ch, cat+".list", &signals{}, nil, nil, "")
	verb, dir := "Item added to a list", Expands
	if !put {
		verb, dir = "Item removed from a list", Restricts
	}
	what := "of what is processed"
	if len(item) == 1 && processingActs[item[0]] {
		if k := actCategory(item[0]); c.rb.categoryIndex(k) >= 0 && k != v.Category {
			v = c.recategorized(v, k)
		}
		verb, what = "An act added", "to what is done with the data, "+quoteWords(item)
		if !put {
			verb = "An act taken"
			what = "from what is done with the data, " + quoteWords(item)
		}
	}
	v.Reason, v.Direction = fmt.Sprintf("%s %s: %s (%s)", verb, what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}

// processingActIn reports a verb of processing in ws (processingActs).
func processingActIn(ws []string) bool {
	for _, w := range ws {
		if processingActs[w] {
			return true
		}
	}
	return false
}

// listItemInserted reports an item put in a list of a sentence, or taken
// from it, anywhere in the list, whose words the list already uses
// elsewhere: "emails, SMS messages, call logs, voicemail recordings" →
// "…, call logs, call recordings, voicemail recordings" collects call
// recordings, though "call" and "recordings" pair with words both sides
// write (b73-04). The lists are compared by their items, split at commas,
// semicolons, "and" and "or": an item of one side that none of the
// other's items ends in the same word as, with more items on its side
// than the other has apart from the items both share, is put (or taken).
// It returns the item, and whether it was put.
func listItemInserted(old, new string) (string, bool) {
	if strings.Count(old, ",")+strings.Count(new, ",") < 4 {
		return "", false // no list of three items or more on either side
	}
	joints := func(s string) int {
		return strings.Count(s, ",") + strings.Count(s, ";") + strings.Count(s, ". ") + strings.Count(s, " and ") + strings.Count(s, " or ")
	}
	if joints(old) == joints(new) {
		return "", false // an item put or taken puts or takes a joint: most texts are not split
	}
	io, in := listParts(old), listParts(new)
	onlyOld, onlyNew := minusItems(io, in), minusItems(in, io)
	// The item's words in that order are written nowhere on the other
	// side: "Reddit" → "Reddit, Inc." puts no item, nor does "in-app" →
	// "in app".
	absent := func(item, other string) bool {
		norm := func(s string) string {
			return " " + strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(s), "-", " ")), " ") + " "
		}
		return !strings.Contains(norm(strings.Map(func(r rune) rune {
			if r == ',' || r == ';' || r == ':' || r == '.' || r == '(' || r == ')' {
				return ' '
			}
			return r
		}, other)), norm(item))
	}
	if item := unpairedItem(onlyNew, onlyOld); item != "" && len(onlyNew) > len(onlyOld) && absent(item, old) {
		return item, true
	}
	if item := unpairedItem(onlyOld, onlyNew); item != "" && len(onlyOld) > len(onlyNew) && absent(item, new) {
		return item, false
	}
	return "", false
}

// listParts splits text at commas, semicolons, colons and the words "and"
// and "or", each item lower-cased and trimmed of punctuation.
func listParts(text string) []string {
	var out []string
	text = strings.ReplaceAll(strings.ToLower(text), ". ", ", ") // a full stop ends an item; "booking.com" is one word
	for _, part := range strings.FieldsFunc(strings.TrimSuffix(text, "."), func(r rune) bool { return r == ',' || r == ';' || r == ':' }) {
		for _, p := range strings.Split(" "+part+" ", " and ") {
			for _, q := range strings.Split(" "+p+" ", " or ") {
				if q = strings.Trim(q, " ()“”\"'"); q != "" && !itemLeadRE.MatchString(q) {
					out = append(out, q)
				}
			}
		}
	}
	return out
}

// itemLeadRE is a part that only introduces the items after it:
// "including", "this includes", "such as".
var itemLeadRE = mustPattern(`^(?:(?:this|these|which|that|it|they)\s+)?(?:includes?|including|such\s+as|for\s+example|for\s+instance|e\.?\s?g)$`)

// itemClauseWords are the words of a clause, not of an item: a modal, a
// relative pronoun, a form of "be".
var itemClauseWords = map[string]bool{"will": true, "may": true, "which": true, "that": true, "who": true, "are": true, "is": true, "was": true, "were": true, "be": true}

// prepositionEnd are the words an item does not end in.
var prepositionEnd = map[string]bool{"on": true, "in": true, "to": true, "for": true, "of": true, "with": true, "by": true, "at": true, "from": true, "about": true}

// minusItems returns the items of a that b does not have, as many times
// as a has them more.
func minusItems(a, b []string) []string {
	left := map[string]int{}
	for _, x := range b {
		left[x]++
	}
	var out []string
	for _, x := range a {
		if left[x] > 0 {
			left[x]--
			continue
		}
		out = append(out, x)
	}
	return out
}

// unpairedItem returns an item of mine, of at most four words, whose last
// word ends none of others: an item with no counterpart reworded on the
// other side ("call recordings" beside "this includes: emails" for
// "including: emails").
func unpairedItem(mine, others []string) string {
	last := func(s string) string {
		f := strings.Fields(s)
		if len(f) == 0 {
			return ""
		}
		w := f[len(f)-1]
		// "purposes" pairs with "purpose", "uses" with "use"
		return strings.TrimSuffix(strings.TrimSuffix(w, "s"), "e")
	}
	for _, m := range mine {
		f := strings.Fields(m)
		if len(f) == 0 || len(f) > 4 || slices.ContainsFunc(f, func(w string) bool { return pronouns[w] || itemClauseWords[w] }) {
			continue // an item names a thing; "we will" is a clause's start
		}
		if len(f) == 1 && (strings.TrimSuffix(f[0], ".") == "etc" || corporate[strings.TrimSuffix(f[0], ".")]) {
			continue // "etc." ends a list; "Inc." ends a company's name
		}
		if strings.ContainsAny(m, "()“”\"'‘’\\") || prepositionEnd[f[len(f)-1]] {
			continue // a bracket or a quotation, or a verb's particle ("click on"): no item of its own
		}
		paired := false
		for _, o := range others {
			if last(o) != "" && last(o) == last(m) {
				paired = true
			}
		}
		if !paired {
			return m
		}
	}
	return ""
}

// withoutItem returns text with the list item item (as listParts writes
// it: lower case) taken out with the comma or conjunction that joined it,
// and whether it was found there as a whole item.
func withoutItem(text, item string) (string, bool) {
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return text, false // a letter whose lower case is written longer: not compared
	}
	for at := 0; ; {
		i := strings.Index(lower[at:], item)
		if i < 0 {
			return text, false
		}
		i += at
		j := i + len(item)
		at = j
		if i > 0 && isAlnumByte(lower[i-1]) || j < len(lower) && isAlnumByte(lower[j]) {
			continue // part of a longer word
		}
		// the joint before it: ", ", ", and ", " and ", " or "
		k := i
		for _, joint := range []string{", and ", ", or ", " and ", " or ", ", ", ",\n"} { // ",\n": a list wrapped across lines
			if strings.HasSuffix(lower[:i], joint) {
				k = i - len(joint)
				break
			}
		}
		if k == i {
			continue // no joint before it: not an item of a list ("In addition, …", `or "our"`)
		}
		if rest := lower[j:]; rest != "" && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ".") && !strings.HasPrefix(rest, ";") &&
			!strings.HasPrefix(rest, " and ") && !strings.HasPrefix(rest, " or ") && !strings.HasPrefix(rest, ")") {
			continue // words go on after it: part of a longer item
		}
		return text[:k] + text[j:], true
	}
}

// listItemInsertedAcross is listItemInserted, reading a list set out as
// bullets as the items of a sentence: "includes the visitor's browser
// type, language preference, referring site, additional websites
// requested, and the date and time of each visitor request" made a list
// of four bullets, one item dropped (readthedocs/readthedocs.org, 2018).
func listItemInsertedAcross(old, new string) (string, bool) {
	if item, put := listItemInserted(old, new); item != "" {
		return item, put
	}
	if !strings.Contains(old, "\n") && !strings.Contains(new, "\n") {
		return "", false
	}
	return listItemInserted(bulletsAsItems(old), bulletsAsItems(new))
}

// bulletsAsItems writes a list's bullets as the items of a sentence, each
// after a comma.
func bulletsAsItems(s string) string {
	var b strings.Builder
	inList := false
	for i, line := range strings.Split(s, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		item := false
		for _, m := range []string{"* ", "- ", "+ "} {
			if r, ok := strings.CutPrefix(t, m); ok {
				t, item = r, true
				break
			}
		}
		switch {
		case i == 0:
		case item && inList:
			b.WriteString(", ") // the next item
		default:
			b.WriteString(" ") // the first item goes on from its lead-in, as prose does
		}
		inList = item
		b.WriteString(strings.TrimSuffix(t, ":"))
	}
	return b.String()
}

// actCategory is the category of what an act of processing does with the
// data: sharing it is whom it goes to, keeping it how long, analysing it
// a use, gathering it what is collected.
func actCategory(w string) string {
	switch strings.TrimRight(stem(w), "e") {
	case "shar", "disclos", "sell", "sold", "transfer":
		return "recipients"
	case "keep", "kept", "stor", "retain":
		return "retention"
	case "collect", "gather", "captur", "receiv", "access", "view", "see", "read":
		return "data"
	}
	return "purposes"
}
