package material

import (
	"github.com/redline-legal/redline/internal/levenshtein"
	"github.com/redline-legal/redline/internal/redline"
	"regexp"
	"slices"
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
	return rw, true
}

// nameIndex is where text first names e as a whole word.
func nameIndex(text, e string) int {
	for from := 0; ; {
		i := strings.Index(text[from:], e)
		if i < 0 {
			return -1
		}
		i += from
		before, after := i == 0 || !isWordByte(text[i-1]), i+len(e) == len(text) || text[i+len(e)] == '-' || !isWordByte(text[i+len(e)])
		if before && after {
			return i
		}
		from = i + 1
	}
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
	if c.readerClass(rw.after) {
		// "Verizon Value customers may email us", "EU residents have
		// rights": whom the sentence is for.
		return roleResidence, ""
	}
	place := c.ix.countries[e]
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

// grammarRole reads the role from the verb and preposition around the
// name. place says e is a country or region.
func (c *classifier) grammarRole(rw roleWords, place bool) (string, string) {
	b, a := rw.before, rw.after
	n := len(b)
	last := func(k int) string {
		if k < n {
			return b[n-1-k]
		}
		return ""
	}
	// Skip the determiners and list words between the preposition and
	// the name: "with third parties such as", "to our partners, including".
	j := 0
	for j < n && (isDeterminer(last(j)) || listWord(last(j)) || honorific[last(j)]) {
		j++
	}
	prep := last(j)
	// The controller: "(“we”, “us”)", "X is the controller", "operated by X".
	if rw.weGloss {
		return "identity", "party"
	}
	if isAre(a) {
		for _, w := range a[1:min(len(a), 5)] {
			if w == "controller" || w == "controllers" || w == "responsible" || w == "operator" {
				return "identity", "party"
			}
		}
	}
	if prep == "by" && last(j+1) == "represented" {
		return "identity", "representative"
	}
	if prep == "by" && controlVerbs[last(j+1)] {
		// "This website is operated by X"; not "centres operated by X",
		// which says who runs them for the author.
		for k := j + 2; k < n && k <= j+6; k++ {
			if productNouns[last(k)] || last(k) == "policy" || last(k) == "notice" {
				return "identity", "party"
			}
		}
	}
	// Where the reader lives: "residents of", "users in", "if you live in",
	// "EU residents".
	if place {
		pre := rw.pre
		for m := placeListRE.FindStringIndex(pre); m != nil && m[0] < len(pre); m = placeListRE.FindStringIndex(pre) {
			pre = pre[:m[0]] // "residents of countries in the Middle East, Africa": the places before it
		}
		if c.residenceCue(b, j, a) || readerPlaceRE.MatchString(pre) {
			return roleResidence, ""
		}
	}
	// Whom data is given to: the object of a verb of giving, after "with"
	// or "to"; the agent of a processing verb after "by"; the party "we
	// use" or "rely on"; the subject of a verb of processing.
	if (prep == "with" || prep == "to") && !place && (!adjective(last(j+1)) || strings.HasSuffix(last(j+1), "ed")) {
		for k := j + 1; k < n && k <= j+6; k++ {
			if hasStem(last(k), givingStems) {
				return "recipients", givenTo
			}
		}
	}
	if prep == "by" && !place && hasStem(last(j+1), agentVerbs) {
		return "recipients", "processor"
	}
	if !place && (engageVerbs[prep] || prep == "on" && (last(j+1) == "rely" || last(j+1) == "relies") || prep == "with" && (last(j+1) == "work" || last(j+1) == "works" || last(j+1) == "partner" || last(j+1) == "partners")) {
		if k := j + 1; engageVerbs[prep] && (last(k) == "we" || last(k) == "i" || last(k) == "also" || last(k) == "may" || last(k) == "currently" || last(k) == "and") || !engageVerbs[prep] {
			return "recipients", "processor"
		}
	}
	if !place && len(a) > 0 {
		k, passive := 0, false
		for k < len(a) && k < 3 && (c.ix.modal[a[k]] || a[k] == "also" || a[k] == "then" || beForm(a[k])) {
			passive = passive || beForm(a[k])
			k++
		}
		// "Twilio sends the codes"; not "PDFs are powered by AI", where
		// the name is what is acted on.
		bare := k == 0 && strings.HasSuffix(a[k], "ed") // "Discount Items provided by …": a participle, no verb
		if k < len(a) && (!passive && !bare && hasStem(a[k], subjectVerbs) || passive && a[k] == "used" && k+1 < len(a) && (a[k+1] == "as" || a[k+1] == "to")) {
			return "recipients", "processor"
		}
	}
	// Where a tracker is set or read: "third-party cookies in Google
	// Chrome", "pixels on Instagram".
	if !place && (prep == "in" || prep == "on") && hasStem(last(j+1), []string{"cookie", "tracker", "pixel", "beacon"}) {
		return "cookies", "tracker"
	}
	// Whom the reader writes to: "contact Verizon Wireless", "write to X".
	if !place && readerAsksRE.MatchString(rw.pre) {
		return "rights", "party to write to"
	}
	// What the policy covers: "applies to X", "when you use X", "our X".
	if !place && (prep == "use" && last(j+1) == "you" && conditionWord(last(j+2)) || prep == "using" && (conditionWord(last(j+1)) || last(j+1) == "by")) ||
		prep == "to" && (last(j+1) == "applies" || last(j+1) == "apply") || prep == "covers" || prep == "governs" {
		return "scope", "product covered"
	}
	return "", ""
}

// listWord is a word that runs a list on to a name: "such as", "including".
func listWord(w string) bool {
	switch w {
	case "such", "as", "including", "like", "e.g", "namely", "and", "or", "other", "companies", "services", "parties", "third":
		return true
	}
	return false
}

func isAre(a []string) bool {
	return len(a) > 1 && (a[0] == "is" || a[0] == "are" || a[0] == "acts" || a[0] == "act" || a[0] == "remains")
}

// hasStem reports w a form of one of stems: the stem and at most an
// inflection ("receiv" + "es", "sent"), not a longer word that starts
// with it ("collectively").
func hasStem(w string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(w, s) && len(w)-len(s) <= 3 {
			return true
		}
	}
	return false
}

