package material

import (
	"github.com/redline-legal/redline/internal/markdown"
	"iter"
	"slices"
	"strings"
	"unicode"
)

// A capitalised name in a policy is a party only where the policy could
// be naming someone who gets personal data. Most capitalised words of real
// policies are not: the author's own products, plans and defined terms
// ("Phone Link", "Family Plan", "Posted Content", "Creator"), headings and
// cross-references, street addresses, a sentence shouted in capitals, a
// passage in another language. A name counts as a party when the rulebook
// knows it, when it carries a company's form (Inc, Ltd, GmbH, S.A.), or
// when the sentence it stands in, the heading it is under or the lead-in
// of its list or table is about giving data to someone, or about trackers,
// automated tools or who the controller is: the words of the recipients,
// cookies, ai, identity and transfers categories.

// partyCategories are the categories whose words make a sentence one that
// names parties.
var partyCategories = []string{"recipients", "cookies", "ai", "identity", "transfers"}

// streetKinds are the words that end a street's name: "Merrion Road",
// "Geary St", "Center St, Ste 100".
var streetKinds = map[string]bool{"street": true, "st": true, "road": true, "rd": true, "avenue": true, "ave": true,
	"boulevard": true, "blvd": true, "lane": true, "ln": true, "drive": true, "dr": true, "suite": true, "ste": true,
	"floor": true, "parkway": true, "pkwy": true, "highway": true, "hwy": true, "terrace": true, "plaza": true,
	"strasse": true, "straße": true, "str": true, "square": true, "sq": true, "quay": true, "way": true}

// parties keeps, of the names es found in text, those that may be parties
// (see above). section is the heading path of the change; old says which
// text es are of.
func (c *classifier) parties(old bool, es []string, text string, section []string) []string {
	if len(es) == 0 {
		return es
	}
	var sens []string
	about := -1 // whether the heading or the lead-in is about parties, when first asked
	out := es[:0:0]
	for _, e := range es {
		switch {
		case c.ix.countries[e]:
			if !postalCountry(text, e) && !titledPlace(text, e) { // titledplace.go
				out = append(out, e)
			}
			continue
		case lawAcronyms[e] || lawQualified(e) || lawName(text, e) || linkedPage(text, e) || referenceVerbs[strings.ToLower(firstWord(e))]:
			// before the known names: "US Federal Stored Communications
			// Act" starts with a country; a page the reader is sent to
			// ("Visit the [Acme Group Companies](…) page", "See Acme
			// Group Companies") is a title, whatever company's form it
			// ends in (b43-12)
			continue
		case c.formedOrKnown(e):
			// first: the rulebook's "Zoom" is a party, though WordNet
			// knows the word only as a verb
			out = append(out, e)
			continue
		case address(e) || streetNamed(text, e) || streetCompound(text, e) || c.notANoun(e) || crossReference(text, e) || runTogether(e) || formOnly(e):
			continue
		case c.town(text, e) || c.cookieName(text, e) || lawCitation(text, e):
			continue
		case c.vocabularyName(e) || writingAuthor(text, e) || bylineAuthor(text, e) || c.staffContact(old, text, e) || titleInfinitive(text, e) && c.ordinaryWords(e):
			// "[Subprocessor listing]", "[link to David's post]",
			// "contact Jeremy Daer at Basecamp": a term of the rules, the
			// author of a writing, the author's own contact person.
			continue
		case dataKind(e) || c.formatAcronym(text, e) || c.foreignDoc(old):
			// formatAcronym: "as CSV files", "(… sort code, or IBAN)" name a
			// format or a standard of data (acronymkind.go).
			// A policy in another language is not read by the capitals
			// of English: "Retour", "Santé", "Imprimer" are words.
			continue
		case !c.wordsOfALanguage(e):
			// A coined word ("Vimora", "Paylio", "Helpwise") is a name
			// wherever it stands: "Ads are served by Adzilla".
			out = append(out, e)
			continue
		}
		if c.commonNoun(text, e) {
			continue
		}
		if c.headingCited(old, text, e) {
			// "scroll down to How to Reach Us", "**Set Your Browser to
			// Reject Cookies:**": dictionary words capitalised as a
			// title, not as a name.
			continue
		}
		if c.servesUs(text, e) || agentAfter(text, e) {
			out = append(out, e)
			continue
		}
		if len(c.ix.strongHits(c.ix.fold(e))) > 0 {
			// The rulebook's own vocabulary capitalised, as a policy's
			// headings and defined terms write it ("Commercial Purposes",
			// "Content Personalisation", "Contracting Parties"): a term,
			// even in a sentence about sharing.
			continue
		}
		if sens == nil {
			sens = sentences(stripMarkdown(text))
		}
		// The name's own words do not make its sentence one about parties:
		// "Partner Portal", "a Seller’s Storefront".
		if own := c.ix.fold(strings.ReplaceAll(sentenceWith(sens, e), e, " ")); handlesData(own) || c.partyWords(own) {
			out = append(out, e)
			continue
		}
		if about < 0 {
			about = 0
			var ctx []string
			if n := len(section); n > 0 {
				ctx = append(ctx, section[n-1])
			}
			if lead := c.leadIn(); lead != "" {
				ctx = append(ctx, lead)
			}
			// A heading about data handled ("How we collect and use your
			// data") heads lists of data, not of parties: only the words
			// of parties count there.
			if len(ctx) > 0 && c.partyWords(c.ix.fold(strings.Join(ctx, " . "))) {
				about = 1
			}
		}
		if about == 1 {
			out = append(out, e)
		}
	}
	return out
}

// formedOrKnown reports a name the rulebook lists, one with a company's
// form, or one written as a web address ("Monday.com").
func (c *classifier) formedOrKnown(e string) bool {
	ws := rawWords(e)
	if len(ws) == 0 {
		return false
	}
	if len(c.ix.entityByFirst[ws[0]]) > 0 || c.knownAfterJoiner(ws) {
		return true
	}
	for _, w := range ws[1:] {
		lw := nameFormWord(w)
		if corporate[lw] && lw != "the" && (lw != "as" || w == "AS") {
			return true
		}
	}
	if i := strings.LastIndexByte(e, '.'); i > 0 && topLevelDomains[e[i+1:]] {
		return true
	}
	// "S.A.", "B.V.", "S.p.A." cut into letters
	return strings.Contains(e, "S.A") || strings.Contains(e, "B.V") || strings.Contains(e, "N.V") || strings.Contains(e, "S.p.A")
}

