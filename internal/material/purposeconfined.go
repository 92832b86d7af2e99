package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A purpose phrase put after what a statement says of processing confines
// the statement to processing for that purpose, and dropped frees it:
// "(us, when we process your data)" → "(us, when we process your data for
// our own purposes)" leaves the author no longer the controller when it
// processes for its customers (b49-34). Where the sentence already says
// "purposes" elsewhere ("determines the purposes and means"), the rules
// find no new word and read the same commitments; the phrase is read
// here, put or dropped whole. A phrase pointing back to purposes already
// said ("for these purposes") adds no term, nor does a label before
// the statement.

// purposeBack point back to purposes already said.
var purposeBack = map[string]bool{"these": true, "those": true, "such": true, "this": true, "that": true, "same": true,
	"above": true, "aforementioned": true, "said": true}

// purposeConfined returns the purpose phrase put or dropped whole, and
// whether it was put: "for our own purposes".
func purposeConfined(old, new []string) (string, bool) {
	p, os, ns := changedSpan(old, new)
	if p == 0 {
		// "**For customer research purposes –** We may share …": a
		// label before the statement names it, it does not confine it
		// (Finnair's update 11, a heading set as the paragraph's lead).
		return "", false
	}
	var span []string
	var put bool
	switch {
	case os == p && ns > p:
		span, put = new[p:ns], true
	case ns == p && os > p:
		span = old[p:os]
	default:
		return "", false
	}
	if len(span) < 2 || span[0] != "for" {
		return "", false
	}
	for i, w := range span[1:min(len(span), 6)] {
		if purposeBack[w] {
			return "", false
		}
		if purposeNouns[w] {
			// "for the purposes of measuring our campaigns": what
			// follows the noun must say which purpose, not open another
			// clause.
			for _, x := range span[i+2:] {
				if clauseJoins[x] {
					return "", false
				}
			}
			return strings.Join(span, " "), put
		}
	}
	return "", false
}

// controllerRoles name the role a party processes in.
var controllerRoles = map[string]bool{"controller": true, "controllers": true, "processor": true, "processors": true}

// purposeConfinedVerdict is the verdict on a purpose phrase put or dropped
// (purposeConfined): the identity of the controller where the sentence
// says in which role a party processes.
func (c *classifier) purposeConfinedVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !anyWordIn(old, purposeNouns) && !anyWordIn(new, purposeNouns) {
		return Verdict{}, false
	}
	w, put := purposeConfined(old, new)
	if w == "" {
		return Verdict{}, false
	}
	if anyWordIn(new, controllerRoles) && c.rb.categoryIndex("identity") >= 0 {
		cat = "identity"
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".scope", &signals{}, nil, nil, "")
	verb, dir := "narrowed: a purpose it holds for put", Restricts
	if !put {
		verb, dir = "widened: the purpose it held for dropped", Expands
	}
	v.Reason, v.Direction = fmt.Sprintf("Scope %s, %s: %s (%s)", verb, quoteWords([]string{w}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}