// residenceCue reports a place named as where the reader lives: after a
// noun for people the policy speaks of and "in", "from" or "of" ("users
// in", "members who join from"), after "you live in", "residents of";
// before such a noun ("EU residents", "EEA users").
func (c *classifier) residenceCue(b []string, j int, a []string) bool {
	n := len(b)
	last := func(k int) string {
		if k < n {
			return b[n-1-k]
		}
		return ""
	}
	if len(a) > 0 && (c.person(a[0]) || a[0] == "residents" || a[0] == "citizens" || a[0] == "individuals") {
		return true
	}
	prep := last(j)
	if prep != "in" && prep != "of" && prep != "from" && prep != "within" {
		return false
	}
	for k := j + 1; k < n && k <= j+4; k++ {
		w := last(k)
		if hasStem(w, placeOfDataStems) {
			return false // "servers in", "data stored in": where data is
		}
		switch w {
		case "live", "lives", "living", "reside", "resides", "residing", "resident", "residents", "citizens", "join", "joins", "individuals", "people", "persons":
			return true
		case "our", "its", "their", "the":
			return false
		}
		if c.person(w) {
			return last(k+1) != "our" && last(k+1) != "its"
		}
		if w == "you" {
			return true
		}
	}
	return false
}

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

// placeOfDataStems start the words that make a place where data is, not
// where the reader lives: "stored in", "servers in", "transferred from".
var placeOfDataStems = []string{"stor", "host", "transfer", "server", "process", "data", "cent", "infrastructure"}

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

