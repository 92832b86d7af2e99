package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// namesRole returns the category the role every name of es plays in the
// changed sentences of ch's new (or old) side says, and the noun a reason
// names them by ("" to quote the sentence): one role for all, or "". A
// label, a law, a seal or the place the reader lives say nothing of their
// own: the sentence's category, cat, is what they are about, or, where it
// has none, the heading's.
func (c *classifier) namesRole(ch redline.Change, new bool, es []string, cat string) (string, string) {
	text := c.changedSentencesOf(ch, new)
	role, noun, seen, unroled := "", "", false, false
	for _, e := range es {
		if strings.EqualFold(e, c.brand(!new)) || strings.EqualFold(e, c.brand(new)) {
			// The author itself is no party its text gives data to:
			// "Firefox sends Mozilla a crash report" says what it collects.
			continue
		}
		r, n := c.nameRole(text, e)
		if r == "scope" && (c.processor(strings.Fields(e)) || strings.ContainsAny(e, "'’")) {
			// "if you use PayPal": a party the reader pays through, not a
			// product of the author's.
			r, n = "recipients", "processor"
		}
		switch {
		case r == "" && !c.ix.countries[e]:
			// A party the clause gives no role is one all the same,
			// beside a place where the reader lives ("OneRep. If you are
			// located in the United States"); beside a browser or a
			// label it is the browser's maker ("cookies in Google
			// Chrome", under "Google's Privacy Sandbox").
			unroled = true
			continue
		case r == "":
			continue
		case seen && r != role:
			return "", ""
		case seen && n != noun:
			n = ""
		}
		role, noun, seen = r, n, true
	}
	if unroled && role != "cookies" && role != roleLabel && role != roleAside {
		return "", ""
	}
	switch role {
	case "":
		return "", ""
	case roleResidence:
		// The sentence read without the places: what it says for those
		// who live there (residentsCategory reads it so).
		k := c.categoryWithout(text, es, ch.Section)
		if k == "" {
			k = cat
		}
		if k == "" || k == "unclassified" || k == "transfers" && k != c.categoryWithout(text, es, ch.Section) {
			k = c.headingCategory(c.headingWords(ch.Section))
		}
		if k == "" || k == "unclassified" || k == "transfers" && k != c.categoryWithout(text, es, ch.Section) {
			k = "scope"
		}
		return k, ""
	case roleLabel, roleAside:
		k := cat
		if k == "" || k == "unclassified" {
			k = c.headingCategory(c.headingWords(ch.Section))
		}
		if k == "" || k == "unclassified" {
			k = "scope"
		}
		return k, ""
	}
	if c.rb.categoryIndex(role) < 0 {
		return "", ""
	}
	switch {
	case role == "identity" && (noun == "controller" || noun == "officer" || noun == "representative"):
	case role == "rights" && noun != "party to write to" && noun != "":
		noun = "authority to complain to"
	case role == "recipients" && noun == givenTo:
	case role == "scope":
		noun = "product covered"
	default:
		noun = entityNoun(role)
	}
	return role, noun
}

// categoryWithout is the category of text read without the names es, and
// without where people are: "" where it names none.
func (c *classifier) categoryWithout(text string, es []string, section []string) string {
	text = withoutAsides(text, es)
	for _, e := range es {
		text = strings.ReplaceAll(text, e, " ")
	}
	ws := slices.DeleteFunc(slices.Clone(c.withoutPersonPlace(c.ix.fold(text))), func(w string) bool { return w == "countries" || w == "country" })
	k, hit, _ := c.categorizeAside(ws, nil, c.headingWords(section)) // "residents of countries in": no transfer
	if !hit {
		return ""
	}
	return k
}
