package material

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/redline"
)

// A sentence that says what the document covers ("This policy describes
// the information we process to support Facebook, Instagram … offered by
// Facebook") states no commitment of its own, and reworded it is minor
// (same.contents). But the products it names are the policy's scope, and
// the party it names as offering them is who answers for the data: a
// product named there that was not before, or no longer is, changes what
// the policy covers ("IMDbPro and Box Office Mojo" → "…, and DPReview.com");
// a company named there that was not before changes who the controller is
// ("offered by Facebook" → "offered by Meta Platforms Ireland Limited",
// b50-36). Both are for the reader to be told of.

// appliesToRE is a paragraph that says what the policy applies to: the
// names its sentences list are the products it covers.
var appliesToRE = mustPattern(`(?i)\b(?:this|the|our) (?:[\w-]+ ){0,2}(?:policy|notice|statement)\s+(?:also\s+|only\s+)?applies\s+to\b`)

// appliesToNamed judges a paragraph that says what the policy applies to,
// left minor by the other rules, where a sentence of it names a product
// anew or no longer: "These may include Xfinity-branded services,
// Comcast-branded Services, and other products" → "…, Xumo-branded
// Services, …" (ota-71 012, a miss: the policy names Xumo elsewhere, so
// the name alone was not new, and the sentence read "Wording not about
// personal data"). Only a coined name counts, one WordNet does not know,
// nor a place: "Visitors to the OmniCRM website" → "People who visit …"
// names no product (b103-01).
func (c *classifier) appliesToNamed(ch redline.Change) (Verdict, bool) {
	if ch.Kind != redline.Replace || len(ch.Old) > 1<<12 || !containsFold(ch.Old, "applies") || !appliesToRE.MatchString(ch.Old) || !appliesToRE.MatchString(ch.New) || c.rb.categoryIndex("scope") < 0 {
		return Verdict{}, false
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if so == "" || sn == "" {
		return Verdict{}, false
	}
	// A name put in or taken out, the rest as it was: "our group" →
	// "the Brightwell Media Group" names the author (TestOurGroup).
	if !onlyJoinersTraded(so, sn) && !onlyJoinersTraded(sn, so) {
		return Verdict{}, false
	}
	_, names := coveredNames(so, sn)
	wn := wordNet()
	coined := slices.DeleteFunc(names, func(n string) bool {
		if c.ix.countries[n] {
			return true
		}
		// Letters of English alone: "âAffiliatesâ", a mangled quotation
		// mark beside a word, is the word (b46-04).
		for _, part := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return r < 'a' || r > 'z' }) {
			if len(part) >= 3 && len(wn.entries(part)) == 0 {
				return false
			}
		}
		return true
	})
	if len(coined) == 0 {
		return Verdict{}, false
	}
	v := c.material(ch, "scope.covered", &signals{}, nil, nil, "")
	v.Reason = fmt.Sprintf("%s: named in what the policy applies to: %s: %s", c.label("scope"), strings.Join(coined, ", "), quoteChange(so, sn))
	return v, true
}

// coveredNames reports the names a sentence saying what the document
// covers gained or lost, and the category of the change: "identity" where
// a name is a company's (it carries a legal form, "Limited", "Inc.") or
// the party something is offered by, "scope" where it is a product's.
// Words written in capitals that are not names ("Privacy Policy",
// "Services") and names the other side still writes, in any case or
// number, do not count.
func coveredNames(old, new string) (cat string, names []string) {
	so, sn := nameStems(old), nameStems(new)
	var ident bool
	look := func(text, otherText string, other map[string]bool) {
		ws := nameWords(stripMarkdown(text))
		var glossed map[string]bool // made at the first name
		for i, w := range ws {
			w = strings.Trim(w, ".'’-")
			if !isName(w) || slices.Contains(names, w) || commonCapitalised[strings.ToLower(w)] || coverWords[strings.ToLower(w)] || other[stem(strings.ToLower(w))] {
				continue
			}
			if glossed == nil {
				glossed = glossedAcronymWords(text, otherText)
			}
			if glossed[w] {
				continue // "the EU AI Act" → "the EU Artificial Intelligence Act (AI Act)" (b80-22)
			}
			if i == 0 || strings.HasSuffix(ws[i-1], ".") && !legalForms[nameFormWord(ws[i-1])] {
				continue // a sentence's first word, capitalised as any is
			}
			if i > 0 && actPlaceWords[strings.ToLower(ws[i-1])] {
				continue // "tracking on GitHub": where an act is done, not what is covered (github-102)
			}
			names = append(names, w)
			if legalForms[nameFormWord(w)] || i > 0 && strings.ToLower(ws[i-1]) == "by" {
				ident = true
			}
		}
	}
	look(old, new, sn)
	look(new, old, so)
	if len(names) == 0 {
		return "", nil
	}
	if ident {
		return "identity", names
	}
	return "scope", names
}

