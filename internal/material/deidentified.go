package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Data said to be stripped of what identifies a person ("redacted program
// logs", "masked card numbers", "truncated IP addresses") names less than
// the same data unstripped: the adjective dropped, the data may name
// people it did not. The adjective is ordinary English, and where no
// category names the data ("program logs") the rules read wording not
// about personal data; it is read here, as the words of aggregation and
// pseudonymisation are (identifiabilityWords).

// redactionWords say data was stripped of what identifies a person.
var redactionWords = map[string]bool{"redacted": true, "masked": true, "truncated": true, "obfuscated": true,
	"scrubbed": true, "sanitised": true, "sanitized": true, "blurred": true, "stripped": true}

// redactionDropped returns the one word of redaction dropped or put
// before a noun both sides keep, and whether it was put: "Redacted
// program logs" → "Program logs".
func redactionDropped(old, new []string) (string, bool) {
	p, os, ns := changedSpan(old, new)
	long, put := old, false
	switch {
	case os == p+1 && ns == p:
	case ns == p+1 && os == p:
		long, put = new, true
	default:
		return "", false
	}
	if w := long[p]; redactionWords[w] && p+1 < len(long) && lexPOS(long[p+1], 'n') {
		return w, put
	}
	return "", false
}

// redactionVerdict is the verdict on a word of redaction dropped or put
// (redactionDropped): the data names people it did not, or no longer.
func (c *classifier) redactionVerdict(ch redline.Change, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !anyWordIn(old, redactionWords) && !anyWordIn(new, redactionWords) {
		return Verdict{}, false
	}
	w, put := redactionDropped(old, new)
	if w == "" {
		return Verdict{}, false
	}
	cat := "data"
	if c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".scope", &signals{}, nil, nil, "")
	what, dir := "no longer said to be stripped of what identifies people", Expands
	if put {
		what, dir = "now said to be stripped of what identifies people", Restricts
	}
	v.Reason, v.Direction = fmt.Sprintf("Data %s ('%s'): %s (%s)", what, w, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}