// address reports a name that is part of a postal address: it ends in a
// kind of street ("Merrion Road", "Geary St"), or it is two words or more
// each holding a digit, as a postcode is ("D04 X2K5"; "G2" is a company).
func address(e string) bool {
	ws := strings.Fields(e)
	if len(ws) < 2 {
		return false
	}
	if len(ws) > 1 && streetKinds[strings.ToLower(strings.Trim(ws[len(ws)-1], ".,"))] {
		return true
	}
	for _, w := range ws {
		if strings.IndexFunc(w, unicode.IsDigit) < 0 {
			return false
		}
	}
	return true
}

// streetTypes are the words that open a street's name in the languages
// that write the kind of street first: "9 rue Charlot", "Calle Mayor 5",
// "Via Roma 12". Those also English words ("via Mailchimp", "place",
// "avenue") open a street only beside a house number.
var streetTypes = map[string]bool{"rue": true, "calle": true, "rua": true, "avenida": true, "viale": true,
	"piazza": true, "chemin": true, "allée": true, "impasse": true, "quai": true, "carrer": true, "rambla": true,
	"paseo": true, "ulica": true, "ul": true, "strada": true, "calea": true, "boulevard": true, "bd": true,
	"avda": true, "travessa": true, "largo": false, "via": false, "place": false, "plaza": false, "avenue": false,
	"av": false, "corso": false, "cours": false, "route": false}

// streetNamed reports a name text writes as a street's ("9 rue Charlot",
// "Via Roma 12"): after a kind of street that opens one (streetTypes), or
// opening with one. A street is a place, not a party.
func streetNamed(text, e string) bool {
	first, rest, _ := strings.Cut(e, " ")
	if kind, ok := streetTypes[strings.ToLower(strings.TrimRight(first, "."))]; ok && rest != "" {
		// "Via Roma" found whole
		return kind || houseNumberBeside(text, e)
	}
	return anyAt(text, e, func(i int) bool {
		w, at := wordBefore(text, i)
		kind, ok := streetTypes[strings.ToLower(strings.TrimRight(w, "."))]
		return ok && (kind || houseNumberAt(text, at, i+len(e)))
	})
}

// streetSuffixes end the one word of a street's name in the languages
// that write it whole: "Vijzelstraat 68-72" (GitHub's Amsterdam office,
// read as "Removed recipient: Vijzelstraat"), "Mainzer Landstr. 50"
// (Palantir's, ota-60 014). The first ones are never the end of a
// company's name; the others are only beside a house number.
var streetSuffixes = []struct {
	end  string
	sure bool
}{{"straat", true}, {"strasse", true}, {"straße", true}, {"gasse", true}, {"allee", true}, {"gracht", true},
	{"str", false}, {"weg", false}, {"laan", false}, {"plein", false}, {"kade", false}, {"platz", false}, {"vej", false}, {"gatan", false}, {"vägen", false}}

// streetCompound reports a name whose last word is a street's, of one word
// with its kind at its end (streetSuffixes).
func streetCompound(text, e string) bool {
	ws := strings.Fields(e)
	if len(ws) == 0 {
		return false
	}
	last := strings.ToLower(strings.TrimRight(ws[len(ws)-1], "."))
	for _, s := range streetSuffixes {
		if len(last) > len(s.end)+2 && strings.HasSuffix(last, s.end) {
			return s.sure || houseNumberBeside(text, e) || houseNumberBeside(text, e+".")
		}
	}
	return false
}

// houseNumberBeside reports a number right before e or right after it
// ("Via Roma 12"). A kind of street in the name is its first word.
func houseNumberBeside(text, e string) bool {
	return anyAt(text, e, func(i int) bool { return houseNumberAt(text, i, i+len(e)) })
}

// anyAt reports whether f holds at the start of some occurrence of e in
// text.
func anyAt(text, e string, f func(i int) bool) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], e)
		if i < 0 {
			return false
		}
		i += from
		if f(i) {
			return true
		}
		from = i + 1
	}
}

// houseNumberAt reports a number as the word before text[start:] or the
// word after text[:end]: "9 rue Charlot", "Via Roma 12".
func houseNumberAt(text string, start, end int) bool {
	before, _ := wordBefore(text, start)
	return isHouseNumber(before) || isHouseNumber(wordAfter(text, end))
}

// wordBefore returns the word (run of non-space) that ends before text[i:],
// past white space, and where it starts.
func wordBefore(text string, i int) (string, int) {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\n') {
		j--
	}
	k := j
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\t' && text[k-1] != '\n' {
		k--
	}
	return text[k:j], k
}

// wordAfter returns the word (run of non-space) that starts after
// text[:i], past white space.
func wordAfter(text string, i int) string {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') {
		i++
	}
	j := i
	for j < len(text) && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' {
		j++
	}
	return text[i:j]
}

// isHouseNumber reports a word that is a house number: digits, with a
// hyphen or slash ("12", "10-12", "3/5"), its comma or period aside.
func isHouseNumber(w string) bool {
	w = strings.Trim(w, ",.")
	return w != "" && '0' <= w[0] && w[0] <= '9' &&
		strings.IndexFunc(w, func(r rune) bool { return (r < '0' || r > '9') && r != '-' && r != '/' }) < 0
}

// sentenceWith returns the sentence of sens that holds the name e, or all
// of them joined when none does by itself.
func sentenceWith(sens []string, e string) string {
	first, _, _ := strings.Cut(e, " ")
	for _, s := range sens {
		if strings.Contains(s, e) {
			return s
		}
	}
	for _, s := range sens {
		if strings.Contains(s, first) {
			return s
		}
	}
	return strings.Join(sens, " ")
}

// partyWords reports folded words that use a word of a category whose
// facts are parties: giving data to someone, trackers, automated tools,
// who the controller is, where data goes.
func (c *classifier) partyWords(ws []string) bool {
	for _, h := range c.ix.strongHits(ws) {
		id := c.rb.Categories[h.k].ID
		for _, p := range partyCategories {
			if id == p {
				return true
			}
		}
	}
	return false
}

