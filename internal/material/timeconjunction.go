package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// The conjunction of a time limit says how long the act it limits lasts:
// "staff can access your account only while you are on a support call"
// ends with the call; "only after you are on a support call" begins with
// it and has no end; "only before" is the other side of it. The words are
// ordinary, and "while" → "after" reads as the same commitments; the
// kind of limit is compared here: during, from then on, up to then.
// ("when" and "if" say on what occasion, and "after you close your
// account" is "when you close it": not compared.)

// timeConjunctionKinds are the kinds of time limit each conjunction sets.
var timeConjunctionKinds = map[string]string{"while": "during", "whilst": "during", "during": "during",
	"after": "after", "once": "after", "since": "after", "following": "after",
	"before": "before", "until": "before", "till": "before"}

// timeConjunctionTraded returns the conjunction old and new trade, the
// one word changed, where they set other kinds of time limit.
func timeConjunctionTraded(old, new []string) (string, string) {
	p, os, ns := changedSpan(old, new)
	if os != p+1 || ns != p+1 {
		return "", ""
	}
	o, n := timeConjunctionKinds[old[p]], timeConjunctionKinds[new[p]]
	if o == "" || n == "" || o == n {
		return "", ""
	}
	return old[p], new[p]
}

// timeConjunctionVerdict is the verdict on a time limit of another kind
// (timeConjunctionTraded).
func (c *classifier) timeConjunctionVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	o, n := timeConjunctionTraded(old, new)
	if o == "" {
		return Verdict{}, false
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".condition", &signals{}, nil, nil, "")
	kind := map[string]string{"during": "during it", "after": "from then on", "before": "up to then"}
	v.Reason = fmt.Sprintf("Time limit changed: '%s' (%s) → '%s' (%s): %s (%s)", o, kind[timeConjunctionKinds[o]], n, kind[timeConjunctionKinds[n]], quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	if timeConjunctionKinds[o] == "during" {
		v.Direction = Expands // an act bounded by an event, now unbounded on one side
	}
	return v, true
}