// beForm is a form of "be", which makes a participle after it passive.
func beForm(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// conditionWord opens a clause of when or whether: "when you use X".
func conditionWord(w string) bool {
	switch w {
	case "when", "whenever", "if", "where", "while", "once", "before", "after":
		return true
	}
	return false
}

// readerAsksRE is the reader's act of asking a party, right before its
// name: "contact", "write to", "email", "complain to" at the start of a
// clause or after "please", "you", "to" or a modal; not a noun's
// ("Eyeota contact and Perion").
var readerAsksRE = regexp.MustCompile(`(?i)(?:^|[,:;(]\s*|\b(?:please|you|to|may|can|should|must|also|directly|simply)\s+)(?:contact|write to|email|reach|complain to)(?:\s+(?:the|our))?\s*$`)

// adjective reports a word whose commonest sense is an adjective's: the
// "to" after it is its complement ("specific to", "similar to"), not the
// recipient of a verb of giving.
func adjective(w string) bool {
	e := wordNet().entries(w)
	return len(e) > 0 && (e[0].pos[0] == 'a' || e[0].pos[0] == 's')
}

// misspeltWord reports a name of one word that is an ordinary word of the
// other side's changed words misspelt, a letter or two apart ("Hombe" →
// "Home"): a typo put right, or made, names no one.
func (c *classifier) misspeltWord(e string, other []string) bool {
	if strings.Contains(e, " ") || len(e) < 4 || c.english(e) {
		return false
	}
	le := strings.ToLower(e)
	for _, w := range other {
		if len(w) >= 3 && w[0] == le[0] && c.english(w) && levenshtein.Distance(le, w) <= max(1, min(2, len(w)/4)) {
			return true
		}
	}
	return false
}

// roleOf is nameRole's role alone.
func (c *classifier) roleOf(text, e string) string {
	r, _ := c.nameRole(text, e)
	return r
}

// namesAside reports text with a noun of a thing shown (appositionNouns'
// roleAside): only there can a name be one, and nameRole need be asked.
func namesAside(text string) bool {
	for _, w := range [...]string{"seal", "badge", "logo", "trademark", "icon", "!["} {
		if containsFold(text, w) {
			return true
		}
	}
	return false
}

// readerPlaceRE is the words before a place, or a list of places, that say
// the reader lives there: "for residents of countries in", "if you are
// located in the".
var readerPlaceRE = regexp.MustCompile(`(?i)\b(?:residents?|citizens?|users?|customers?|individuals|people|persons|members|consumers|visitors|you\s+(?:live|reside|are(?:\s+located|\s+based)?))\s+(?:of|in|from|within)(?:\s+(?:the\s+)?countries\s+(?:in|of))?(?:\s+the)?\s*$`)

// honorific are the titles written before a person's name: "Prof. Dr.
// Christoph Bauer" is represented by him, the titles aside.
var honorific = map[string]bool{"dr": true, "prof": true, "mr": true, "mrs": true, "ms": true}

// endsAbbreviated reports text ending in an abbreviation whose full stop ends
// no sentence: a title ("Dr"), a company's form ("Inc").
func endsAbbreviated(text string) bool {
	k := strings.LastIndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	switch text[k+1:] {
	case "Dr", "Prof", "Mr", "Mrs", "Ms", "St", "Inc", "Ltd", "Co", "Corp", "No":
		return true
	}
	return false
}

// readerNouns are the nouns for the people a policy speaks to, after a
// name that says which of them: "Verizon Value customers", "EU residents".
var readerNouns = map[string]bool{"customers": true, "users": true, "members": true, "subscribers": true, "residents": true,
	"citizens": true, "individuals": true, "consumers": true, "visitors": true, "players": true, "patients": true, "students": true}

// readerClass reports words after a name that make it a class of the
// policy's readers: a noun for them, after at most a few words joined by
// "or" or "and" ("Verizon Wireless or Home services customers").
func (c *classifier) readerClass(after []string) bool {
	for i, w := range after {
		if i > 3 || c.ix.modal[w] || beForm(w) || i > 0 && notNoun(w) && w != "or" && w != "and" {
			return false
		}
		if readerNouns[w] || c.person(w) && w != "partners" && w != "advertisers" {
			return true
		}
		if strings.HasSuffix(w, "s") && i+1 < len(after) && !readerNouns[after[i+1]] && !c.person(after[i+1]) {
			return false // "Crowdsignal helps site owners": a verb, not a modifier ("Home services customers")
		}
		if isDeterminer(w) || verbLike(w) && w != "or" && w != "and" {
			return false
		}
	}
	return false
}

// pronounUS reports "US" written as the pronoun in capitals, after a verb
// or preposition in capitals: "CONTACT US", "ABOUT US".
func (c *classifier) pronounUS(text, e string) bool {
	if e != "US" {
		return false
	}
	i := nameIndex(text, e)
	if i < 0 {
		return false
	}
	ws := strings.Fields(strings.TrimRight(text[:i], " *_[\"“"))
	if len(ws) == 0 {
		return false
	}
	w := strings.Trim(ws[len(ws)-1], "*_[\"“(")
	switch w {
	case "TO", "WITH", "ABOUT":
		return true // prepositions, which WordNet does not list
	}
	return len(w) > 1 && upperCase(w) && c.english(strings.ToLower(w)) && !c.ix.countries[w]
}
