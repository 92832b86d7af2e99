package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// limitBeside returns the category of the paragraph a sentence with a
// limit was added to, or taken from, when that sentence alone names no
// term of one: "We use this to show you what operating systems people use
// when visiting your website." gains "We only show the brand of the
// operating system and don't include the version number or any other
// details" (plausible/website). The sentence says what is kept of the
// data the paragraph is about; its "only" and "don't" are a commitment
// on it. A sentence with no limit, or beside text about no category, is
// not this. "" otherwise.
func (c *classifier) limitBeside(ch redline.Change, ctxOld, ctxNew string) string {
	sentence, block := ctxNew, ch.New
	if ctxNew == "" {
		sentence, block = ctxOld, ch.Old
	} else if ctxOld != "" {
		return ""
	}
	if sentence == "" || ch.Old == "" || ch.New == "" {
		return ""
	}
	ws := c.ix.fold(sentence)
	limited := false
	for _, w := range ws {
		if c.ix.negation[w] || w == "only" || w == "solely" || w == "exclusively" {
			limited = true
			break
		}
	}
	if !limited {
		return ""
	}
	rest := strings.Replace(block, strings.TrimSpace(sentence), "", 1)
	if rest == block {
		return ""
	}
	if ks := strings.Fields(c.topics(c.ix.fold(rest))); len(ks) > 0 {
		return ks[0]
	}
	return ""
}

// limitBesideVerdict is the verdict of limitBeside's change.
func (c *classifier) limitBesideVerdict(ch redline.Change, k, ctxOld, ctxNew string) Verdict {
	verb, dir, s := "added", Restricts, ctxNew
	if ctxNew == "" {
		verb, dir, s = "removed", Expands, ctxOld
	}
	v := c.material(ch, k+".negation", &signals{}, nil, nil, "")
	v.Direction = dir
	v.Reason = fmt.Sprintf("%s: a limit %s beside what the paragraph says of it: %s", c.label(k), verb, excerpt(s))
	return v
}
