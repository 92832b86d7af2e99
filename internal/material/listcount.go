package material

import (
	"strconv"

	"github.com/redline-legal/redline/internal/markdown"
)

// listAfterText returns how many items the list right after the changed
// block of one side has, "" when no list follows it. Items of the other
// side only are passed over; an item's nested lines are part of it.
func (c *classifier) listAfterText(old bool) string {
	i, ok := c.rowIndex()
	if !ok {
		return ""
	}
	n := 0
	for k := i + 1; k < len(c.rows); k++ {
		b := sideBlock(c.rows[k], old)
		if b == nil {
			continue
		}
		if b.Kind != markdown.ListItem {
			break
		}
		n++
	}
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// listCounted reports old and new that differ only in the number that
// counts the list under them ("the three following safeguards", "the
// following 3 safeguards"), the new one how many items the list after
// the new text has: a count put right agrees with the list, whose items
// are what is committed to and are compared where they stand.
func (c *classifier) listCounted(old, new []string) bool {
	if len(old) != len(new) {
		return false
	}
	at := -1
	for i := range old {
		if old[i] == new[i] {
			continue
		}
		if at >= 0 {
			return false // more than the number changed
		}
		at = i
	}
	if at < 0 || !countsFollowing(new, at) || !countsFollowing(old, at) {
		return false
	}
	a, b := countValue(old[at]), countValue(new[at])
	if a < 0 || b < 0 || a == b {
		return false
	}
	want := c.listAfter(false)
	return want != "" && want == strconv.Itoa(b)
}

// countsFollowing reports a number at ws[i] that counts "the following"
// things: "the three following", "the following three".
func countsFollowing(ws []string, i int) bool {
	return i+1 < len(ws) && ws[i+1] == "following" || i > 0 && ws[i-1] == "following" && i+1 < len(ws) && unitOf[ws[i+1]].unit == ""
}

// countValue is the value of a count written as a numeral or a word
// ("3", "three"), -1 for any other word.
func countValue(w string) int {
	if n, ok := atoi(w); ok && n >= 0 && n < 1000 {
		return n
	}
	if v, ok := numberWords[w]; ok && v == float64(int(v)) {
		return int(v)
	}
	return -1
}
