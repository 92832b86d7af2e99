package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Whom a use of the reader's data is for is a term of it: "we use your
// purchase history to recommend products to you" serves the reader; "…
// to others" shows other people what the reader bought. The words are a
// pronoun and an ordinary one, so the rules read the same commitments;
// the trade of the reader for others, after the preposition that says
// whom a thing is shown, sent or given to, is read here.

// othersWords name people other than the reader.
var othersWords = map[string]bool{"others": true, "anyone": true, "everyone": true, "everybody": true, "anybody": true, "strangers": true}

// audiencePrepositions say whom a thing is shown, sent or given to.
var audiencePrepositions = map[string]bool{"to": true, "for": true, "with": true}

// audienceTraded reports the one word changed being the reader ("you")
// traded for others, or back, after a preposition of whom, and whether
// others are new's.
func audienceTraded(old, new []string) (others string, widened, ok bool) {
	p, os, ns := changedSpan(old, new)
	if os != p+1 || ns != p+1 || p == 0 || !audiencePrepositions[old[p-1]] {
		return "", false, false
	}
	switch o, n := old[p], new[p]; {
	case o == "you" && othersWords[n]:
		return n, true, true
	case othersWords[o] && n == "you":
		return o, false, true
	}
	return "", false, false
}

// audienceVerdict is the verdict on the reader traded for others as whom
// a thing is for (audienceTraded): a recipient.
func (c *classifier) audienceVerdict(ch redline.Change, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !othersIn(old) && !othersIn(new) {
		return Verdict{}, false
	}
	_, widened, ok := audienceTraded(old, new)
	if !ok {
		return Verdict{}, false
	}
	cat := "recipients"
	if c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".actor", &signals{}, nil, nil, "")
	what, dir := "the reader → others", Expands
	if !widened {
		what, dir = "others → the reader", Restricts
	}
	v.Reason, v.Direction = fmt.Sprintf("Whom it is for changed, %s: %s (%s)", what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}

// othersIn is the cheap test before audienceTraded.
func othersIn(ws []string) bool {
	for _, w := range ws {
		if othersWords[w] {
			return true
		}
	}
	return false
}
