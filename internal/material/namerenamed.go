package material

import (
	"slices"
	"strings"
)

// A product of the author's renamed is no new party. "a unique password
// for your sr.ht account" → "… your SourceHut account" (b26-12), "to
// provide you with the Service" → "… with Omni Lead Management Software"
// (b28-41), "using the Swiss Post Customer Center login" → "using the “My
// Post” login" (b11-03): one name, or a noun phrase, put in the place of
// another, nothing else of the sentence changed, where the clause makes
// the name what the reader uses (a product noun it heads, the reader's
// "use of" it, "provide you with" it), not a party data goes to. A
// processor put in another's place ("we use Mailgun" → "we use SendGrid",
// "your PayPal account" → "your Klarna account") is a party's role, or
// a payment processor the rulebook knows, and still counts.

// usedNouns are what the reader has or uses of the author's: the product
// nouns, and the account the reader holds on it.
var usedNouns = map[string]bool{"account": true, "accounts": true, "login": true, "profile": true, "subscription": true,
	"feature": true, "features": true, "apps": true, "products": true, "membership": true}

// productSwapped reports the name e, newly written in ctxNew, put in
// the place of at most four words of the old text (removed, added: the
// words each side alone has), in a clause that makes it the reader's
// product (readerProduct).
func (c *classifier) productSwapped(ctxNew, e string, removed, added []string) bool {
	if len(removed) == 0 || len(removed) > 4 || strings.ContainsAny(e, "'’") {
		return false
	}
	name := c.ix.fold(e)
	for _, w := range added {
		if !slices.Contains(name, w) && !isDeterminer(w) {
			return false // more changed than the name
		}
	}
	if c.processor(strings.Fields(e)) {
		return false // a payment processor or a party the rulebook knows
	}
	found := false
	for from := 0; from < len(ctxNew) && e != ""; {
		i := nameIndex(ctxNew[from:], e)
		if i < 0 {
			break
		}
		i += from
		if !c.readerProduct(wordsAt(ctxNew, e, i)) {
			return false
		}
		found, from = true, i+len(e)
	}
	return found
}

// readerProduct reports a mention of a name that plays no party's role
// and is what the reader uses: the policy's covered product (grammarRole's
// "scope"), a name heading a product noun ("your SourceHut account", "the
// My Post login"), or the object of the reader's use ("your use of
// Bluesky", "using X").
func (c *classifier) readerProduct(rw roleWords) bool {
	if rw.listAfter {
		return false // a list of names runs on: a table or a list of parties
	}
	if r, _ := c.appositionRole(rw); r != "" && r != "scope" {
		return false
	}
	r, _ := c.grammarRole(rw, false)
	switch {
	case r == "scope":
		return true
	case r != "":
		return false
	}
	if len(rw.after) > 0 && (usedNouns[rw.after[0]] || productNouns[rw.after[0]]) && !rw.setAfter {
		return true
	}
	if n := len(rw.before); n > 0 {
		last := rw.before[n-1]
		return last == "using" || last == "of" && n > 1 && rw.before[n-2] == "use"
	}
	return false
}

// addWords adds ws to the set m, made when nil.
func addWords(m map[string]bool, ws []string) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	for _, w := range ws {
		m[w] = true
	}
	return m
}