// postalRE ends the part of a postal address before its country: a
// postcode and a town ("10557 Berlin, "), or a town and a state's code
// with its ZIP code ("San Francisco, CA 94107, ").
var postalRE = mustPattern(`(?:\b\d[\dA-Z-]{2,}\s+\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?|\b\p{Lu}[\p{L}.-]+\s+\d[\dA-Z]{2,}(?:\s[\dA-Z]{3})?),\s*$`)

// postalCountry reports a country text names only at the end of postal
// addresses ("CrossEngage GmbH (Bertha-Benz-Str. 5, 10557 Berlin,
// Germany)"): where a company sits, not where data goes.
func postalCountry(text, e string) bool {
	found := false
	for rest := text; ; {
		i := strings.Index(rest, e)
		if i < 0 {
			return found
		}
		if !postalRE.MatchString(rest[max(0, i-60):i]) {
			return false
		}
		found, rest = true, rest[i+len(e):]
	}
}

// handlingVerbs are the stems of the verbs by which someone does something
// with personal data on the controller's behalf: "We’ve asked Acmeflow to
// keep your data", "Acmeflow hosts and processes this information".
var handlingVerbs = []string{"process", "keep", "kept", "store", "retain", "hold", "held", "host", "receiv", "handl", "analys", "analyz", "collect"}

// handlesData reports words that speak of data and of a verb of handling
// it: a name there may be a processor, though no word of sharing is.
func handlesData(ws []string) bool {
	data, verb := false, false
	for _, w := range ws {
		switch {
		case w == "data" || w == "information" || w == "details":
			data = true
		case !verb:
			for _, v := range handlingVerbs {
				if strings.HasPrefix(w, v) {
					verb = true
					break
				}
			}
		}
	}
	return data && verb
}

// determiners are the words before a common noun, never before a company's
// name: "the Third Parties", "your Username", "a Shop Owner".
var determiners = map[string]bool{"a": true, "an": true, "the": true, "our": true, "your": true, "their": true, "its": true,
	"his": true, "her": true, "any": true, "each": true, "every": true, "such": true, "this": true, "that": true,
	"these": true, "those": true, "all": true, "no": true, "my": true, "relevant": true}

// commonNoun reports a name whose words are all ordinary English words
// (WordNet knows each) that text writes as a common noun: after a
// determiner ("the Third Parties", "your Username", "a Creator’s
// acceptance") or defined in quotes ("“Posted Content” means"). It is a
// term of the policy capitalised, not a company: a company's name takes
// no article ("with Stack Overflow").
func (c *classifier) commonNoun(text, e string) bool {
	for _, w := range strings.Fields(e) {
		if lw := possessive(strings.Trim(w, ".,")); !c.english(lw) && !c.ix.grammar[lw] {
			return false
		}
	}
	if strings.Contains(text, "“"+e+"”") || strings.Contains(text, "\""+e+"\"") {
		return true
	}
	// A kind of recipient the rulebook names, capitalised: "Third
	// Parties", "Advertising Partners", "Service Providers".
	if c.recipientsWords(c.ix.fold(e)) {
		return true
	}
	for _, w := range wordsBefore(text, e, " *_[(") {
		if determiners[w] { // lower case: "The" may start a name
			return true
		}
	}
	return false
}

// wordsBefore yields, for each place text writes e, the word written
// right before it (past the marks of trim) and the text before that word.
func wordsBefore(text, e, trim string) iter.Seq2[string, string] {
	return func(yield func(head, word string) bool) {
		for rest := text; ; {
			i := strings.Index(rest, e)
			if i < 0 {
				return
			}
			before := strings.TrimRight(rest[:i], trim)
			j := strings.LastIndexAny(before, " \n([*_")
			if !yield(before[:max(j, 0)], before[j+1:]) {
				return
			}
			rest = rest[i+len(e):]
		}
	}
}

// shouted reports text written mostly in capitals, of five words or more:
// emphasis ("WE WILL USE OUR BEST EFFORTS TO …"), in which capitals mark
// no name.
func (c *classifier) shouted(text string) bool {
	if !hasCapitalsRun(text) {
		return false
	}
	words, caps := 0, 0
	for _, w := range rawWords(text) {
		if strings.IndexFunc(w, unicode.IsLetter) < 0 {
			continue
		}
		words++
		if upperCase(w) {
			caps++
		}
	}
	return words >= 5 && caps*4 >= words*3
}

