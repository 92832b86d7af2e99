package material

import (
	"strings"
	"unicode"
)

// The grammar of a name's clause (namerole.go): the verb and the
// preposition before it, the verb after it, the nouns for the readers
// around it.

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
	if prep == "with" && !place && (last(j+1) == "you" || readerNouns[last(j+1)]) && hasStem(last(j+2), []string{"provid", "suppl", "furnish", "equip"}) &&
		(last(j+3) == "to" || last(j+3) == "we" || c.ix.modal[last(j+3)] && last(j+4) == "we") {
		// "to provide you with Omni Lead Management Software": what
		// the author gives the reader, its product (b28-41); not what
		// "the organization that provides you with" it gives (b19-09).
		return "scope", "product covered"
	}
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
		if k := j + 1; engageVerbs[prep] && (last(k) == "we" || last(k) == "i" || last(k) == "also" || last(k) == "may" || last(k) == "currently" || last(k) == "and" || c.authorSubject(last(k), last(k+1))) || !engageVerbs[prep] {
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
		if k < len(a) && (!passive && !bare && hasStem(a[k], subjectVerbs) && !usedNouns[a[k]] || passive && a[k] == "used" && k+1 < len(a) && (a[k+1] == "as" || a[k+1] == "to")) {
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

// placeOfDataStems start the words that make a place where data is, not
// where the reader lives: "stored in", "servers in", "transferred from".
var placeOfDataStems = []string{"stor", "host", "transfer", "server", "process", "data", "cent", "infrastructure"}

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
var readerAsksRE = mustPattern(`(?i)(?:^|[,:;(]\s*|\b(?:please|you|to|may|can|should|must|also|directly|simply)\s+)(?:contact|write to|email|reach|complain to)(?:\s+(?:the|our))?\s*$`)

// adjective reports a word whose commonest sense is an adjective's: the
// "to" after it is its complement ("specific to", "similar to"), not the
// recipient of a verb of giving.
func adjective(w string) bool {
	e := wordNet().entries(w)
	return len(e) > 0 && (e[0].pos[0] == 'a' || e[0].pos[0] == 's')
}

// readerPlaceRE is the words before a place, or a list of places, that say
// the reader lives there: "for residents of countries in", "if you are
// located in the".
var readerPlaceRE = mustPattern(`(?i)\b(?:residents?|citizens?|users?|customers?|individuals|people|persons|members|consumers|visitors|you\s+(?:live|reside|are(?:\s+located|\s+based)?))\s+(?:of|in|from|within)(?:\s+(?:the\s+)?countries\s+(?:in|of))?(?:\s+the)?\s*$`)

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

// authorSubject reports the subject of a verb of engaging that is the
// author by name or its own product: "npm uses HubSpot to track …",
// "The npm website uses Optimizely to test …" (npm-035, npm-012) say
// what "we use Mailgun" says. w is the word right before the verb, before
// the one before that. A name opening the sentence is the author's where
// the policy gives no brand to compare with (npm's says "npm" and "we"
// alike); the reader ("you", "users") using a product is not the author
// engaging a party, nor is "your browser".
func (c *classifier) authorSubject(w, before string) bool {
	if w == "" || readerWords[w] || parties[w] || determiners[w] || readerWords[before] || before == "your" {
		return false
	}
	brand := strings.Fields(strings.ToLower(c.brand(false)))
	own := func(x string) bool { return len(brand) > 0 && x == brand[len(brand)-1] }
	if productNouns[w] {
		// "our website", "the npm website"; not "this website, using …",
		// where the reader visits it.
		return before == "our" || own(before) || len(brand) == 0 && before != "" && !determiners[before] && !c.english(before)
	}
	// A name opening the sentence, no English word, no word of a clause
	// ("When using the Tidewell login": the reader uses it).
	return own(w) || before == "" && len(brand) == 0 && len(w) > 1 && !c.english(w) && !subordinators[w] && !conjunctions[w] && !prepositions[w] && !pronouns[w]
}
