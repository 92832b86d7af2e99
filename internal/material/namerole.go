package material

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name added to or taken from a policy is material, and of which
// category, by the role it plays in its clause, not by being a name: a
// company data is given to is a recipient ("we share it with Mailgun"), a
// company that says who "we" are is the controller ("operated by Acme
// Ltd"), the body a reader complains to is a right, the place the reader
// lives says whom a commitment is for, a browser the reader sets is about
// cookies, a product of the author's is what the policy covers; and a
// seal or a logo shown on the page commits to nothing. The role is read
// from the grammar around the name (the verb it is the object or the
// agent of, the preposition before it) and from the role noun it stands
// in apposition to ("Stripe, our payment processor", "the Chrome
// browser"). Each word list below is a closed class: the parties the law
// names (GDPR Art. 4(7)-(10), 27, 37, 51; CCPA § 1798.140), the verbs of
// giving the law defines (a disclosure, a transfer, a sale), the
// prepositions of place and of agency.

// The roles nameRole returns besides a category's id.
const (
	givenTo       = "given to"  // the noun of a name data is given to, which no other word of the sentence outweighs
	roleAside     = "aside"     // a name that commits to nothing: a seal, a logo
	roleLabel     = "label"     // the name of a setting, a law or a page: the sentence's own category
	roleResidence = "residence" // where the reader lives: the sentence's own category, never a transfer
)

// appositionNouns are the nouns a name is put in apposition to, and the role
// each says: "Stripe, our payment processor", "the Chrome browser", "the
// TRUSTe seal". Plurals are found by their singular.
var appositionNouns = map[string]string{
	// Whom data is given to: the parties of GDPR Art. 4(8)-(10) and the
	// CCPA's "service provider", "contractor", "third party".
	"processor": "recipients", "subprocessor": "recipients", "sub-processor": "recipients", "provider": "recipients",
	"vendor": "recipients", "partner": "recipients", "advertiser": "recipients", "network": "recipients",
	"affiliate": "recipients", "subsidiary": "recipients", "subsidiaries": "recipients", "contractor": "recipients",
	"supplier": "recipients", "agency": "recipients", "agencies": "recipients", "bureau": "recipients", "recipient": "recipients",
	// Who is responsible: the controller, its representative and its
	// officer (Art. 4(7), 27, 37).
	"controller": "identity", "officer": "identity", "dpo": "identity", "representative": "identity",
	"headquarters": "identity", "operator": "identity",
	// Whom the reader complains to (Art. 51, 77).
	"authority": "rights", "authorities": "rights", "regulator": "rights", "commissioner": "rights",
	"ombudsman": "rights", "court": "rights", "tribunal": "rights",
	// What tracks the reader, or the tool the reader blocks it with.
	"browser": "cookies", "cookie": "cookies", "pixel": "cookies", "sdk": "cookies", "tag": "cookies",
	"plugin": "cookies", "plug-in": "cookies", "beacon": "cookies", "tracker": "cookies",
	// What the reader sets, or the law or page a sentence points to:
	// the sentence says what it is about.
	"setting": roleLabel, "settings": roleLabel, "option": roleLabel, "toggle": roleLabel, "button": roleLabel,
	"menu": roleLabel, "tab": roleLabel, "switch": roleLabel, "label": roleLabel,
	"act": roleLabel, "law": roleLabel, "framework": roleLabel, "regulation": roleLabel, "directive": roleLabel,
	// Shown on the page, committing to nothing.
	"seal": roleAside, "badge": roleAside, "logo": roleAside, "trademark": roleAside, "icon": roleAside,
}

// productNouns are what the author offers: after "our", or after a name
// the sentence says the policy covers, a product the policy governs.
var productNouns = map[string]bool{"app": true, "application": true, "product": true, "service": true, "services": true,
	"website": true, "site": true, "platform": true, "software": true, "game": true}

// givingStems are the acts by which data goes to a party, the object of
// "with" or "to" (GDPR Art. 4(2) "disclosure by transmission …, or
// otherwise making available"; the CCPA's "sell" and "share"). Matched by
// stem.
var givingStems = []string{"shar", "disclos", "transfer", "sell", "sold", "provid", "pass", "send", "sent", "giv", "gave",
	"transmit", "rent", "licens", "report", "forward", "available", "submit", "expos", "reveal", "supply", "supplie", "sync"}

