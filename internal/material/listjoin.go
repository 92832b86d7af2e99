package material

import "strings"

// commaMark stands for a comma among folded words: no word of English or
// of the rulebook is written so.
const commaMark = "zzcomma"

// listJoins returns folded words without each "and" that joins two words
// the other side (otherText, as written) separates by a comma: "IP
// address, browser type and device information" lists what "IP address,
// browser type, device information" does. The word after the "and" need
// only be in the item after that comma: "session information and data
// about your interactions" for "session information, website interaction
// data". The "and" of a list joins the items it had; an item added beside
// it is still one word more ("browser type and location"), and an "and"
// between two words the other side writes together ("analytics and
// partners" for "analytics partners") is kept, as are the "and"s of a side
// that has no more than the other (other, folded). ws is not changed.
func (c *classifier) listJoins(ws, other []string, otherText string) []string {
	if !strings.Contains(otherText, ",") || countWord(ws, "and") <= countWord(other, "and") {
		return ws // "X and Y" → "X, Y and Z": the "and" moved to the item added
	}
	var marked []string // the other side, folded, with its commas
	var drop []int
	for k := 1; k+1 < len(ws); k++ {
		if ws[k] != "and" {
			continue
		}
		if marked == nil {
			marked = c.ix.foldWords(strings.ReplaceAll(otherText, ",", " "+commaMark+" "))
		}
		if commaBefore(marked, ws[k-1], ws[k+1]) {
			drop = append(drop, k)
		}
	}
	return dropAt(ws, drop)
}

// itemWords is as far after a comma as an item of a list reaches: "website
// interaction data". A clause after a comma ("At any time, you can ask us
// for a copy of what we hold") is no item.
const itemWords = 4

// commaBefore reports, in folded words with their commas marked, before
// and a comma, then next in the item after that comma.
func commaBefore(marked []string, before, next string) bool {
	for j := 0; j+2 < len(marked); j++ {
		if marked[j] != before || marked[j+1] != commaMark {
			continue
		}
		for _, w := range marked[j+2 : min(len(marked), j+2+itemWords)] {
			if w == commaMark || w == "and" || w == "or" {
				break // ", and" joins as the "and" does
			}
			if w == next {
				return true
			}
		}
	}
	return false
}
