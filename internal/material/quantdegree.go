package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A word that counts part of a set says how much of it: "we share
// statistics with some of our partners" → "… with most of our partners"
// reaches more recipients, "Most of the data we hold is encrypted" →
// "Some of the data …" protects less, "We use a few cookies" → "We use
// many cookies" tracks more. The force words file "some", "few", "many"
// and "most" in one class (a part, not all), so the rules read no change
// of force, and the words are ordinary English, so they read the same
// commitments; the size of the part is read here. Only a part said to be
// large ("many", "most", "the majority of", "numerous") against one that
// is not is a change of term: "several days" → "a few days", "some" →
// "certain" or "most" → "many" say the same size.

// largePart are the words of a part said to be large; sizeWords are those
// of any part (the partial quantifiers of the force words, and the words
// that say how large a number is).
var (
	largePart = map[string]bool{"many": true, "most": true, "numerous": true, "majority": true, "large": true, "lots": true, "lot": true}
	sizeWords = map[string]bool{"some": true, "certain": true, "several": true, "few": true, "multiple": true, "various": true,
		"selected": true, "handful": true, "couple": true, "small": true, "limited": true, "many": true, "most": true, "numerous": true,
		// "sale of all or a portion of our assets" → "… or most of our
		// assets" sells more (b268-35, a miss)
		"portion": true, "part": true,
		"majority": true, "large": true, "lots": true, "lot": true}
	// partFiller are the grammar words a counting phrase is written with:
	// "a small number of", "the majority of".
	partFiller = map[string]bool{"a": true, "an": true, "the": true, "of": true, "number": true, "amount": true, "very": true, "quite": true}
)

// partSize returns "large" or "small" for the changed words of one side
// when they are only a word counting part of a set and its grammar, ""
// when they are anything else. ws is the whole side, at the index of the
// span's first word, to tell the superlative "the most recent" from the
// quantifier "most users".
func partSize(ws []string, p, end int) string {
	size := ""
	for i := p; i < end; i++ {
		w := ws[i]
		switch {
		case sizeWords[w]:
			if w == "most" && notForceAt(ws, i) {
				return ""
			}
			if largePart[w] {
				size = "large"
			} else if size == "" {
				size = "small"
			}
		case !partFiller[w]:
			return ""
		}
	}
	return size
}

// partSizeChanged returns the words each side counts part of a set with,
// where only they changed and one says a large part and the other does
// not: "some of our partners" → "most of our partners" gives "some",
// "most".
func partSizeChanged(old, new []string) (string, string) {
	p, os, ns := changedSpan(old, new)
	if os == p || ns == p || os == len(old) || ns == len(new) {
		return "", "" // a quantifier put or dropped is force's; one must count something
	}
	so, sn := partSize(old, p, os), partSize(new, p, ns)
	if so == "" || sn == "" || so == sn {
		return "", ""
	}
	return strings.Join(old[p:os], " "), strings.Join(new[p:ns], " ")
}

// partSizeVerdict is the verdict on the size of a part said another way
// (partSizeChanged).
func (c *classifier) partSizeVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	wo, wn := partSizeChanged(old, new)
	if wo == "" {
		return Verdict{}, false
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".quantifier", &signals{}, nil, nil, "")
	verb := "smaller"
	if largeIn(wn) {
		verb = "larger"
	}
	v.Direction = Neutral
	v.Reason = fmt.Sprintf("How much of a set the commitment covers changed, now a %s part, '%s' → '%s': %s (%s)", verb, wo, wn, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}

// largeIn reports a word of a large part among the words of s.
func largeIn(s string) bool {
	for _, w := range strings.Fields(s) {
		if largePart[w] {
			return true
		}
	}
	return false
}
