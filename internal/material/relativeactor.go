package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Who acts in a relative clause is a term of the commitment the clause
// limits: "shared only with users you decide to invite" is shared with
// whom the reader chooses; "… with users who decide to invite you" with
// whoever chooses the reader. The same words, a relative pronoun added
// and the reader's pronoun moved after the verb, read as grammar; the
// swap is read here.

// objectForm is the object form of each subject pronoun.
var objectForm = map[string]string{"you": "you", "we": "us", "they": "them", "i": "me"}

// relativeOpeners open a relative clause whose subject is its noun.
var relativeOpeners = map[string]bool{"who": true, "that": true, "which": true}

// relativeActorSwapped returns the pronoun whose role a relative clause
// traded, and whether it acted before: "users you decide to invite" →
// "users who decide to invite you" gives "you", true. The words that
// changed must be only the pronoun, moved, and the relative pronoun.
func relativeActorSwapped(old, new []string) (string, bool) {
	p, os, ns := changedSpan(old, new)
	swap := func(a, b []string) string { // a: "you decide to invite", b: "who decide to invite you"
		if len(a) < 2 || len(b) != len(a)+1 {
			return ""
		}
		obj, ok := objectForm[a[0]]
		if !ok || !relativeOpeners[b[0]] || b[len(b)-1] != obj || !equalWords(a[1:], b[1:len(b)-1]) {
			return ""
		}
		return a[0]
	}
	if w := swap(old[p:os], new[p:ns]); w != "" {
		return w, true
	}
	if w := swap(new[p:ns], old[p:os]); w != "" {
		return w, false
	}
	return "", false
}

// relativeActorVerdict is the verdict on a relative clause whose actor
// and the party acted on were traded (relativeActorSwapped).
func (c *classifier) relativeActorVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !relativeOpenerIn(old) && !relativeOpenerIn(new) {
		return Verdict{}, false
	}
	w, acted := relativeActorSwapped(old, new)
	if w == "" {
		return Verdict{}, false
	}
	if cat == "" || cat == "unclassified" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".actor", &signals{}, nil, nil, "")
	how := fmt.Sprintf("'%s' acted, now is acted on", w)
	if !acted {
		how = fmt.Sprintf("'%s' was acted on, now acts", w)
	}
	v.Reason = fmt.Sprintf("Who acts reversed in a relative clause (%s): %s (%s)", how, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}

// relativeOpenerIn is the cheap test before relativeActorSwapped.
func relativeOpenerIn(ws []string) bool {
	for _, w := range ws {
		if relativeOpeners[w] {
			return true
		}
	}
	return false
}
