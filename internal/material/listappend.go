package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A list of what an act of processing covers grows by an item put after
// its last one: "we also store the date and time that the action took
// place" → "the date, time and place …" records where, as well as when.
// The item is ordinary English, and the words a diff pairs are "time"
// with "time", so the rules read the same commitments; the list's shape
// is read here: the last item and its "and" on one side, the same item,
// the "and" and one more on the other.

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
	if !processingActIn(old) || !processingActIn(new) {
		return Verdict{}, false
	}
	item, put := listItemAppended(old, new)
	if item == nil {
		return Verdict{}, false
	}
	if cat == "" || cat == "unclassified" || c.rb.categoryIndex(cat) < 0 {
		cat = "data"
	}
	v := c.material(ch, cat+".list", &signals{}, nil, nil, "")
	verb, dir := "Item added to a list", Expands
	if !put {
		verb, dir = "Item removed from a list", Restricts
	}
	v.Reason, v.Direction = fmt.Sprintf("%s of what is processed: %s (%s)", verb, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
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
