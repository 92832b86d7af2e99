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
	weRead, rests := false, map[string]bool(nil) // what "we" do on the other side, read once
	for _, e := range es {
		if strings.EqualFold(e, c.brand(!new)) || strings.EqualFold(e, c.brand(new)) {
			// The author itself is no party its text gives data to:
			// "Firefox sends Mozilla a crash report" says what it collects.
			continue
		}
		r, n := c.nameRole(text, e)
		if securityStandard(e) && c.rb.categoryIndex("security") >= 0 {
			// "We utilise the ISO/IEC 27001 standard … to support …":
			// a standard the author follows, never a party data goes to,
			// whatever verb puts it in (b328-19).
			r, n = "security", "measure or standard"
		}
		if r == "" && !c.ix.countries[e] && !weRead {
			weRead, rests = true, weRests(c.changedSentencesOf(ch, !new))
		}
		if r == "" && weNamed(text, e, rests) {
			// "We use your Personal Information only for …" → "The
			// System1 Group uses your Personal Information only for …":
			// who "we" are, named.
			r, n = "identity", "party"
		}
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

// weRests returns, for each sentence of text that opens with "We", the
// words after its verb: what "we" do, to compare with a name's.
func weRests(text string) map[string]bool {
	var out map[string]bool
	for _, s := range sentenceSplitRE.Split(text, -1) {
		if w, ok := strings.CutPrefix(strings.TrimLeft(s, " *_-"), "We "); ok {
			if _, rest, _ := strings.Cut(w, " "); len(rest) > 20 {
				if out == nil {
					out = map[string]bool{}
				}
				out[rest] = true
			}
		}
	}
	return out
}

// weNamed reports the name e opening a sentence of text, where a sentence
// of the other side opens with "we" and says the same after its verb
// (rests, weRests): the author named in the place of "we".
func weNamed(text, e string, rests map[string]bool) bool {
	i := nameIndex(text, e)
	if i < 0 || len(rests) == 0 {
		return false
	}
	pre := strings.TrimSuffix(strings.TrimRight(text[:i], " *_-"), "The")
	if pre = strings.TrimRight(pre, " "); pre != "" && !strings.HasSuffix(pre, ".") && !strings.HasSuffix(pre, "\n") {
		return false
	}
	rest, ok := strings.CutPrefix(text[i+len(e):], " ")
	if !ok {
		return false
	}
	_, rest, _ = strings.Cut(rest, " ") // the verb, "uses" for "use"
	if k := sentenceSplitRE.FindStringIndex(rest); k != nil {
		rest = rest[:k[0]]
	}
	if len(rest) <= 20 {
		return false
	}
	for r := range rests {
		if strings.HasPrefix(r, rest) || strings.HasPrefix(rest, r) {
			return true
		}
	}
	return false
}

// securityStandard reports a name that is a standard of security, as a
// whole: "ISO/IEC 27001", "ISO 27701:2019", "SOC 2", "PCI DSS".
func securityStandard(e string) bool {
	if m := standardNameRE.FindStringIndex(e); m != nil && m[0] == 0 && m[1] == len(e) {
		return true
	}
	switch strings.ToUpper(e) {
	case "SOC 1", "SOC 2", "SOC 3", "PCI DSS", "PCI-DSS", "HITRUST", "FEDRAMP", "CSA STAR":
		return true
	}
	return false
}
