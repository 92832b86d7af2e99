package material

import (
	"slices"
	"strconv"
	"strings"

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

// countLabelOut returns text without a count that other does not write
// and that says how many items the list after it has: the list under a
// lead-in ("our staff may access these three types of information:"),
// after a colon in the sentence ("such as these four: the right to
// access, correct, delete, or restrict"), or in brackets after the noun
// ("our two official distributors (A and B)"). A count at a colon goes
// with the words between it and the colon, a label of the list (b228).
// text is returned as it was when there is none; old says which side
// text is.
func (c *classifier) countLabelOut(text, other string, old bool) string {
	if len(text)+len(other) > maxReread {
		return text
	}
	ws, lowerOther := strings.Fields(text), strings.ToLower(other)
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",;:()"))
		n := countValue(lw)
		if n < 2 || n > 12 || strings.Contains(lowerOther, lw) {
			continue
		}
		start, colon := i, -1
		if i > 0 && strings.EqualFold(ws[i-1], "these") {
			start = i - 1
		}
		for j := i; j < len(ws) && j <= i+3; j++ {
			if strings.HasSuffix(ws[j], ":") {
				colon = j
				break
			}
		}
		// The count alone put in, the rest as the other side writes it
		// ("the following circumstances:" → "the following five
		// circumstances:", b268-34; "The companies which make up the
		// group are:" → "The three companies …", b268-11): the words it
		// counts stay, and the list under the lead-in is what it counts.
		bare := slices.Concat(ws[:i:i], ws[i+1:])
		if strings.HasSuffix(ws[len(ws)-1], ":") && strings.EqualFold(strings.Join(bare, " "), strings.Join(strings.Fields(other), " ")) {
			if c.listAfter(old) == strconv.Itoa(n) {
				return strings.Join(bare, " ")
			}
			continue
		}
		var count string
		switch {
		case colon == len(ws)-1:
			count = c.listAfter(old) // the list under the lead-in
		case colon >= 0:
			count = strconv.Itoa(inlineItems(strings.Join(ws[colon+1:], " ")))
		case i+3 < len(ws):
			// a bracket within the three words after the count
			rest := strings.Join(ws[i+1:], " ")
			if k := strings.IndexByte(rest, '('); k >= 0 && len(strings.Fields(rest[:k])) <= 3 {
				if e := strings.IndexByte(rest[k:], ')'); e > 0 {
					count = strconv.Itoa(inlineItems(rest[k+1 : k+e]))
				}
			}
		}
		if count != strconv.Itoa(n) {
			continue
		}
		if colon < 0 {
			return strings.Join(slices.Concat(ws[:i:i], ws[i+1:]), " ")
		}
		return strings.Join(slices.Concat(ws[:start:start], []string{":"}, ws[colon+1:]), " ")
	}
	return text
}

// inlineItems counts the items of a list written in a sentence, up to its
// end: parts parted by commas, "and" and "or".
func inlineItems(s string) int {
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i]
	}
	n := 0
	for _, part := range strings.Split(strings.TrimRight(s, ". "), ",") {
		for _, p := range strings.Split(" "+part+" ", " and ") {
			for _, q := range strings.Split(" "+p+" ", " or ") {
				if strings.TrimSpace(q) != "" {
					n++
				}
			}
		}
	}
	return n
}
