package material

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/redline"
)

// A place is a transfer destination (GDPR Art. 13(1)(f)) only where its
// sentence says data reaches it: data sent, transferred, stored, hosted,
// processed or accessed there ("transferred to the United States",
// "servers in Germany", "EU-based processing"), data taken out of a place
// ("outside the EEA"), a sentence of transfers ("standard contractual
// clauses", "international"), a table's row, or a party data goes to
// located there ("our affiliates in the US", "the Department for Work and
// Pensions in the UK", the party named before). A place in a sentence that
// says none of these is no destination, and the change is what the
// sentence says, the place reported with it: where the reader lives or is
// ("if you reside in the EEA or the United Kingdom, Discord Netherlands BV
// is the data controller", b59-26; "if you are located outside the United
// States, you must be over the age …", b57-17), whose law ("data with
// special protections under EU law", b50-37), where a commitment holds
// ("we respond to the Global Privacy Control in certain territories, such
// as Europe", b17-03). A place beside a party the change names for the
// first time ("Mistral AI (France)", b31-27; "the Internal Revenue Service
// (IRS) in the US", b76-16) says where that new party is: the new party is
// the fact, a recipient, reported with its place.
//
// The words of flow are read in the whole sentence, not next to the place:
// lists of places ("stored on AWS infrastructure located in the United
// States, Europe & India") and clauses between ("Processing takes place in
// Germany and, for customer support, in the Philippines") put them far
// from it. So a sentence that speaks of storage anywhere keeps its places
// destinations, where another word holds them ("the health pass in
// France" beside "the storage of the certificates", b46-27): missing a
// destination costs more than a category left to a reviewer.

// placeReading is what a change's places, none read in another role
// before, are: a destination (reached), or the places of parties the
// change names first (parties), or neither.
type placeReading struct {
	reached bool
	readers bool     // every place is where the reader lives or is
	parties []string // "Mistral AI (France)"
}