// agentVerbs are the acts a party does to data on the author's behalf,
// whose agent follows "by": "processed by", "hosted by", "powered by".
var agentVerbs = []string{"process", "host", "stor", "provid", "sent", "handl", "manag", "collect", "power", "deliver",
	"analys", "analyz", "perform", "support", "serv", "run", "receiv", "transmit", "maintain", "offer", "facilitat"}

// controlVerbs name who answers for the data: "operated by", "owned by".
var controlVerbs = map[string]bool{"operated": true, "owned": true, "controlled": true}

// engageVerbs are the author's engaging of a party: "we use Mailgun", "we
// rely on Twilio", "we work with LiveRamp".
var engageVerbs = map[string]bool{"use": true, "uses": true, "used": true, "using": true, "engage": true, "engages": true, "engaged": true,
	"utilise": true, "utilize": true, "utilises": true, "utilizes": true, "employ": true, "employs": true, "integrate": true,
	"integrates": true, "retain": true, "contract": true, "rely": true, "relies": true, "partner": true, "partnered": true, "work": true, "works": true}

// subjectVerbs are the acts a party does with data as the subject of its
// clause: "Intercom may process your contact information", "Twilio sends
// the codes", "Cloudflare is used as a caching proxy".
var subjectVerbs = []string{"receiv", "process", "host", "store", "access", "collect", "send", "provid", "analys", "analyz",
	"handl", "log", "help", "deliver", "track", "obtain", "manag", "power", "verif", "authenticat"}

// roleWords are a clause's words around a name: before it (nearest last)
// and after it, folded, with whether a comma or a bracket sets the name
// apart from the words before or after (an apposition).
type roleWords struct {
	pre                            string // the words before the name, as written
	image                          bool   // the name is an image's text: "![TRUSTe](…seal…)"
	listAfter                      bool   // another name follows, after a comma
	before, after                  []string
	commaBefore, setAfter, weGloss bool // weGloss: "(“we”, “us”)" after the name
}

// wordsAround returns the words of the sentence of text that names e,
// around its first mention; ok false when text does not name e.
func wordsAround(text, e string) (rw roleWords, ok bool) {
	i := nameIndex(text, e)
	if _, last, cut := strings.Cut(e, ", "); i < 0 && cut {
		// "Dr, Christoph Bauer", read from "Prof. Dr. Christoph Bauer".
		e, i = last, nameIndex(text, last)
	}
	if i < 0 {
		return rw, false
	}
	return wordsAt(text, e, i), true
}

// wordsAt returns the words of the sentence of text around the mention of
// e at i.
func wordsAt(text, e string, i int) (rw roleWords) {
	rw.image = strings.HasSuffix(text[:i], "![")
	start := strings.LastIndexAny(text[:i], ".;!?|\n")
	for start >= 0 && text[start] == '.' && (start+1 < len(text) && !unicode.IsSpace(rune(text[start+1])) || endsAbbreviated(text[:start])) {
		start = strings.LastIndexAny(text[:start], ".;!?|\n") // "sr.ht", "e.g.", "Prof. Dr.": no sentence's end
	}
	end := i + len(e)
	rest := text[end:]
	stop := len(rest)
	for j := 0; j < len(rest); j++ {
		if b := rest[j]; b == ';' || b == '\n' || b == '|' || b == '!' || b == '?' || b == '.' && (j+1 == len(rest) || rest[j+1] == ' ') {
			stop = j
			break
		}
	}
	pre, post := text[start+1:i], rest[:stop]
	for _, mark := range [...][2]string{{"**", "**"}, {"“", "”"}, {"\"", "\""}} {
		// A label in bold or quotation marks ("**Allow Apps to Request to
		// Track** setting"): the noun after it says what it labels.
		if strings.HasSuffix(pre, mark[0]) {
			if k := strings.Index(post, mark[1]); k >= 0 && k < 80 {
				post = post[k+len(mark[1]):]
			}
			break
		}
	}
	pre = strings.TrimRight(pre, " [*_\"“")
	rw.commaBefore = strings.HasSuffix(pre, ",") || strings.HasSuffix(pre, "(") || strings.HasSuffix(pre, ":")
	post = strings.TrimLeft(post, "]*_\"”")
	if strings.HasPrefix(post, "(http") {
		if k := strings.IndexByte(post, ')'); k > 0 {
			post = post[k+1:]
		}
	}
	if p, ok := strings.CutPrefix(post, ","); ok {
		// "Fitbit, Pixel Watch": a list runs on, no gloss of the name.
		p = strings.TrimLeft(p, " *_[")
		r, _ := utf8.DecodeRuneInString(p)
		rw.listAfter = unicode.IsUpper(r)
	}
	rw.setAfter = strings.HasPrefix(post, ",") || strings.HasPrefix(post, " (") || strings.HasPrefix(post, "(") || strings.HasPrefix(post, " –") || strings.HasPrefix(post, " —") || strings.HasPrefix(post, ":")
	if p := strings.TrimLeft(post, " "); strings.HasPrefix(p, "(") {
		if k := strings.IndexByte(p, ')'); k > 0 {
			rw.weGloss = weDefinedRE.MatchString(p[:k])
		}
	}
	rw.pre = pre
	rw.before = roleFields(pre, 10, true)
	rw.after = roleFields(post, 10, false)
	return rw
}