// shoutedTitle reports a sentence that is a title in capitals on a line
// of its own, too short for shouted: "PERSONALIZED ADVERTISING ON
// TUMBLR" above the paragraphs it heads (tumblr-020, read "New
// recipient: PERSONALIZED ADVERTISING ON TUMBLR"). Its capitals are a
// heading's, as a shouted sentence's are emphasis: a name in it is a word
// no dictionary knows ("TUMBLR"). A title joins its words with a word of
// grammar ("ON", "OF", "WITH"); a line of capitals without one may be a
// name laid out on its own ("ZORBIX DATA LTD") and is read as written.
func (c *classifier) shoutedTitle(sen string) bool {
	if !c.headingLine(sen) {
		return false
	}
	ws := rawWords(sen)
	if len(ws) < 3 {
		return false
	}
	for _, w := range ws[1 : len(ws)-1] {
		if c.ix.grammar[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// shoutedNames returns the names in a part of a shouted text: the runs of
// words no dictionary knows ("ZORBIX" in "WE MAY SHARE YOUR DATA WITH
// ZORBIX"), with a company's form after them ("ZORBIX LTD"). Every other
// word is English written in capitals.
func (c *classifier) shoutedNames(part string) []string {
	ws := rawWords(part)
	var out []string
	for i := 0; i < len(ws); i++ {
		if !c.shoutedName(ws[i]) {
			continue
		}
		j := i + 1
		for j < len(ws) && (c.shoutedName(ws[j]) || corporate[strings.ToLower(strings.Trim(ws[j], ".,"))] && ws[j] != "THE" && ws[j] != "AS") {
			j++
		}
		out = append(out, strings.Join(ws[i:j], " "))
		i = j - 1
	}
	return out
}

func (c *classifier) shoutedName(w string) bool {
	lw := possessive(w)
	return isName(w) && !c.english(lw) && !c.inflectedEnglish(lw) && !c.ix.grammar[lw] && !commonCapitalised[lw] && !parties[lw] && !corporate[lw] &&
		strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// recipientsWords reports folded words holding a term of the recipients
// category.
func (c *classifier) recipientsWords(ws []string) bool {
	r := c.rb.categoryIndex("recipients")
	for _, h := range c.ix.strongHits(ws) {
		if int(h.k) == r {
			return true
		}
	}
	return false
}

// deictics are the words that point rather than name, which WordNet files
// as adverbs or not at all: "Here’s more detail", "Anyone who receives".
var deictics = map[string]bool{"here": true, "there": true, "anyone": true, "anybody": true, "everyone": true, "everybody": true,
	"someone": true, "somebody": true, "nobody": true, "everything": true, "anything": true, "something": true, "nothing": true,
	// prepositions and conjunctions WordNet, which knows no function
	// words, does not know: "During your visit, …"
	"during": true, "after": true, "before": true, "between": true, "among": true, "amongst": true, "against": true,
	"about": true, "above": true, "below": true, "under": true, "over": true, "throughout": true, "toward": true,
	"towards": true, "despite": true, "except": true, "besides": true, "beyond": true, "unlike": true, "whereby": true,
	"wherein": true, "thereafter": true, "hereby": true, "herein": true, "hereunder": true, "thereof": true}

// notANoun reports a name of one word that cannot name anyone: a function
// word, a pronoun, or a word WordNet knows only as a verb, an adjective or
// an adverb ("Here’s", "Anyone", "Additionally").
func (c *classifier) notANoun(e string) bool {
	if strings.ContainsAny(e, " .") {
		return false
	}
	lw := possessive(e)
	if deictics[lw] || pronouns[lw] || parties[lw] || determiners[lw] || openers[lw] || c.ix.grammar[lw] {
		return true
	}
	es := wordNet().entries(lw)
	for _, x := range es {
		if x.pos[0] == 'n' {
			return false
		}
	}
	return len(es) > 0
}

// dataHeads are the nouns that make a name a kind of data: "Blockchain
// Data", "PEP Information", "Online Identifiers".
var dataHeads = map[string]bool{"data": true, "information": true, "info": true, "identifiers": true, "identifier": true, "details": true}

// dataKind reports a name of two words or more whose head is a kind of
// data: what is collected, not who receives it.
func dataKind(e string) bool {
	ws := strings.Fields(e)
	return len(ws) > 1 && dataHeads[strings.ToLower(ws[len(ws)-1])]
}

// referenceVerbs are the words that point the reader to another part of
// the text: what follows them is a heading, not a party.
var referenceVerbs = map[string]bool{"see": true, "cf": true, "cf.": true, "refer": true, "visit": true}

// crossReference reports a name that starts with a word of reference
// ("See Section", "Cf ARTICLE"), or that text writes only right after one
// ("see Your Choices").
func crossReference(text, e string) bool {
	first, _, _ := strings.Cut(e, " ")
	if referenceVerbs[strings.ToLower(first)] {
		return true
	}
	found := false
	for head, w := range wordsBefore(text, e, " *_[(“\"") {
		w = strings.ToLower(w)
		if !referenceVerbs[w] && !(w == "to" && strings.HasSuffix(strings.ToLower(head), "refer")) {
			return false
		}
		found = true
	}
	return found
}

// servesUs reports a name text writes as a service the author uses: in a
// list of what serves it ("* Mailgun Technologies (United States), for
// sending transactional email"), after "we use" ("We also use Fathom to
// count visits"), or as the way something goes ("Payments go through
// Paddle", "via Zapier"). Not after "you use": the reader's use of the
// author's own products ("when you use Skype") names no one new.
func (c *classifier) servesUs(text, e string) bool {
	for rest, start := text, true; ; start = false {
		i := strings.Index(rest, e)
		if i < 0 {
			return false
		}
		before, after := rest[:i], rest[i+len(e):]
		if start && strings.Trim(before, " \t*-+_[0123456789.") == "" {
			// the name opens the item: what follows says what it does
			after = strings.TrimLeft(after, "*_]")
			if j := strings.Index(after, "("); j == 0 || strings.HasPrefix(strings.TrimLeft(after, " "), "(") {
				if k := strings.IndexByte(after, ')'); k >= 0 {
					after = after[k+1:]
				}
			}
			if usedForRE.MatchString(after) {
				return true
			}
		}
		if weUseRE.MatchString(before) {
			return true
		}
		rest = after
	}
}

// usedForRE opens what a listed service is used for: ", for sending …",
// " – to host …", ": payments".
var usedForRE = mustPattern(`^\s*(?:,|–|—|-|:)\s*(?:for|to|which|that|who|used|provides?|hosts?)\b`)

// weUseRE ends the words before a service the author uses.
var weUseRE = mustPattern(`(?:\b[Ww]e\s+(?:\w+\s+){0,2}?(?:use|uses|rely on|work with)|\b(?:via|through|powered by|hosted by|hosted on|hosted with))\s+$`)

// wordsOfALanguage reports a name made of words of a language, not coined:
// each an English word WordNet knows ("Posted Content", "Family Plan",
// "Creator’s"), or a word with a letter English does not write
// ("Sécurité", "Răspunsuri"). Such words are a policy's own terms, or
// another language's, far more often than a company's name; a coined
// word ("Mailgun", "Xbox") is a name wherever it stands.
func (c *classifier) wordsOfALanguage(e string) bool {
	for _, w := range strings.Fields(e) {
		lw := possessive(strings.Trim(w, ".,"))
		if c.english(lw) || c.ix.grammar[lw] || strings.IndexFunc(lw, func(r rune) bool { return r > unicode.MaxASCII && unicode.IsLetter(r) }) >= 0 {
			continue
		}
		return false
	}
	return true
}

// agentPrepositions put the name after them as who or what does a thing,
// or where it is done: "delivered by Royal Mail", "with Campaign Monitor",
// "answered in Help Scout", "runs on Digital Ocean". A policy's own term
// is written after an article ("in the Household Bundle"), for a purpose
// ("for Commercial Purposes") or as a label, not so.
var agentPrepositions = map[string]bool{"by": true, "with": true, "in": true, "on": true, "via": true, "through": true,
	"using": true, "from": true, "to": true, "into": true}

// agentAfter reports a name text writes right after an agent preposition.
func agentAfter(text, e string) bool {
	for rest := text; ; {
		i := strings.Index(rest, e)
		if i < 0 {
			return false
		}
		before := strings.TrimRight(rest[:i], " *_[(“\"")
		j := strings.LastIndexAny(before, " \n([*_")
		if agentPrepositions[before[j+1:]] {
			return true
		}
		rest = rest[i+len(e):]
	}
}

// foreignDocText reports a text (the old or the new) written mostly in
// another language, judged on its first 80 words as foreign
// judges a sentence.
func (c *classifier) foreignDocText(old bool) bool {
	side := c.side(old)
	side.foreignOnce.Do(func() {
		n, known := 0, 0
		for _, b := range side.blocks {
			scanRawWords(b.Text, func(w string) bool {
				if len(w) <= 2 || len(w) > 30 || isNumber(w) || upperCase(w) {
					return true
				}
				n++
				if lw := strings.ToLower(w); c.ix.grammar[lw] || parties[lw] || c.english(lw) {
					known++
				}
				return n < 80
			})
			if n >= 80 {
				break
			}
		}
		side.foreign = n >= 20 && known*2 < n
	})
	return side.foreign
}

// runTogether reports a name holding text a page's conversion ran
// together: a label written twice with its anchor after it
// ("SurfaceSurfacemainsurfacemodule", "Get HelpGet Helpmaingethelpmodule")
// is a link of a table of contents, not a word; no name repeats its
// first four letters or more at once ("BlaBlaCar" repeats three), and no
// word runs to 22 small letters.
func runTogether(e string) bool {
	for _, f := range strings.Fields(e) {
		run := 0
		for _, r := range f {
			if unicode.IsLower(r) {
				if run++; run >= 22 {
					return true
				}
			} else {
				run = 0
			}
		}
		for k := 4; 2*k <= len(f); k++ {
			if f[0] >= 'A' && f[0] <= 'Z' && f[:k] == f[k:2*k] {
				return true
			}
		}
	}
	return false
}

// formOnly reports a name that is only a company's form ("LLC", "Inc."):
// what is left of a name a list was cut at.
func formOnly(e string) bool {
	for _, w := range strings.Fields(e) {
		if !corporate[nameFormWord(w)] {
			return false
		}
	}
	return true
}

// ownNouns are the heads of the phrases an author names its own offerings
// by: "Xbox is the gaming and entertainment division of Microsoft",
// "Skype, a Microsoft product", "our Quorbit service". A company, a
// subsidiary, a partner or a processor is not among them: "LinkedIn, a
// Microsoft company" is a company of the group, which receives data.
var ownNouns = map[string]bool{"product": true, "products": true, "service": true, "services": true, "app": true, "apps": true,
	"application": true, "applications": true, "platform": true, "website": true, "site": true, "feature": true, "features": true,
	"console": true, "device": true, "devices": true, "software": true, "brand": true, "division": true, "network": true,
	"game": true, "games": true, "subscription": true, "programme": true, "program": true, "suite": true, "offering": true, "tool": true}

// ownProductText reports a name the old (or new) text gives as the
// author's own offering, in the words around it somewhere in the text:
// the author's name (its brand, see brandText) or "our" before it with an
// offering after ("Microsoft Bing", "Microsoft’s Bing", "our Quorbit
// service"), or a phrase after it whose head is an offering, said to be
// the author's ("Xbox is the gaming and entertainment division of
// Microsoft", "Zintra, a Microsoft product", "Outlook.com is the
// consumer email service from Microsoft", "Quorbit, our file service").
// A name made with such an offering ("Xbox Game Pass", "My Xbox"), or
// written after one ("Xbox Kinect"), is the author's too. A product of the
// author receives no one's data: its paragraphs coming or going are no
// new or removed recipient. A company of the author's group does: a name
// with a company's form or a country is never an offering ("Microsoft
// Ireland Operations Limited").
func (c *classifier) ownProductText(old bool, e string) bool {
	// The answer is the text's: the comparisons of a build ask each text
	// of the same names, and on long real policies, where a name recurs
	// hundreds of times, finding it anew was a seventh of a build.
	s := c.side(old)
	return s.remember(&s.owned, 1<<12, e, func() bool { return c.ownProductIn(old, e) })
}

// ownProductIn is ownProductText, not remembered.
func (c *classifier) ownProductIn(old bool, e string) bool {
	ws := strings.Fields(e)
	for _, w := range ws {
		if lw := nameFormWord(w); corporate[lw] || c.ix.countries[w] {
			return false
		}
	}
	own, before := c.ownOffering(old, e, true)
	if own {
		return true
	}
	for _, w := range before {
		if own, _ := c.ownOffering(old, w, false); own {
			return true
		}
	}
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if lw := strings.ToLower(w); len(lw) > 2 && !c.english(lw) && !commonCapitalised[lw] {
			if own, _ := c.ownOffering(old, w, false); own {
				return true
			}
		}
	}
	return false
}

// ownOffering reports whether the old (or new) text gives e as the
// author's offering (see ownProductText) by the words around it. When it
// does not and words is set, it returns the words written right before e
// that WordNet does not know, at most four: names e may be a part of
// ("kinect" in "Xbox Kinect").
func (c *classifier) ownOffering(old bool, e string, words bool) (bool, []string) {
	key := strings.ToLower(e)
	if !c.inDocText(old, key) {
		return false, nil
	}
	doc, brand := c.side(old).lowered(c.ix), strings.ToLower(c.brandText(old))
	if brand == key {
		return false, nil
	}
	var before []string
	for from := 0; ; {
		i := strings.Index(doc[from:], key)
		if i < 0 {
			return false, before
		}
		i += from
		end := i + len(key)
		from = i + 1
		if i > 0 && isAlnumByte(doc[i-1]) || end < len(doc) && isAlnumByte(doc[end]) {
			continue
		}
		prev, after := doc[max(0, i-len(brand)-4):i], doc[end:min(len(doc), end+160)]
		if brand != "" && (strings.HasSuffix(prev, " "+brand+" ") || strings.HasSuffix(prev, "\n"+brand+" ") ||
			strings.HasSuffix(prev, brand+"'s ") || strings.HasSuffix(prev, brand+"’s ")) {
			return true, nil
		}
		if strings.HasSuffix(doc[max(0, i-5):i], " our ") && len(after) > 1 && after[0] == ' ' && ownNouns[firstWord(after[1:])] {
			return true, nil
		}
		if ownPhrase(after, brand) || exceptedOwn(doc[max(0, i-120):i]) {
			return true, nil
		}
		if words && len(before) < 4 && i > 1 && doc[i-1] == ' ' {
			j := i - 1
			for j > 0 && isLetterByte(doc[j-1]) {
				j--
			}
			if w := doc[j : i-1]; len(w) > 2 && w != brand && !slices.Contains(before, w) && !c.ix.grammar[w] && !parties[w] &&
				!c.english(w) && !commonCapitalised[w] {
				before = append(before, w)
			}
		}
	}
}

// exceptedOwnRE ends a text, in lower case, with the author's offerings
// and a word that excepts from them the names that follow: "for all our
// apps except for ", "our products other than basecamp and ". A name
// excepted from what is the author's is one of them: "We keep this
// record forever for all our apps except for HEY" names no party.
var exceptedOwnRE = mustPattern(`\bour\s+(?:other\s+|own\s+)?([a-z]+),?\s+(?:except(?:\s+for)?|excepting|other\s+than|apart\s+from|but\s+not|besides|with\s+the\s+exception\s+of)\s+(?:[\w.'’-]+(?:,\s*|\s+(?:and|or)\s+))*$`)

// exceptedOwn reports prev, the lower-cased text before a name, ending
// in exceptedOwnRE with an offering's noun (ownNouns) as its head.
func exceptedOwn(prev string) bool {
	if !strings.Contains(prev, "our ") {
		return false
	}
	m := exceptedOwnRE.FindStringSubmatch(prev)
	return m != nil && ownNouns[m[1]]
}

// firstWord returns the letters that start s.
func firstWord(s string) string {
	j := 0
	for j < len(s) && isLetterByte(s[j]) {
		j++
	}
	return s[:j]
}

// ownPhrase reports a phrase right after a name, in lower case, that
// gives it as the author's offering: ", a microsoft product", " is the
// gaming and entertainment division of microsoft", ", our file service".
// The phrase's head, its last word before "of", "from", "by" or the end
// of the clause, must be an offering; the author must be named in it or
// right after it.
func ownPhrase(after, brand string) bool {
	var rest string
	switch {
	case strings.HasPrefix(after, ", "):
		rest = after[2:]
	case strings.HasPrefix(after, " is "):
		rest = after[4:]
	default:
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 {
		return false
	}
	switch ws[0] {
	case "a", "an", "the", "our":
	default:
		return false
	}
	ours := ws[0] == "our"
	head := ""
	for k, w := range ws[1:min(len(ws), 9)] {
		word := strings.TrimRight(w, ",.;:)")
		if word == "of" || word == "from" || word == "by" {
			if brand != "" && k+2 < len(ws) && strings.TrimRight(ws[k+2], ",.;:)") == brand {
				ours = true
			}
			break
		}
		if brand != "" && (word == brand || word == brand+"'s" || word == brand+"’s") {
			ours = true
		}
		head = word
		if word != w { // the clause ends
			break
		}
	}
	return ours && ownNouns[head]
}

// postalTownRE is what follows the town of a postal address: a state, in
// letters or in words, and a postcode ("Boca Raton, FL 33487",
// "San Francisco, California 94105").
var postalTownRE = mustPattern(`^,?\s+(?:[A-Z]{2}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\.?,?\s+\d{4,5}(?:-\d{4})?\b`)

// stateAfterRE is a state written after a town: "Menlo Park, CA",
// "Los Angeles, California".
var stateAfterRE = mustPattern(`^,\s+([A-Z]{2}|\p{Lu}\p{Ll}+)\b`)

// town reports a town, which no data is shared with, as text writes it:
// before a state and a postcode, as a postal address has it ("Boca Raton,
// FL 33487"), or a place WordNet knows before a state that is no country
// ("San Francisco, California", "Menlo Park, CA"). A country before
// another is a destination in a list ("Costa Rica, Panama"), and a
// company at an address is named before the street ("Quillmark
// Payments, 500 Main Street").
func (c *classifier) town(text, e string) bool {
	place := -1 // whether WordNet knows e only as a place, when first asked
	for rest := text; ; {
		i := strings.Index(rest, e)
		if i < 0 {
			return false
		}
		rest = rest[i+len(e):]
		if postalTownRE.MatchString(rest) {
			return true
		}
		m := stateAfterRE.FindStringSubmatch(rest)
		if m == nil || c.ix.countries[m[1]] {
			continue
		}
		if place < 0 {
			place = 0
			if c.onlyPlace(e) {
				place = 1
			}
		}
		if place == 1 && (len(m[1]) == 2 || c.onlyPlace(m[1])) {
			return true
		}
	}
}

// onlyPlace reports a name WordNet knows as a noun of places alone:
// "San Francisco", "California"; not "Amazon" or "Santander Bank".
func (c *classifier) onlyPlace(e string) bool {
	es := wordNet().entries(strings.ToLower(strings.ReplaceAll(e, " ", "_")))
	return len(es) > 0 && !slices.ContainsFunc(es, func(x lexEntry) bool { return x.pos != "n" || x.lexfile != 15 })
}

// cookieName reports a name written in a table of cookies (its header or
// its heading says so), in the column of the cookies' names, or written
// as an identifier (see identifierName): "adImpCount" in "| turn.com |
// adImpCount, fc, pf | Third Party |" under "| Cookie Subgroup | Cookies
// | Cookies used |". A cookie is a tracker, not a party; the provider in
// the column beside it is a party.
func (c *classifier) cookieName(text, e string) bool {
	if !strings.Contains(text, "|") {
		return false
	}
	header := c.leadIn()
	if header == "" {
		return false
	}
	heads := cellsOf(header)
	cookies := strings.Contains(strings.ToLower(header), "cookie")
	if n := len(c.section); n > 0 && strings.Contains(strings.ToLower(c.section[n-1]), "cookie") {
		cookies = true
	}
	if !cookies {
		return false
	}
	if identifierName(e) {
		return true
	}
	key := strings.Join(rawWords(stripMarkdown(e)), " ")
	for line := range strings.SplitSeq(text, "\n") {
		for k, cell := range cellsOf(line) {
			if k >= len(heads) || !hasWordAt(strings.Join(rawWords(stripMarkdown(cell)), " "), key) {
				continue
			}
			// The column holds cookies' names when its header ends in
			// cookies ("Cookies", "Cookies used", "Name of cookie"), or
			// says name ("Name", "Cookie name"); a "Cookie Subgroup", a
			// "Cookie provider" or a "Company name" column holds others.
			if h := rawWords(strings.ToLower(stripMarkdown(heads[k]))); len(h) > 0 {
				switch last := h[len(h)-1]; {
				case last == "cookie" || last == "cookies" || last == "used":
					return true
				case (last == "name" || last == "names") && (len(h) == 1 || slices.Contains(h, "cookie")):
					return true
				}
			}
		}
	}
	return false
}

// identifierName reports a name written as a program names a value, the
// way cookies are named and companies are not: a word of four letters or
// more with digits after them ("UserID1", "rlas3"), a word holding
// "cookie" ("TESTCOOKIESENABLED"), or a word that starts with a small
// letter and goes on with capitals ("adImpCount"). "G2" and "eBay" are
// companies.
func identifierName(e string) bool {
	if strings.ContainsRune(e, ' ') {
		return false
	}
	letters := strings.TrimRightFunc(e, unicode.IsDigit)
	if letters != e && len(letters) >= 4 && strings.IndexFunc(letters, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
		return true
	}
	if le := strings.ToLower(e); le != "cookie" && le != "cookies" && strings.Contains(le, "cookie") {
		return true
	}
	upper := 0
	for _, r := range e {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return camelName(e) && upper >= 2
}

// lawCitation reports an abbreviation of a law's citation: a short word
// cut by a full stop, with a section sign a few words on ("Cal" and "Civ"
// in "Cal. Civ. Code § 1798.100", "Tex" in "Tex. Bus. & Com. Code §
// 541"). A citation names a rule, not a party; a company's name before a
// sentence that starts with "Code" is not one ("Zorbix. Code we write").
func lawCitation(text, e string) bool {
	if len(e) > 5 || strings.ContainsRune(e, ' ') {
		return false
	}
	for rest := text; ; {
		i := strings.Index(rest, e+".")
		if i < 0 {
			return false
		}
		rest = rest[i+len(e)+1:]
		if start := len(text) - len(rest) - len(e) - 1; start > 0 && isAlnumByte(text[start-1]) {
			continue
		}
		for k, w := range strings.Fields(rest) {
			if k == 6 {
				break
			}
			if strings.HasPrefix(w, "§") {
				return true
			}
		}
	}
}

// lawAcronyms are the initials of data protection laws, in their own
// languages: a rule, no party, whichever the text writes ("DSGVO" →
// "GDPR", b48-24).
var lawAcronyms = map[string]bool{
	"GDPR": true, "UK GDPR": true, "EU GDPR": true, "DSGVO": true, "EU-DSGVO": true, "RGPD": true, "LGPD": true,
	"CCPA": true, "CPRA": true, "VCDPA": true, "CDPA": true, "PIPEDA": true, "APPI": true, "PIPL": true,
	"POPIA": true, "KVKK": true, "BDSG": true, "TTDSG": true, "LOPD": true, "LOPDGDD": true, "nDSG": true,
	"nLPD": true, "FADP": true, "COPPA": true, "HIPAA": true, "FERPA": true, "GLBA": true,
	"CalOPPA": true, "CAN-SPAM": true, "PECR": true, "CTDPA": true, "UCPA": true, "nFADP": true,
}

// lawQualified reports a law's initials after a word or two that say
// whose law it is: "Swiss FADP", "Japan's APPI" (batch 370, a lawyer
// localising for Switzerland and Japan, read them "New recipient"). The
// words before are capitalised and no company's form.
func lawQualified(e string) bool {
	ws := strings.Fields(e)
	if len(ws) < 2 || len(ws) > 3 || !lawAcronyms[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !isName(w) || corporate[nameFormWord(strings.ToLower(w))] {
			return false
		}
	}
	return true
}

// sameLaw reports two initials of one law: the GDPR in German, French or
// its EU form, the Swiss act in German, French or English, the CCPA as the
// CPRA amended it. Another law is another regime: "GDPR" → "LGPD" counts.
func sameLaw(a, b string) bool {
	key := func(s string) string {
		switch s {
		case "GDPR", "EU GDPR", "DSGVO", "EU-DSGVO", "RGPD":
			return "GDPR"
		case "CCPA", "CPRA":
			return "CCPA"
		case "nDSG", "nLPD", "FADP":
			return "FADP"
		case "LOPD", "LOPDGDD":
			return "LOPD"
		}
		return s
	}
	return a != b && lawAcronyms[a] && lawAcronyms[b] && key(a) == key(b)
}

// lawWords end the name of a law.
var lawWords = map[string]bool{"Act": true, "Acts": true, "Regulation": true, "Directive": true, "Code": true, "Law": true, "Statute": true, "Ordinance": true, "Convention": true, "Treaty": true}

// instrumentWords end the name of an instrument of transfer or of a
// contract between controller and processor: "Addendum", "Clauses",
// "Framework".
var instrumentWords = map[string]bool{"Addendum": true, "Clauses": true, "Framework": true}

// instrumentInner are the common words an instrument's or a law's name
// goes on in after the name found before them: "Data Transfer",
// "Data Protection", "Contractual".
var instrumentInner = map[string]bool{"Data": true, "Transfer": true, "Protection": true, "Privacy": true, "Contractual": true, "Processing": true}

// lawName reports a name followed by the word that makes it a law's: "US
// Federal Stored Communications" in "the US Federal Stored Communications
// Act, 18 U.S.C." A law names a rule, not a party. The word must end the
// name: "Baker Law Group" is a firm.
func lawName(text, e string) bool {
	for at := 0; ; {
		i := strings.Index(text[at:], e)
		if i < 0 {
			return false
		}
		at += i + len(e)
		rest, ok := strings.CutPrefix(text[at:], " ")
		if !ok {
			continue
		}
		w := rest
		if j := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
			w = rest[:j]
		}
		// An instrument's name may go on in common words before the
		// word that makes it one: "UK International" in "the UK
		// International Data Transfer Addendum".
		for k := 0; k < 3 && !lawWords[w] && !instrumentWords[w] && instrumentInner[w]; k++ {
			next, ok := strings.CutPrefix(rest[len(w):], " ")
			if !ok {
				break
			}
			rest, w = next, next
			if j := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
				w = next[:j]
			}
		}
		if !lawWords[w] && !instrumentWords[w] {
			continue
		}
		next := strings.TrimLeft(rest[len(w):], " ")
		if next == "" || !unicode.IsUpper([]rune(next)[0]) {
			return true
		}
	}
}

// cellsOf returns the cells of a table row, without the pipes at its ends.
func cellsOf(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimSuffix(strings.TrimPrefix(row, "|"), "|")
	return strings.Split(row, "|")
}

// vocabularyName reports a capitalised name every word of which is a term
// of the rules with an English ending, though no dictionary knows it: the
// "Subprocessor" of "[Subprocessor listing]", "Subprocessors". A coined
// name ("Zentrova") is none, and so is an acronym ("SSL"): a standard's or
// a party's name.
func (c *classifier) vocabularyName(e string) bool {
	for _, w := range strings.Fields(e) {
		if lw := possessive(w); !c.vocabularyWord(lw) || c.english(lw) || upperCase(w) {
			return false
		}
	}
	return e != ""
}

// writingNouns are the writings a name's possessive may stand before:
// "David's post", "Jason's blog post".
var writingNouns = map[string]bool{"post": true, "posts": true, "blog": true, "article": true, "essay": true,
	"announcement": true, "video": true, "podcast": true, "tweet": true, "newsletter": true, "book": true}

// writingAuthor reports a name text writes only as the author of a
// writing: "[link to David's u.b.c post]". Its possessive is followed,
// within three words, by a writing; an author gets no one's data.
func writingAuthor(text, e string) bool {
	if !strings.Contains(text, e+"'s ") && !strings.Contains(text, e+"’s ") {
		return false
	}
	found := false
	for _, after := range occurrences(text, e) {
		tail, ok := strings.CutPrefix(after, "'s ")
		if !ok {
			tail, ok = strings.CutPrefix(after, "’s ")
		}
		if !ok {
			return false
		}
		ws := strings.Fields(tail)
		ok = false
		for k := 0; k < len(ws) && k < 3; k++ {
			if writingNouns[strings.ToLower(strings.Trim(ws[k], ".,;:)]"))] {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
		found = true
	}
	return found
}

// staffContact reports a person text names as whom to contact at the
// author: "contact Jeremy Daer at Basecamp". The author's own staff is
// the controller, a contact to write to, not a party data goes to.
func (c *classifier) staffContact(old bool, text, e string) bool {
	b := c.brand(old)
	if b == "" || !strings.Contains(text, e+" at "+b) {
		return false
	}
	for _, w := range wordsBefore(text, e, " ") {
		if lw := strings.ToLower(w); lw != "contact" && lw != "contacting" {
			return false
		}
	}
	return true
}

// headingCited reports a name of dictionary words inside the title of a
// heading of the text, when text writes that whole title: "scroll down to
// How to Reach Us", "the section below on Controllers and Responsible
// Companies" point to a part of the policy. A title of one name alone is
// not cited so ("### Zentrova").
func (c *classifier) headingCited(old bool, text, e string) bool {
	titles := c.titlesWith(old, e)
	for title := range strings.SplitSeq(titles, "\n") {
		if title != "" && strings.Contains(text, title) {
			return true
		}
	}
	return false
}

// titlesWithText returns, a line each, the titles of the old (or new)
// text's headings that write e among more words.
func (c *classifier) titlesWithText(old bool, e string) string {
	var out []string
	for _, b := range c.side(old).blocks {
		if b.Kind != markdown.HeadingBlock || !strings.Contains(b.Text, e) {
			continue
		}
		title := plainTitle(strings.TrimLeft(b.Text, "# "))
		if title != e && len(strings.Fields(title)) > len(strings.Fields(e)) && !strings.Contains(title, "\n") {
			out = append(out, title)
		}
	}
	return strings.Join(out, "\n")
}

// titleInfinitive reports a name that a bold lead ending in ":" (of the
// line it stands in) writes
// after "to", its first word a verb, the lead in capitals as a title is
// (a pronoun capitalised): "**Set Your Browser to Reject Cookies:**" asks
// the reader to do a thing; "**Sending Your Data to Acme Analytics:**"
// names a party (no verb).
func titleInfinitive(text, e string) bool {
	line := text
	if i := strings.Index(text, e); i >= 0 {
		start := strings.LastIndexByte(text[:i], '\n') + 1
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text) - i
		}
		line = text[start : i+end]
	}
	lead, ok := boldLead(line)
	if !ok || !strings.Contains(lead, " to "+e) || !strings.HasSuffix(lead, e) && !strings.Contains(lead, e+" ") {
		return false
	}
	titled := false
	for _, w := range strings.Fields(lead) {
		switch w {
		case "Your", "Our", "My", "Their", "You", "We":
			titled = true
		}
	}
	first, _, _ := strings.Cut(e, " ")
	verb := false
	for _, x := range wordNet().entries(strings.ToLower(first)) {
		verb = verb || strings.ContainsRune(x.pos, 'v')
	}
	return titled && verb && strings.Count(text, e) == 1
}

// boldLead returns the words of a bold lead ending in ":" that opens
// text, past a list's mark: "**Set Your Browser to Reject Cookies:**".
func boldLead(text string) (string, bool) {
	t := strings.TrimSpace(text)
	if len(t) > 1 && strings.ContainsRune("*-+", rune(t[0])) && (t[1] == ' ' || t[1] == '\t') {
		t = strings.TrimSpace(t[1:])
	}
	rest, ok := strings.CutPrefix(t, "**")
	if !ok {
		return "", false
	}
	lead, after, ok := strings.Cut(rest, "**")
	if !ok || !strings.HasSuffix(lead, ":") && !strings.HasPrefix(after, ":") {
		return "", false
	}
	return strings.TrimSuffix(lead, ":"), true
}

// ordinaryWords reports a name every word of which is English or a term
// of the rules: "Block Trackers".
func (c *classifier) ordinaryWords(e string) bool {
	for _, w := range strings.Fields(e) {
		if lw := possessive(w); !c.english(lw) && !c.vocabularyWord(lw) {
			return false
		}
	}
	return e != ""
}

// plainTitle is a title as a reader sees it: without Markdown, its bold
// or italic marks, or spaces around it ("**Your Rights**" is "Your
// Rights"). A heading's is read after its "#" marks are cut.
func plainTitle(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(stripMarkdown(s)), "*_"))
}