// unreachedPlaces reads the places es, all countries or regions, newly
// named (new) or dropped in a change's sentences, and returns the category
// the change is when no data is said to reach any of them, with the
// reason's words after the category's label; "" when one of them is a
// destination, or when the sentence read without them names no category.
func (c *classifier) unreachedPlaces(ch redline.Change, es []string, new bool, cat, verb string) (k, why string) {
	text := c.changedSentencesOf(ch, new)
	if text == "" || !c.onlyCountries(es) || c.rb.categoryIndex("recipients") < 0 {
		return "", ""
	}
	if lower := strings.ToLower(text); strings.Contains(lower, "complain") && slices.ContainsFunc(authorityWords, func(w string) bool { return strings.Contains(lower, w) }) {
		return "", "" // the authority to complain to, and its country, are read as such (authoritydropped.go)
	}
	read := withoutAsides(stripMarkdown(text), es)
	if lead := c.leadIn(); lead != "" {
		// An item of a list is read under its lead-in: "Our data
		// centres are located in the following regions:", then
		// "Singapore".
		read = stripMarkdown(lead) + " " + read
	}
	r := c.readPlaces(read, es, c.headingWords(ch.Section), new)
	switch {
	case len(r.parties) > 0:
		// The new party is the fact, where it is said to be with it,
		// whatever else the sentence says is where.
		return "recipients", verb + " recipient: " + strings.Join(r.parties, ", ")
	case r.reached:
		return "", ""
	}
	if cat == "" || cat == "transfers" || cat == "unclassified" {
		// What the sentence says of the place: who the controller is,
		// where it says so ("If you reside in the EEA or the United
		// Kingdom, Discord Netherlands BV is the data controller");
		// else the words nearest the place decide, those of transfers
		// ("outside", "EEA") aside.
		so, sn := c.changedSentences(ch.Old, ch.New)
		near := c.nearest(c.ix.fold(so), c.ix.fold(sn), c.headingWords(ch.Section), c.nameSpans(es))
		only := map[int]bool{}
		for k := range near {
			only[k] = c.rb.Categories[k].ID != "transfers"
		}
		if c.aboutIdentity(c.ix.fold(c.withoutPlaces(text))) {
			cat = "identity"
		} else if cat = c.best(near, only); cat == "" {
			return "", ""
		}
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if r.readers {
		return cat, c.label(cat) + ": where the reader is: " + c.describeEntities(es) + ": " + quoteChange(so, sn)
	}
	return cat, c.label(cat) + ": " + strings.ToLower(verb) + " place no data is said to go to: " + c.describeEntities(es) + ": " + quoteChange(so, sn)
}

// withoutPlaces is text without the countries and regions it names, each
// whole: "If you reside in the European Economic Area or the United
// Kingdom" read for what it says of the reader.
func (c *classifier) withoutPlaces(text string) string {
	for _, e := range c.rb.Significant.Countries {
		if !strings.Contains(text, e) {
			continue
		}
		var b strings.Builder
		at := 0
		for {
			i := strings.Index(text[at:], e)
			if i < 0 {
				break
			}
			i += at
			if wordBounded(text, i, i+len(e)) {
				b.WriteString(text[at:i])
				b.WriteByte(' ')
			} else {
				b.WriteString(text[at : i+len(e)])
			}
			at = i + len(e)
		}
		b.WriteString(text[at:])
		text = b.String()
	}
	return text
}

// readPlaces reads each place of es where text, under a heading of the
// words heading, names it.
func (c *classifier) readPlaces(text string, es, heading []string, new bool) placeReading {
	r := placeReading{readers: true}
	var cuts [][2]int // the reader's places, with the words that say so
	for _, e := range es {
		found := false
		for at := 0; ; {
			i := strings.Index(text[at:], e)
			if i < 0 {
				break
			}
			i += at
			at = i + len(e)
			if !wordBounded(text, i, at) {
				continue
			}
			found = true
			pre, post := text[:i], text[at:]
			for m := placeListRE.FindStringIndex(pre); m != nil; m = placeListRE.FindStringIndex(pre) {
				pre = pre[:m[0]] // "reside in the EEA or the United Kingdom": where the EEA is
			}
			if m := readerAtRE.FindStringIndex(pre); m != nil {
				cuts = append(cuts, [2]int{m[0], at})
				continue
			}
			if readerPlace(pre, post) {
				cuts = append(cuts, [2]int{i, at})
				continue
			}
			r.readers = false
			party, ok := c.partyAt(pre, post)
			if key, _, _ := strings.Cut(party, " ("); !ok || party == "" || c.inDoc(new, key) {
				continue // no party, or one named before (its initials aside)
			}
			named := party + " (" + e + ")"
			if strings.HasSuffix(party, ")") {
				named = party + ", " + e
			}
			r.parties = append(r.parties, named)
		}
		if !found {
			r.reached, r.readers = true, false // not read: as before
		}
	}
	// The sentence without where the reader is.
	rest := text
	slices.SortFunc(cuts, func(a, b [2]int) int { return b[0] - a[0] })
	end := len(text)
	for _, cut := range cuts {
		if cut[1] <= end {
			rest = rest[:cut[0]] + " " + rest[cut[1]:]
			end = cut[0]
		}
	}
	parties := c.names("recipients", c.ix.fold(rest)) || c.names("recipients", heading)
	if strings.Contains(rest, "|") || transferSentence(rest) || flowSentence(rest) || parties {
		// A table's row (its places are a column of where its party is
		// or its data goes), a sentence of transfers, of data moved, kept
		// or reached, or of the parties it goes to, or under a heading of
		// them ("Third-Party Processors": "- Fastly: CDN — EU Points of
		// Presence").
		r.reached = true
	}
	if !parties {
		// A name beside a place is a party's only where the text is
		// about parties: "the GDPR (the RGPD in France)" names a law.
		r.parties = nil
	}
	return r
}

// wordBounded reports text[i:j] standing as whole words.
func wordBounded(text string, i, j int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// transferWords say, wherever they stand in a sentence, that it is about
// data taken abroad: its places are where data goes.
var transferWords = []string{"transfer", "international", "cross-border", "cross border", "adequa", "contractual clauses",
	"sccs", "idta", "privacy framework", "privacy shield", "binding corporate", "abroad", "third countr"}

func transferSentence(text string) bool {
	for _, w := range transferWords {
		if containsFold(text, w) {
			return true
		}
	}
	return false
}

// readerAtRE is a phrase, at the end of a text, that says the reader (or
// the people the text is for) lives or is in, or outside, the place named
// next: "if you reside in the", "if you are located outside the", "users
// in the".
var readerAtRE = mustPattern(`(?i)(?:\b(?:live|lives|living|reside|resides|residing|resident|residents|citizens?)|\b(?:you\s+are|you're|you’re|users?|customers?|individuals?|visitors?|consumers?|members?|people|persons|those|anyone)(?:\s+(?:who\s+are\s+)?(?:located|based|situated))?)\s+(?:in|of|within|outside(?:\s+of)?)\s+(?:the\s+|an?\s+)?$`)

// flowStems start the words that say data goes somewhere, is kept,
// handled or reached there: "transferred to", "stored in", "servers in",
// "processing takes place in", "accessed by personnel located in",
// "outside".
var flowStems = []string{"transfer", "send", "sent", "transmit", "stor", "host", "process", "kept", "keep", "held",
	"hold", "server", "datacent", "centre", "center", "cloud", "access", "move", "export", "maintain", "locat",
	"outside", "receiv", "handl", "backup", "replicat", "facilit", "infrastructure", "region", "hub", "office"}

// flowSentence reports a word of flowStems in text.
func flowSentence(text string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(text)) {
		w = strings.TrimLeft(w, "([\"“'-")
		for _, s := range flowStems {
			if strings.HasPrefix(w, s) {
				return true
			}
		}
	}
	return false
}

// partyAt returns the party a place is said of, in brackets after its
// name ("Mistral AI (France)") or after "in" ("the Internal Revenue
// Service (IRS) in the US", "our affiliates in the"); ok when the place
// is a party's, with party "" for a party named by a common noun.
func (c *classifier) partyAt(pre, post string) (party string, ok bool) {
	p := strings.TrimRight(pre, " ")
	switch {
	case strings.HasSuffix(p, "(") && strings.HasPrefix(strings.TrimLeft(post, " "), ")"):
		p = strings.TrimRight(p[:len(p)-1], " ")
	case inTheRE.MatchString(pre):
		p = strings.TrimRight(pre[:inTheRE.FindStringIndex(pre)[0]], " ")
	default:
		return "", false
	}
	if name := partyNameBefore(p); name != "" {
		// A name after "in" or "to" is a place's ("servers in
		// Frankfurt (Germany)"), no party's.
		ws := strings.Fields(strings.TrimSuffix(p, name))
		if len(ws) > 0 && placePreps[strings.ToLower(ws[len(ws)-1])] {
			return "", false
		}
		if key, _, _ := strings.Cut(name, " ("); c.ix.countries[key] {
			return "", false // a place and its initials: "United Kingdom (UK)"
		}
		return name, true
	}
	ws := strings.Fields(p)
	if len(ws) == 0 {
		return "", false
	}
	w := strings.ToLower(strings.Trim(ws[len(ws)-1], ".,;:()\"“”'"))
	return "", partyNoun(w) || c.groupNoun(w)
}

// inTheRE is "in the" at the end of a text.
var inTheRE = mustPattern(`\s+in\s+(?:the\s+)?$`)

// partyNameBefore returns the capitalised name text ends with, with its
// initials in brackets and the small words inside it ("Department for
// Work and Pensions (DWP)"); "" when text ends with no name, or with
// words capitalised in policies that name no one ("Personal Data").
func partyNameBefore(text string) string {
	ws := strings.Fields(text)
	n := len(ws)
	if n > 0 && strings.HasPrefix(ws[n-1], "(") && strings.HasSuffix(ws[n-1], ")") && upperCase(strings.Trim(ws[n-1], "()")) {
		n-- // its initials
	}
	start, named := n, false
	for i := n - 1; i >= 0; i-- {
		w := ws[i]
		if strings.ContainsAny(w, ".,;:()[]") && i < n-1 {
			break
		}
		t := strings.Trim(w, ".,;:")
		if isName(t) {
			start, named = i, named || !commonCapitalised[strings.ToLower(t)]
			continue
		}
		if (t == "for" || t == "and" || t == "of" || t == "&") && start < n {
			continue
		}
		break
	}
	if !named {
		return ""
	}
	return strings.Trim(strings.Join(ws[start:], " "), ".,;:")
}