// nameIndex is where text first names e as a whole word.
func nameIndex(text, e string) int {
	for from := 0; ; {
		i := strings.Index(text[from:], e)
		if i < 0 {
			return -1
		}
		i += from
		before, after := i == 0 || !isWordByte(text[i-1]) || quoteMarked(text[:i], true), i+len(e) == len(text) || text[i+len(e)] == '-' || !isWordByte(text[i+len(e)]) || quoteMarked(text[i+len(e):], false)
		if before && after {
			return i
		}
		from = i + 1
	}
}

// quoteMarked reports s ending (before) or starting with a curly
// quotation mark, which sets a name apart as a space does: "the “My
// Post” login".
func quoteMarked(s string, before bool) bool {
	for _, q := range [...]string{"“", "”", "‘", "’"} {
		if before && strings.HasSuffix(s, q) || !before && strings.HasPrefix(s, q) && q != "’" {
			return true
		}
	}
	return false
}

// roleFields folds at most n words of s, the last ones when last.
func roleFields(s string, n int, last bool) []string {
	ws := strings.Fields(s)
	if last && len(ws) > n {
		ws = ws[len(ws)-n:]
	} else if !last && len(ws) > n {
		ws = ws[:n]
	}
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if strings.HasPrefix(w, "(http") || strings.HasPrefix(w, "](") {
			continue
		}
		w = strings.ToLower(strings.Trim(w, ",;:.()[]\"“”'‘’*_!?-"))
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w != "" && w != "&" && w != "-" {
			out = append(out, w)
		}
	}
	return out
}

// nameRole returns the role the name e plays in text, a sentence that
// names it: a category's id, roleAside, roleLabel or roleResidence, and
// the noun a reason names it by; "" when the clause says none.
func (c *classifier) nameRole(text, e string) (role, noun string) {
	rw, ok := wordsAround(text, e)
	if !ok {
		return "", ""
	}
	if rw.image {
		return roleAside, "" // a logo or a seal, shown
	}
	if c.readerClass(rw.after) || readersNamed(e) {
		// "Verizon Value customers may email us", "EU residents have
		// rights": whom the sentence is for.
		return roleResidence, ""
	}
	place := c.ix.countries[e] || c.worldPlace(e) // worldplace.go
	if place {
		// A place is no party: what it is the place of, the grammar says.
		return c.grammarRole(rw, true)
	}
	if r, n := c.appositionRole(rw); r != "" {
		return r, n
	}
	if len(rw.after) > 1 && rw.after[0] == "branded" && productNouns[strings.TrimSuffix(rw.after[1], "s")] {
		// "Xumo-branded Services": products by their brand.
		return "scope", "product covered"
	}
	return c.grammarRole(rw, false)
}