// glossedAcronymWords returns the words of text that spell out an
// abbreviation other writes, where text glosses them with it: "the EU AI
// Act" → "the EU Artificial Intelligence Act (AI Act)" (b80-22) names the
// same law, written out, as "the ICO" → "the Information Commissioner's
// Office (ICO)" names the same office (spellsOutAcronym). The gloss must
// follow the words (at most two capitalised words between, "Act"), and
// text must write the abbreviation no more often than other does, so that
// a new name whose initials happen to be an abbreviation other writes
// ("Acme Insights (AI)" beside "the EU AI Act") is still a new name.
// Never nil.
func glossedAcronymWords(text, other string) map[string]bool {
	out := map[string]bool{}
	if !twoCapitals(text) || !twoCapitals(other) {
		return out
	}
	tw, ow := rawWords(text), rawWords(other)
	for a, run := range spelledOut(text) {
		if !slices.Contains(ow, a) || countWord(tw, a) > countWord(ow, a) {
			continue
		}
		phrase := strings.Join(run, " ")
		for rest := text; ; {
			i := strings.Index(rest, phrase)
			if i < 0 {
				break
			}
			rest = rest[i+len(phrase):]
			before, _, ok := strings.Cut(rest, "("+a)
			if between := strings.Fields(before); ok && len(between) <= 2 && !slices.ContainsFunc(between, func(w string) bool { return !isName(w) }) {
				for _, w := range run {
					out[w] = true
				}
				break
			}
		}
	}
	return out
}

// coverWords are words a sentence saying what the document covers writes
// in capitals that name no product or party.
var coverWords = map[string]bool{"products": true, "product": true, "features": true, "sites": true, "site": true,
	"websites": true, "apps": true, "app": true, "applications": true, "application": true, "offerings": true,
	"collectively": true, "including": true, "such": true, "it": true, "here": true, "it's": true, "its": true}

// actPlaceWords put a name as the place an act is done in.
var actPlaceWords = map[string]bool{"on": true, "at": true, "in": true, "within": true, "across": true, "throughout": true, "via": true, "through": true}

// nameStems is the stems of the words of a text, lower-cased.
func nameStems(text string) map[string]bool {
	m := map[string]bool{}
	for _, w := range nameWords(strings.ToLower(text)) {
		m[stem(strings.Trim(w, ".'’-"))] = true
	}
	return m
}

// nameWords splits a text into words as names are written: "DPReview.com",
// "O'Reilly", "Apple-affiliated" are one word each.
func nameWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '\'' && r != '’' && r != '-'
	})
}

// straightQuotes writes curly quotation marks and apostrophes straight.
var straightQuotes = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

// onlyJoinersTraded reports that every word a lost that b does not have
// only joins ("and", "or", "the"): b is a with words put in. Quotation
// marks and apostrophes are read straight ("We’ll" is "We'll").
func onlyJoinersTraded(a, b string) bool {
	have := map[string]int{}
	for _, w := range rawWords(strings.ToLower(straightQuotes.Replace(b))) {
		have[w]++
	}
	for _, w := range rawWords(strings.ToLower(straightQuotes.Replace(a))) {
		if have[w] > 0 {
			have[w]--
			continue
		}
		if w != "and" && w != "or" && w != "the" && w != "&" {
			return false
		}
	}
	return true
}
