package material

import "strings"

// itemsAsClauses returns folded words without each "and", with the
// subject pronoun after it ("they", "it"), that joins two clauses the
// other side (otherText, as written) sets out as items of a list, one
// ending with a semicolon or a line and the next starting with the word
// after the pronoun: "Our analytics cookies are set only after you accept
// them, and they expire after 13 months" says what "Our analytics
// cookies: - are set only after you accept them; - expire after 13
// months" does (b13-42). The pronoun is the subject the lead-in gave each
// item. A side with no more "and"s than the other is returned as it is,
// and ws is not changed.
func (c *classifier) itemsAsClauses(ws, other []string, otherText string) []string {
	if !strings.Contains(otherText, ";") && !strings.Contains(otherText, "\n") || countWord(ws, "and") <= countWord(other, "and") {
		return ws
	}
	var marked []string // the other side, folded, with its item ends
	var drop []int
	for k := 1; k+1 < len(ws); k++ {
		if ws[k] != "and" {
			continue
		}
		next := k + 1
		if ws[next] == "they" || ws[next] == "it" {
			next++
		}
		if next == len(ws) {
			continue
		}
		if marked == nil {
			marked = c.ix.foldWords(strings.NewReplacer(";", " "+commaMark+" ", "\n", " "+commaMark+" ").Replace(otherText))
		}
		if itemBoundary(marked, ws[k-1], ws[next]) {
			for i := k; i < next; i++ {
				drop = append(drop, i)
			}
		}
	}
	return dropAt(ws, drop)
}

// itemBoundary reports, in folded words with the ends of items marked,
// last ending an item and first opening the next.
func itemBoundary(marked []string, last, first string) bool {
	for j := 0; j+2 < len(marked); j++ {
		if marked[j] != last || marked[j+1] != commaMark {
			continue
		}
		n := j + 1
		for n < len(marked) && marked[n] == commaMark {
			n++
		}
		if n < len(marked) && marked[n] == first {
			return true
		}
	}
	return false
}