// readersNamed reports a capitalised name that is itself a class of the
// policy's readers, no company: "(Oregon Residents Only)", "EU Users".
func readersNamed(e string) bool {
	ws := strings.Fields(e)
	for _, w := range ws {
		if corporateWord(w) {
			return false
		}
	}
	for _, w := range ws {
		if readerNouns[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// appositionRole reads the role noun a name is put beside: right after
// it ("the Chrome browser", "Stripe, our payment processor") or right
// before it ("our payment processor, Stripe", "the browser Chrome").
func (c *classifier) appositionRole(rw roleWords) (string, string) {
	// After: the head of the noun phrase the name modifies ("the Chrome
	// browser", "the Xumo mobile app"), or of the phrase that glosses it
	// ("Stripe, our payment processor, …"): a role noun with no noun
	// after it ("cookie ID" is an identifier, "pixel partners" partners).
	limit := 2
	if rw.setAfter {
		limit = 4
	}
	for i, w := range rw.after {
		if rw.listAfter || i >= limit || c.ix.modal[w] || verbLike(w) || i > 0 && notNoun(w) {
			break
		}
		if isDeterminer(w) {
			continue
		}
		next := ""
		if i+1 < len(rw.after) {
			next = rw.after[i+1]
		}
		head := next == "" || verbLike(next) || c.ix.modal[next] || notNoun(next) || isDeterminer(next) ||
			appositionNouns[w] == roleAside && (next == "image" || next == "graphic") // "the TRUSTe seal image"
		if r, ok := nounRole(w); ok && head {
			if !c.officerOf(rw.after[:i], w) {
				break
			}
			return r, w
		}
		if productNouns[w] && head {
			if !rw.setAfter && len(rw.before) > 0 && rw.before[len(rw.before)-1] == "our" {
				return "scope", "product covered"
			}
			break // "Xumo, a streaming service": what kind, not whose
		}
	}
	// Before: "the browser Chrome" right before; "our payment processor,
	// Stripe" set apart by a comma, a phrase with its own article and no
	// list around it ("such as the Like button, Pinterest" lists).
	n := len(rw.before)
	if n == 0 {
		return "", ""
	}
	if r, ok := nounRole(rw.before[n-1]); ok && c.officerOf(rw.before[:n-1], rw.before[n-1]) {
		if !rw.commaBefore {
			if n > 1 && (isDeterminer(rw.before[n-2]) || n > 2 && isDeterminer(rw.before[n-3])) {
				return r, rw.before[n-1]
			}
			return "", ""
		}
		if !rw.setAfter && len(rw.after) > 0 && (c.ix.modal[rw.after[0]] || notNoun(rw.after[0])) {
			return "", "" // "through the app settings, MyVodafone will send": the name opens a clause
		}
		article := false
		for k := n - 2; k >= 0 && k >= n-4; k-- {
			switch w := rw.before[k]; {
			case listWord(w) && w != "and" && w != "or":
				return "", ""
			case isDeterminer(w):
				article = true
			}
		}
		if article {
			return r, rw.before[n-1]
		}
	}
	return "", ""
}

// officerOf reports a role noun that says a role of its own: any but
// "officer", which does where data protection or privacy is its field
// ("data protection officer", not "chief medical officer").
func (c *classifier) officerOf(before []string, noun string) bool {
	if noun != "officer" && noun != "officers" {
		return true
	}
	for _, w := range before[max(0, len(before)-2):] {
		if w == "protection" || w == "privacy" || w == "compliance" {
			return true
		}
	}
	return false
}

// notNoun reports a word whose commonest sense WordNet gives as a verb or
// an adverb: it ends a noun phrase ("see", "please", "also").
func notNoun(w string) bool {
	e := wordNet().entries(w)
	return len(e) > 0 && (e[0].pos[0] == 'v' || e[0].pos[0] == 'r')
}

// nounRole is the role of a role noun, its plural found by its singular.
func nounRole(w string) (string, bool) {
	if r, ok := appositionNouns[w]; ok {
		return r, true
	}
	if s := strings.TrimSuffix(w, "s"); s != w && w != "acts" { // "X acts as": a verb
		r, ok := appositionNouns[s]
		return r, ok
	}
	return "", false
}

func isDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "our", "its", "their", "your", "his", "her", "this", "that", "which", "who", "as":
		return true
	}
	return false
}

// verbLike reports a word that ends a noun phrase: a finite verb or a
// preposition a role noun never stands after.
func verbLike(w string) bool {
	switch w {
	case "is", "are", "was", "were", "will", "may", "can", "to", "for", "of", "in", "on", "and", "or", "with", "by":
		return true
	}
	return false
}
