package material

import (
	"slices"
	"strings"
)

// A denial of what the author does to data, made to cover more, allows
// nothing new: "We do not sell your personal information to advertisers"
// → "… to advertisers or data brokers", "We do not sell or rent your
// data" → "We do not sell, rent or lease your data". An item put into a
// list the denial governs restricts the author: "sell your personal
// information" → "sell or share …" under "We do not" (b379-21), "store
// payment card details" → "store or retain …" under "never" (b101-03),
// "from children" → "from children, whether directly or through
// integrations" (b388-40). The rules read an item put into a list as
// widening what is done, and flagged these; three twins written before
// any writer had labelled such an edit held it material ("We do not sell"
// → "We do not sell or share" in TestClassify, "never sell or share it"
// in TestHTMLEntities, "do not use pixels and cookies" in
// TestQualifiedHead). Six labelled edits of six writers, b379-21 that
// very first one, are minor and none material, so those twins now widen
// a grant or add an exception instead.
//
// Only a denial of the author's acts on data counts (denialVerbs: sell,
// share, disclose, use, keep, send …): a denial of what protects the
// reader widens with it ("we do not need your consent for analytics" →
// "… for analytics or advertising"; "you cannot delete your messages"
// → "… your messages or your profile"), and so does a denial with an
// exception between it and the item ("we do not share your data except
// with our processors" → "… our processors or our partners") or after
// it ("will not access or share it except as necessary" → "will not
// access, share or archive it except as necessary", b338-35: what the
// exception allows grows). A capitalised "Not" names a signal or a right
// ("Do Not Track", "Do Not Sell or Share My Personal Information").

// denialVerbs are the author's acts on data, as written after a negation
// ("do not sell", "will not be sold").
var denialVerbs = map[string]bool{}

func init() {
	for _, w := range []string{"sell", "sold", "rent", "rented", "lease", "leased", "trade", "traded", "share", "shared",
		"disclose", "disclosed", "transfer", "transferred", "use", "used", "collect", "collected", "store", "stored",
		"retain", "retained", "keep", "kept", "hold", "held", "track", "tracked", "send", "sent", "contact", "contacted",
		"combine", "combined", "monitor", "monitored", "record", "recorded", "publish", "published", "profile", "profiled",
		"target", "targeted", "pass", "passed", "give", "given", "process", "processed", "access", "accessed", "read",
		"scan", "scanned", "train", "trained", "buy", "bought", "purchase", "purchased", "license", "licensed",
		"release", "released", "reveal", "revealed", "market", "marketed"} {
		denialVerbs[w] = true
	}
}

// denialNegations are the words that deny, as plainWords gives them.
var denialNegations = map[string]bool{"not": true, "never": true, "cannot": true, "don't": true, "doesn't": true,
	"won't": true, "didn't": true, "can't": true, "shan't": true}

// denialStops end a denial's plain reach: an exception or a condition
// between the denial and the item may make the item what is allowed.
var denialStops = map[string]bool{"except": true, "unless": true, "other": true, "than": true, "only": true,
	"without": true, "but": true, "save": true, "apart": true, "beyond": true, "outside": true, "exclusively": true,
	"solely": true, "if": true, "where": true, "when": true, "whenever": true, "until": true, "however": true,
	"although": true, "though": true, "instead": true, "rather": true, "may": true, "can": true}

// denialWidened reports a change that only puts words into a list that a
// denial of one of denialVerbs governs, with "or", "and" or "nor" among
// them and no word of force, negation or exception, the denial's subject
// not the reader.
func (c *classifier) denialWidened(ctxOld, ctxNew string) bool {
	ow, nw := plainWords(ctxOld), plainWords(ctxNew)
	p, os, ns := changedSpan(ow, nw)
	if ns <= p {
		return false
	}
	put, was := nw[p:ns], ow[p:os]
	for _, w := range was {
		if !slices.Contains(put, w) {
			return false // words taken out or traded: the other rules read them
		}
	}
	joined := false
	for _, w := range put {
		if w == "or" || w == "and" || w == "nor" {
			joined = true
			continue
		}
		if c.ix.forceWord[w] || c.ix.negation[w] || denialStops[w] || denialNegations[w] || isNumber(w) || ownClauseWords[w] {
			return false
		}
	}
	if !joined {
		return false
	}
	// The denial: the last negation before the words put in, a verb of
	// denialVerbs after it before them ("do not sell", "will never be
	// shared"), nothing between that stops its reach, and no reader as
	// its subject ("you cannot …").
	q := -1
	for i := p - 1; i >= 0 && i >= p-14; i-- {
		if denialStops[nw[i]] {
			return false
		}
		if denialNegations[nw[i]] {
			q = i
			break
		}
	}
	if q < 0 || strings.Contains(ctxNew, "Not ") || strings.Contains(ctxNew, "Never ") {
		return false // "Do Not Track", "Do Not Sell or Share My …": the name of a signal or a right
	}
	for i := ns; i < len(nw) && i < ns+20; i++ {
		if denialStops[nw[i]] && nw[i] != "may" && nw[i] != "can" {
			return false // "will not access, share or archive it except as necessary": what it allows
		}
	}
	for i := max(0, q-3); i < q; i++ {
		if readerWords[nw[i]] {
			return false
		}
	}
	// The verb denied is the first after the negation, past an adverb
	// or a passive's "be": "we do not need your consent to use …" denies
	// a need, not a use.
	i := q + 1
	for i < len(nw) && denialSkips[nw[i]] {
		i++
	}
	return i < len(nw) && i <= p && denialVerbs[nw[i]]
}

// ownClauseWords open or carry a clause of their own: put in after a denial
// they make a new sentence beside it ("… to advertisers, and share it
// with data brokers"; "… and data brokers may buy it").
var ownClauseWords = map[string]bool{"we": true, "they": true, "he": true, "she": true, "i": true, "it": true, "them": true,
	"may": true, "can": true, "will": true, "could": true, "might": true, "should": true, "must": true, "shall": true,
	"would": true, "is": true, "are": true, "was": true, "were": true}

// denialSkips stand between a negation and the verb it denies.
var denialSkips = map[string]bool{"ever": true, "be": true, "been": true, "knowingly": true, "intentionally": true,
	"currently": true, "actively": true, "directly": true, "otherwise": true, "routinely": true, "deliberately": true}
