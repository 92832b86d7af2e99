package material

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// breaksMoved finds paragraphs whose breaks moved: two to four
// neighbouring paragraphs changed, as many on each side, whose words read
// one after the other are the same characters but for spacing, a word
// joined or split among them ("Services as part of" / "usergenerated content." →
// "Services as part of user" / "generated content.", the printed lines of
// a policy taken from a PDF). A reader reads the same sentence; only where
// a line ends changed. Each change alone reads as words added or removed.
// reflowed judges a paragraph split or joined (the count of blocks
// changes); here the count is the same. List items, headings and table
// rows are not read so: a word carried from one item to the next says
// something of another item.
func (c *classifier) breaksMoved(r *redline.Result, rep *Report) {
	rows := r.Rows
	reflowRuns(rows, func(i, j int) {
		for a := i; a+1 < j; a++ {
			c.stepped()
			for b := a + 2; b <= min(j, a+4); b++ {
				if c.breakMovedIn(rows[a:b], rep) {
					break
				}
			}
		}
	})
}

// reflowRuns calls fn with each run rows[i:j] of neighbouring changes
// that may be paragraphs split, joined or reflowed (reflowable).
func reflowRuns(rows []redline.Row, fn func(i, j int)) {
	for i := 0; i < len(rows); {
		if !reflowable(rows[i]) {
			i++
			continue
		}
		j := i
		for j < len(rows) && reflowable(rows[j]) {
			j++
		}
		fn(i, j)
		i = j
	}
}

// breakMovedIn marks the changes of rows minor when rows hold paragraphs
// whose breaks moved, and reports whether they did.
func (c *classifier) breakMovedIn(rows []redline.Row, rep *Report) bool {
	var old, new []string
	var changes []int
	material := false
	for _, row := range rows {
		for _, b := range []*markdown.Block{row.Old, row.New} {
			if b != nil && b.Kind != markdown.Paragraph {
				return false
			}
		}
		if row.Old != nil {
			old = append(old, row.Old.Text)
		}
		if row.New != nil {
			new = append(new, row.New.Text)
		}
		if !slices.Contains(changes, row.Change) {
			changes = append(changes, row.Change)
			material = material || rep.Verdicts[row.Change].Material
		}
	}
	if !material || len(changes) < 2 || len(old) != len(new) || len(old) < 2 {
		return false
	}
	// The same characters but for spacing, links and their addresses
	// included: folded words leave out where a link points.
	if !sameUnspaced(old, new) {
		return false
	}
	for _, k := range changes {
		rep.Verdicts[k] = Verdict{ID: rep.Verdicts[k].ID, Rule: "cosmetic.reflowed", Certain: true,
			Reason: "Line breaks moved: the paragraphs read together say the same words: " + quoteChange(strings.Join(old, " "), strings.Join(new, " "))}
	}
	return true
}

// sameUnspaced reports whether the texts of a, read one after another,
// and those of b have the same characters once white space is left out.
// It reads them in place: a build asks this of every run of moved lines.
func sameUnspaced(a, b []string) bool {
	next := func(ts []string, i, j int) (int, int, rune) {
		for i < len(ts) {
			if j >= len(ts[i]) {
				i, j = i+1, 0
				continue
			}
			r, n := utf8.DecodeRuneInString(ts[i][j:])
			j += n
			if !unicode.IsSpace(r) {
				return i, j, r
			}
		}
		return i, j, -1
	}
	var ai, aj, bi, bj int
	for {
		var ra, rb rune
		ai, aj, ra = next(a, ai, aj)
		bi, bj, rb = next(b, bi, bj)
		if ra != rb {
			return false
		}
		if ra < 0 {
			return true
		}
	}
}
