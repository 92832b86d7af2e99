package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Under a limit ("only", "solely", "never"), a phrase that pins what the
// limit covers to one matter or one place is part of the bound: "kept only
// for … contacting you about your case" may not be used to contact you
// about anything else, "… contacting you" may; "sent only to the contacts
// you enable sharing with in this discussion" reaches no other
// discussion's. Dropped, the bound widens; put, it narrows. The phrase is
// ordinary words, so the rules read the same commitments; it is read
// here.

// pinningPrepositions open a phrase that says what matter or place a
// thing is of.
var pinningPrepositions = map[string]bool{"about": true, "regarding": true, "concerning": true, "in": true, "within": true,
	"during": true, "on": true}

// pinnedPointerNouns are the parts of a document or of the law a phrase may
// point to: "in this policy", "in accordance with the law" bound nothing.
var pinnedPointerNouns = map[string]bool{"policy": true, "notice": true, "statement": true, "section": true, "sections": true,
	"page": true, "terms": true, "law": true, "laws": true, "accordance": true, "document": true, "agreement": true}

// pinnedLimitWords set a limit a phrase after them may pin.
var pinnedLimitWords = map[string]bool{"only": true, "solely": true, "exclusively": true, "never": true}

// limitPhraseDropped returns the phrase dropped from (or put at) the end of
// what a limit covers, and whether it was put: "contacting you about your
// case" → "contacting you" gives "about your case", false.
func limitPhraseDropped(old, new []string) ([]string, bool) {
	p, phrase, put, ok := putSpan(old, new)
	if !ok || len(phrase) < 2 || len(phrase) > 4 || !pinningPrepositions[phrase[0]] {
		return nil, false
	}
	noun := false
	for _, w := range phrase[1:] {
		switch {
		case pinnedPointerNouns[w] || pinningPrepositions[w] || pinnedLimitWords[w]:
			return nil, false
		case w == "the" || w == "this" || w == "that" || w == "your" || w == "our" || w == "a" || w == "each" || w == "their":
		case lexPOS(w, 'n'):
			noun = true
		default:
			return nil, false
		}
	}
	if !noun {
		return nil, false
	}
	for _, w := range old[:p] { // the words both sides share before it
		if pinnedLimitWords[w] {
			return phrase, put
		}
	}
	return nil, false
}

// limitPhraseVerdict is the verdict on a phrase pinning what a limit
// covers, dropped or put (limitPhraseDropped).
func (c *classifier) limitPhraseVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !anyWordIn(old, pinnedLimitWords) || !anyWordIn(new, pinnedLimitWords) {
		return Verdict{}, false
	}
	phrase, put := limitPhraseDropped(old, new)
	if phrase == nil {
		return Verdict{}, false
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".scope", &signals{}, nil, nil, "")
	verb, how, dir := "widened", "dropped", Expands
	if put {
		verb, how, dir = "narrowed", "put", Restricts
	}
	// The phrase is quoted as written, by quoteChange: folding may have
	// put "regarding" for "about".
	v.Reason, v.Direction = fmt.Sprintf("Scope %s: a phrase saying what the limit covers %s: %s (%s)", verb, how, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}
