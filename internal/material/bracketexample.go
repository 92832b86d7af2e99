package material

import (
	"slices"
	"strings"
)

// A clarifying example put in brackets after what a sentence already
// names ("web forms (for example, the contact form and the demo request
// form)", "legal process (such as a court order or search warrant)")
// names nothing new: the commitment is the same, and issue 8 counts
// "Session management (for example, keeping you signed in)" among the
// false alarms. So does a gloss that names the same thing again in other
// words ("authentication tokens (OAuth access and refresh tokens)"). The
// bracket names nothing new when it holds no figure or period, no name of
// a party, no word of force, and no term of the rulebook the sentence does
// not already write; otherwise the other rules judge it ("(for example,
// your precise location)" after "device information" names a kind of
// data, "(only OAuth tokens)" narrows, "(or your passwords)" adds). Put in
// beside a rewording of the rest of the sentence, it leaves that
// rewording to be judged alone.

// exampleOpenerRE opens a bracket's words with words introducing an
// example.
var exampleOpenerRE = mustPattern(`^(?:for example|for instance|e\.\s?g\.|such as|including|like)[,:]?\s`)

// glossOpeners are the first words, folded, of a bracket that adds to,
// bounds or says something of what it follows rather than naming it
// again: "(or your passwords)", "(as well as …)", "(where …)", "(that
// they collect or that we provide to them)". A preposition opens one
// too ("(by email)", "(within …)": how, where, when), and "see" a
// pointer, which the pointer rules read.
var glossOpeners = map[string]bool{"or": true, "and": true, "plus": true, "also": true, "as": true, "but": true,
	"not": true, "if": true, "when": true, "where": true, "unless": true, "except": true, "other": true,
	"that": true, "which": true, "who": true, "whose": true, "whom": true, "so": true, "because": true,
	"since": true, "until": true, "after": true, "before": true, "once": true, "while": true, "via": true,
	"through": true, "without": true, "within": true, "over": true, "per": true, "see": true}

// bracketExample returns the brackets put in (or taken out), where each
// names nothing new, and the two texts without them: the change may be
// those brackets alone, or reword the rest of the sentence too, which is
// then judged alone. It returns "" and the texts as they are when the
// change puts in no such bracket, or puts in one that names something.
func (c *classifier) bracketExample(old, new string) (ex, o, n string) {
	if bo, bn := exampleBracketed(c.appositiveBracketed(old, new), new), exampleBracketed(c.appositiveBracketed(new, old), old); bo != old || bn != new {
		if ex, o, n := c.bracketedExample(bo, bn); ex != "" {
			// The glosses as written: ", usually the store or brand you
			// bought from", not the brackets they were read in.
			parts := strings.Split(ex, "; ")
			for i, p := range parts {
				if !strings.Contains(old, p) && !strings.Contains(new, p) {
					parts[i] = "'" + strings.TrimSuffix(strings.TrimPrefix(p, "("), ")") + "'"
				}
			}
			return strings.Join(parts, "; "), o, n
		}
	}
	return c.bracketedExample(old, new)
}

// bracketedExample is bracketExample on texts whose glosses are all in
// brackets.
func (c *classifier) bracketedExample(old, new string) (ex, o, n string) {
	if !containsJoined(old, new, "(") {
		return "", old, new
	}
	o, removed, ok := c.plainBrackets(old, new)
	if !ok {
		return "", old, new
	}
	n, added, ok := c.plainBrackets(new, old)
	if !ok || len(removed) == 0 && len(added) == 0 || len(removed) > 0 && len(added) > 0 {
		// A bracket taken out and another put in is a bracket changed:
		// "(e.g., hosting, data storage)" → "(i.e., …)", "(chat context
		// and preferences)" → "(…, preferences and predicted purchase
		// intent)". Each names nothing the other side does not, but
		// what each covers is compared as written.
		return "", old, new
	}
	return strings.Join(append(removed, added...), "; "), o, n
}

// plainBrackets returns text without each bracket other does not hold,
// and those brackets, where each names nothing other does not
// (namesNothing); ok is false when one names something.
func (c *classifier) plainBrackets(text, other string) (plain string, brackets []string, ok bool) {
	if !strings.Contains(text, "(") {
		return text, nil, true
	}
	ms := bracketRE.FindAllStringSubmatchIndex(text, -1) // pointer.go
	var b strings.Builder
	at := 0
	for _, m := range ms {
		inner := text[m[2]:m[3]]
		if strings.Contains(other, inner) {
			if i := strings.Index(other, "("+inner); i >= 0 && !strings.Contains(other, "("+inner+")") && listGoesOn(other[i+1+len(inner):]) {
				// The other side's bracket starts with these words and
				// goes on: "(page views, chat interactions)" → "(page
				// views, chat interactions, scroll depth)" is a list in
				// brackets grown, not an example put in (b119-21).
				return text, nil, false
			}
			continue // there on both sides, or moved into the bracket: compared as written
		}
		if !c.namesNothing(text[:m[0]], inner, other) {
			return text, nil, false
		}
		brackets = append(brackets, strings.TrimSpace(text[m[0]:m[1]]))
		b.WriteString(text[at:m[0]])
		at = m[1]
	}
	if len(brackets) == 0 {
		return text, nil, true
	}
	b.WriteString(text[at:])
	return b.String(), brackets, true
}

// planScopeRE is a scope of plans, tiers or editions: "on Business
// plans", "for our Enterprise tier".
var planScopeRE = mustPattern(`(?i)\b(?:on|for|in|with|under)\s+(?:the\s+|our\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:plans?|tiers?|editions?|subscriptions?|licen[cs]es?)\b`)

// namesNothing reports a bracket holding inner, put after before, that
// names nothing other does not: an example ("for example, …") or a
// gloss of two words or more that opens with no word adding to or
// bounding what it follows, with no figure, no name of a party, no word of
// force and no term of the rulebook other does not already write. A word
// of the rights vocabulary that only says which kind of the thing the
// bracket follows it names ("forms (for example, the demo request form)",
// "tokens (OAuth access and refresh tokens)") names no right.
func (c *classifier) namesNothing(before, inner, other string) bool {
	if adv, rest, ok := strings.Cut(inner, " "); ok && glossFrequency[strings.ToLower(adv)] {
		if det, _, _ := strings.Cut(rest, " "); det == "the" || det == "a" || det == "an" {
			inner = rest // "(usually the store or brand you bought from)": how often the gloss fits
		}
	}
	if !exampleOpenerRE.MatchString(inner) {
		if len(strings.Fields(inner)) < 2 || definedTerm(inner) {
			return false // an acronym, a defined term: the other rules read them
		}
		w := c.ix.fold(inner)
		if len(w) == 0 || glossOpeners[w[0]] || prepositions[w[0]] || weOutsideRelative(w) || c.weHandle(w) {
			return false // what we do is said, not named
		}
		if shownTo(w) {
			return false // "(shown to your matches as …)": to whom it goes, a recipient (b255-22)
		}
	}
	if handedTo(c.ix.fold(inner)) || onOthersPlatforms(lowerWords(inner)) {
		// "(including upload to ad platforms for audience matching)":
		// data handed to a party (b378-04); "(including hashed email
		// matching on ad platforms)": done on another's (b402-04)
		return false
	}
	if m := planScopeRE.FindString(inner); m != "" && !containsFold(other, m) {
		return false // "(configurable in your dashboard on Business plans)": a limit to some plans (b354-27)
	}
	fe, fs := c.ix.fold(inner), c.ix.fold(other)
	if c.newFigure(inner, fe, fs) || len(c.entities(unlabelled(c.ix, inner))) > 0 {
		return false // a figure, a period ("24 months (a year)") or a name: for the other rules
	}
	if c.bindingForce(fe, fs, exampleOpenerRE.MatchString(inner)) {
		return false // "(for example, only …)"; the "and" of a list of examples is none
	}
	named := map[[2]int]bool{}
	for _, h := range c.ix.strongHits(fs) {
		named[[2]int{int(h.k), int(h.i)}] = true
	}
	head := lastWord(c.ix.fold(before))
	if !exampleOpenerRE.MatchString(inner) && sameNoun(lastWord(fe), head) && !amongExamples(before) {
		// "service providers (hosting providers)": a kind of the thing
		// named as what it is bounds it to that kind, where an example
		// would not; named among examples ("such as authentication
		// tokens (OAuth access and refresh tokens)") it bounds nothing.
		return false
	}
	if iw := lowerWords(inner); len(iw) > 2 && sameNoun(iw[0], head) && (iw[1] == "that" || iw[1] == "which" || iw[1] == "who" || iw[1] == "where") {
		// "Material Changes (changes that reduce your rights)": the
		// thing named again with a clause that says which of them
		// (b396-30), a definition that bounds it.
		return false
	}
	if th := c.articleThings(inner); th != inner {
		fe = c.ix.fold(th)
	}
	for _, h := range c.ix.strongHits(fe) {
		if named[[2]int{int(h.k), int(h.i)}] || c.rb.Categories[h.k].ID == "rights" && (kindOf(fe, int(h.j), head) || c.describes(fe, int(h.j)) || asked(fe, int(h.j)) || c.aboutAThing(fe, int(h.j))) {
			continue
		}
		if clicked(fe, int(h.j)) {
			continue // "(click your name in the top corner, then choose Settings)": a control
		}
		return false // a term the sentence does not write: "(for example, your precise location)" after "device information"
	}
	return true
}

// kindOf reports that the word at i of ws only says which kind of head
// the words name: head follows it, with no word between that would make
// it a verb's or a person's ("request access to your …", "the customer's
// request"): "demo request form", "access and refresh tokens".
func kindOf(ws []string, i int, head string) bool {
	if head == "" {
		return false
	}
	for _, w := range ws[i+1:] {
		switch {
		case sameNoun(w, head):
			return true
		case determiners[w] || prepositions[w] || readerWords[w]:
			return false
		}
	}
	return false
}

// describes reports that the word at i of ws, a participle in "-ed", says
// what the thing the next word names is, and names no one's act: a word
// of no category's vocabulary and of no force, which no article, pronoun,
// preposition or person comes between: "corrected typos", where
// "correct your details" or "corrected personal data" say what is done
// with the reader's data.
func (c *classifier) describes(ws []string, i int) bool {
	if !strings.HasSuffix(ws[i], "ed") || i+1 >= len(ws) {
		return false
	}
	next := ws[i+1]
	_, term := c.ix.vocab[next] // a word of any term, a phrase's too ("personal data")
	return !term && !determiners[next] && !prepositions[next] && !readerWords[next] && !c.ix.forceWord[next]
}

// asked reports the word at i of ws a "request" said as the manner of an
// act, "at the customer's request", "at your request": as someone asked.
// The act is what the example names, and the other words of the bracket
// judge it ("the erasure of your data at your request" names an erasure).
func asked(ws []string, i int) bool {
	if ws[i] != "request" || i < 2 {
		return false
	}
	if ws[i-2] == "at" && (determiners[ws[i-1]] || readerWords[ws[i-1]]) {
		return true // "at your request"
	}
	return i >= 3 && ws[i-3] == "at" && determiners[ws[i-2]] && readerWords[ws[i-1]] // "at the customer's request"
}

// aboutAThing reports the word at i of ws, a noun of the rights
// vocabulary ("request"), compounded with a noun before it that says what
// it is about and is no act, person or attribute a right is made of: "a
// feature request" (b80-23) is a request for a feature, as "a bug report"
// is a report of a bug, said among examples of feedback; a right's request
// is named by the act or the data it asks for ("an access request", "a
// deletion request", "a portability request", "a consumer request"),
// which are words of the vocabulary, nouns WordNet derives from the verb
// or adjective of the act (erase, delete, portable), or persons' nouns,
// and stay the rights rules' to read.
func (c *classifier) aboutAThing(ws []string, i int) bool {
	if i < 2 || !determiners[ws[i-2]] && ws[i-2] != "or" && ws[i-2] != "and" {
		return false // the compound as a noun phrase: "a feature request", "or feature requests"
	}
	if e := wordNet().entries(ws[i]); len(e) == 0 || e[0].pos[0] != 'n' {
		return false // "(for example, corrected personal data)": an act done
	}
	m := ws[i-1]
	if _, term := c.ix.vocab[m]; term || determiners[m] || prepositions[m] || readerWords[m] || c.ix.forceWord[m] {
		return false
	}
	e := wordNet().entries(m)
	if len(e) == 0 || e[0].pos[0] != 'n' || e[0].lexfile == 18 {
		return false // not a noun, or a person's: "consumer request"
	}
	// A root noun: WordNet derives it from no other word ("erasure" from
	// "erase", "portability" from "portable"); the words derived from it
	// ("buggy" from "bug") begin with it.
	return !slices.ContainsFunc(e[0].family, func(f string) bool { return !strings.HasPrefix(f, e[0].lemma) })
}

// amongExamples reports the sentence before a bracket naming its last
// words among examples: "such as authentication tokens", "e.g. forms".
func amongExamples(before string) bool {
	if i := strings.LastIndexAny(before, ".;"); i >= 0 && i+1 < len(before) && before[i+1] == ' ' {
		before = before[i+1:]
	}
	l := strings.ToLower(before)
	for _, w := range []string{"such as ", "for example", "for instance", "e.g.", "including ", " like "} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// lastWord is the last of ws, "" when there is none.
func lastWord(ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// glossFrequency are the adverbs that say how often a gloss fits the
// thing it follows: "the client responsible for the data, usually the
// store or brand you bought from" (b75-50). Said of the gloss, before its
// article, such a word hedges the description, not a commitment.
var glossFrequency = map[string]bool{"usually": true, "typically": true, "normally": true, "generally": true, "often": true, "mostly": true}

// weOutsideRelative reports a "we" or "us" in a gloss's folded words ws
// other than in a relative clause that says which ones the gloss means:
// "(the ecommerce businesses whose customers we support)" (b75-42) picks
// the clients out by what we do for them; "(we keep them for a year)"
// says what we do.
func weOutsideRelative(ws []string) bool {
	rel := false
	for _, w := range ws {
		switch w {
		case "whose", "who", "whom", "which", "that":
			rel = true
		case "we", "us":
			if !rel {
				return true
			}
		}
	}
	return false
}

// weHandle reports a "we" in a gloss's folded words ws whose verb, or a
// word WordNet derives from it or it from, is a word of the rulebook:
// "(the businesses whose customers we track)" tracks, as "tracking" says.
func (c *classifier) weHandle(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "we" {
			continue
		}
		v := ws[i+1]
		if _, term := c.ix.vocab[v]; term {
			return true
		}
		for _, e := range wordNet().entries(v) {
			for _, f := range e.family {
				if fw := c.ix.fold(f); len(fw) == 1 {
					if _, term := c.ix.vocab[fw[0]]; term {
						return true
					}
				}
			}
		}
	}
	return false
}

// appositiveBracketed returns text with each gloss of a party that closes
// a sentence, after a comma, and other does not hold ("on behalf of its
// clients, the ecommerce businesses whose customers we support.", "the
// client responsible for the data, usually the store or brand you bought
// from.") written in brackets, so that it is read as the gloss it is. As
// partyGlosses (partyglossed.go) reads them: an article after the comma
// (or an adverb of how often and an article), no comma, colon or
// semicolon to the sentence's end, a noun of a group or a person among
// the six words before the comma, and no item of a list before it;
// not in a sentence with a denial, whose object a second name may seem to
// narrow ("We do not share data with third parties, the companies that
// we work with").
func (c *classifier) appositiveBracketed(text, other string) string {
	if !strings.Contains(text, ", ") {
		return text
	}
	for from := 0; ; {
		i := strings.Index(text[from:], ", ")
		if i < 0 {
			return text
		}
		i += from
		from = i + 2
		rest := text[i+2:]
		first, after, _ := strings.Cut(rest, " ")
		if glossFrequency[strings.ToLower(first)] {
			first, _, _ = strings.Cut(after, " ")
		}
		if first != "the" && first != "a" && first != "an" {
			continue
		}
		end := strings.IndexAny(rest, ".;:,()")
		if end < 0 {
			end = len(rest)
		}
		if end < len(rest) && rest[end] != '.' || end+1 < len(rest) && rest[end+1] != ' ' && rest[end+1] != '\n' {
			continue // not the sentence's last words
		}
		if strings.Contains(other, rest[:end]) || len(strings.Fields(rest[:end])) < 2 {
			continue
		}
		before := sentenceBefore(text[:i])
		if k := strings.LastIndexAny(before, ",:"); k >= 0 && len(strings.Fields(before[k+1:])) <= 3 {
			continue // an item of a list: "for: support, billing, a copy of your records"
		}
		if slices.ContainsFunc(c.ix.fold(before+" "+rest[:end]), func(w string) bool { return c.ix.negation[w] }) {
			continue // what a denial is about
		}
		bw := strings.Fields(strings.ToLower(before))
		if len(bw) > 6 {
			bw = bw[len(bw)-6:]
		}
		if !slices.ContainsFunc(bw, func(w string) bool {
			w = strings.Trim(w, "\"“”'’*_()")
			return groupOrPerson(w) && !pronouns[w]
		}) {
			continue
		}
		text = text[:i] + " (" + rest[:end] + ")" + rest[end:]
		from = i + end + 3
	}
}

// lexArtifact is WordNet's lexical file of nouns that name made things.
const lexArtifact = 6

// articleThings returns s with each word of the rulebook that an article
// makes a noun, and whose first sense as a noun is a made thing
// (WordNet's artifacts), written as "thing": "the store or brand you
// bought from" (b75-50) names a shop, where "we store" keeps data. A noun
// of an act ("a transfer", "the processing") is still the act.
func (c *classifier) articleThings(s string) string {
	if !strings.Contains(s, "the ") && !strings.Contains(s, "a ") && !strings.Contains(s, "an ") {
		return s
	}
	ws := strings.Fields(s)
	changed := false
	for i := 1; i < len(ws); i++ {
		if a := strings.ToLower(ws[i-1]); a != "the" && a != "a" && a != "an" {
			continue
		}
		w := strings.ToLower(strings.TrimRight(ws[i], ".,;:)"))
		fw := c.ix.fold(w)
		if len(fw) != 1 {
			continue
		}
		if _, term := c.ix.vocab[fw[0]]; !term {
			continue
		}
		if e := wordNet().entries(w); len(e) > 0 && e[0].pos[0] == 'n' && e[0].lexfile == lexArtifact {
			ws[i] = "thing" + ws[i][len(w):]
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(ws, " ")
}

// screenVerbs are the verbs of a reader's instruction that work a screen:
// what they take is a control on it.
var screenVerbs = map[string]bool{"click": true, "tap": true, "press": true, "select": true, "choose": true}

// clicked reports the word at i of a bracket's folded words ws the thing
// an instruction that opens the bracket tells the reader to click or
// choose, right after the verb or its determiner: in "(click your name in
// the top corner, then choose Settings)" (b75-36) "your name" is a
// control on the screen, no data collected. Only a bracket that opens
// with such a verb is an instruction; "(your name, which we share)"
// names data.
func clicked(ws []string, i int) bool {
	if len(ws) == 0 || !screenVerbs[ws[0]] || i == 0 {
		return false
	}
	if screenVerbs[ws[i-1]] {
		return true
	}
	return i >= 2 && screenVerbs[ws[i-2]] && (determiners[ws[i-1]] || ws[i-1] == "on")
}

// bindingForce reports a word of force in a bracket's folded words fe
// that binds the commitment of the sentence, whose folded words are fs.
// Not every force word in a bracket does: an illustration says a case of
// what the sentence covers, and the words that say which case are the
// case's own. In an example ("(for example, by ticking the box when you
// create an account)", "(for example, which pages are visited most often
// and how long visitors stay on each page)") a condition, a quantifier or
// a connective picks out the instance shown; the commitment holds as it
// held, for every case, and "for example" says this is one. In a gloss
// with no opener, the same words said in a clause of the gloss's own, a
// relative or participial one that says what the thing named is ("(written
// policies that each agent acknowledges during onboarding)", "(support
// agents working remotely in several countries …)"), describe it.
// A relation of time ("after", "before", "until", "within") is a period,
// the case's own only where the sentence states the same relation ("7
// years after … (for example, 7 years after your last … ends)"); a hedge
// of frequency ("often", "usually") only inside a clause of the
// illustration's own, where it is said of what the clause is about
// ("which pages are visited most often"), not of what we do ("(for
// example, usually in transit)"); a form ("written") only where it is
// said of a thing no commitment is about. Every other force, a modal, a
// negation, an exception, an exclusive "only", a bound, binds wherever it
// is written: "(for example, only …)", "(unless …)".
func (c *classifier) bindingForce(fe, fs []string, example bool) bool {
	count, covered := c.ix.forces(fe)
	if len(count) == 0 {
		return false
	}
	clause := len(fe) // where a clause of the illustration's own opens
	for i := 1; i < len(fe); i++ {
		if illustrationClauseAt(fe, i) {
			clause = i
			break
		}
	}
	// Where a phrase that places or qualifies the thing a gloss names
	// opens: "(the … link at the bottom of each promotional email)".
	modifier := clause
	for i := 1; i < clause; i++ {
		if prepositions[fe[i]] && !covered[i] {
			modifier = i
			break
		}
	}
	// An example's own words follow what it shows: "(including, where
	// relevant, their creditworthiness)" puts a condition on the
	// example itself, before it shows anything.
	content := len(fe)
	for i, w := range fe {
		if !covered[i] && w != "example" && w != "for" && w != "include" && w != "including" && w != "like" && w != "such" && w != "as" && w != "instance" {
			content = i
			break
		}
	}
	var sentence map[int]int
	for i := 0; i < len(fe); {
		if !covered[i] {
			i++
			continue
		}
		j := i
		for j < len(fe) && covered[j] {
			j++
		}
		run, at := fe[i:j], i
		i = j
		own := example && content < at || modifier < at
		rc, _ := c.ix.forces(run)
		if len(rc) == 0 {
			return true // a force only in its context: read as written
		}
		for k := range rc {
			switch c.rb.Force[k].Scale {
			case "connective":
				// the "and" of a list of examples, the "or" of
				// alternative names ("(landline or mobile/cell
				// phone)"), is none
			case "condition", "quantifier":
				if !own {
					return true
				}
			case "time":
				if sentence == nil {
					sentence, _ = c.ix.forces(fs)
				}
				if !own || sentence[k] == 0 {
					return true
				}
			case "consent":
				// A form said of a thing no commitment of the
				// rulebook is about ("(written policies that each
				// agent acknowledges)") describes that thing; said of
				// a consent, a request or a notice it binds.
				if j >= len(fe) || !c.plainThing(fe[j]) {
					return true
				}
			case "scope":
				if k != c.ix.hedged || clause >= at {
					return true
				}
			default:
				return true
			}
		}
	}
	return false
}

// plainThing reports a folded word that names a thing of no commitment:
// a noun of no category's term and no force, which no article or
// preposition is.
func (c *classifier) plainThing(w string) bool {
	if _, term := c.ix.vocab[w]; term || c.ix.forceWord[w] || determiners[w] || prepositions[w] || readerWords[w] || len(c.ix.strongHits([]string{w})) > 0 {
		return false
	}
	return lexPOS(w, 'n')
}

// illustrationClauseAt reports the word at i of an illustration's folded
// words opening a clause of its own: a relative or interrogative word
// ("that each agent acknowledges", "which pages are visited"), or, past
// its first word, a participle ("agents working remotely").
func illustrationClauseAt(ws []string, i int) bool {
	w := ws[i]
	return relativeWords[w] || whWords[w] || i > 0 && len(w) > 5 && strings.HasSuffix(w, "ing")
}

// newFigure reports a figure or a period in a bracket (inner, folded fe)
// that the sentence (folded fs) does not state: an example that gives
// the sentence's own period again ("7 years after the end of your
// relationship with us (for example, 7 years after your last … agreement
// with us ends)") states no new one, the same quantity compared as
// quantities are (quantity.go: "seven years" is "7 years"). A number that
// reads as no quantity is new.
func (c *classifier) newFigure(inner string, fe, fs []string) bool {
	if !strings.ContainsAny(inner, "0123456789") && !slices.ContainsFunc(fe, func(w string) bool { return c.ix.number[w] || c.ix.unit[w] }) {
		return false
	}
	qs := quantities(fe)
	if len(qs) == 0 {
		return true
	}
	have := quantities(fs)
	for _, q := range qs {
		if !slices.Contains(have, q) {
			return true
		}
	}
	return false
}

// definitionWords are the words a bracket that defines a term says
// beside the term in quotes: "(the “Service”)", "(together, “we” or
// “us”)", "(hereinafter referred to as “Omni”)". A closed class.
var definitionWords = map[string]bool{"the": true, "a": true, "an": true, "and": true, "or": true, "together": true,
	"collectively": true, "each": true, "hereinafter": true, "herein": true, "referred": true, "to": true, "as": true, "called": true}

// definedTerm reports a bracket that defines a term: words in quotes,
// with none beside them but those of a definition. The rules of defined
// terms read it. A word in quotes inside a longer gloss is the label of
// what the gloss describes, a control on the screen or a thing's common
// name ("(the “Unsubscribe” link at the bottom of each promotional
// email)", "(… sometimes called “hallucinations”)"), and is read as the
// rest of the gloss is: a name in it is still a name.
func definedTerm(inner string) bool {
	if strings.ContainsAny(inner, "‘’") {
		return true // a single quote or an apostrophe: read as written
	}
	if !strings.ContainsAny(inner, "\"“”") {
		return false
	}
	var rest strings.Builder
	quoted := false
	for _, r := range inner {
		switch r {
		case '"':
			quoted = !quoted
		case '“':
			quoted = true
		case '”':
			quoted = false
		default:
			if !quoted {
				rest.WriteRune(r)
			}
			continue
		}
		rest.WriteRune(' ')
	}
	for _, w := range strings.Fields(strings.ToLower(rest.String())) {
		if w = strings.Trim(w, ",;:."); w != "" && !definitionWords[w] {
			return false
		}
	}
	return true
}

// unlabelled returns s with the quoted label of each control it names
// ("the “Unsubscribe” link", controllabel.go) written "label": the words
// on a control name the control, not a party. A label that holds a name
// the rulebook knows ("the “Sign in with Google” button") is kept, and
// the name read.
func unlabelled(ix *index, s string) string {
	if !quotesLabel(s) || !namesControl(s) {
		return s
	}
	ms := controlLabelRE.FindAllStringSubmatchIndex(s, -1)
	var spans [][2]int
	for _, m := range ms {
		known := false
		for _, w := range rawWords(s[m[2]:m[3]]) {
			if len(ix.entityByFirst[w]) > 0 {
				known = true
			}
		}
		if !known {
			spans = append(spans, [2]int{m[2], m[3]})
		}
	}
	if len(spans) == 0 {
		return s
	}
	return replaceSpans(s, spans, "label")
}

// listGoesOn reports text that goes on with another item of a list: a
// comma, "and" or "or".
func listGoesOn(rest string) bool {
	return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, " or ")
}

// shownVerbs say that a thing is let others see or have it.
var shownVerbs = map[string]bool{"shown": true, "visible": true, "displayed": true, "disclosed": true, "shared": true, "published": true, "sent": true, "available": true, "passed": true}

// shownTo reports folded words that say a thing is shown, sent or made
// available to someone: "shown to your matches", "visible to other
// members", or to anyone at all: "shown on your public profile",
// "publicly visible" (b389-12).
func shownTo(w []string) bool {
	for i, x := range w {
		if !shownVerbs[x] {
			continue
		}
		if i > 0 && w[i-1] == "publicly" {
			return true
		}
		for j := i + 1; j < len(w) && j <= i+3; j++ {
			if w[j] == "to" || w[j] == "with" || w[j] == "public" || w[j] == "publicly" {
				return true
			}
		}
	}
	return false
}

// othersPlatforms are where another party does something with the data.
var othersPlatforms = map[string]bool{"platforms": true, "networks": true, "partners": true, "advertisers": true,
	"brokers": true, "exchanges": true}

// onOthersPlatforms reports words that place an act on or with others'
// platforms or networks ("matching on ad platforms", "with advertising
// networks"). The author's own ("posts on our own social networks") the
// other rules read as its own.
func onOthersPlatforms(ws []string) bool {
	for i, w := range ws {
		if w != "on" && w != "with" && w != "to" && w != "via" && w != "across" {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if othersPlatforms[ws[j]] { // lowerWords leaves no punctuation
				return true
			}
		}
	}
	return false
}

// handedTo reports folded words that hand data to a party: a verb of
// giving (givingVerbs, or "upload") and, within three words after it,
// "to" or "with" before a word that is not the reader or the author
// ("upload to ad platforms", "shared with our resellers"; not "sent to
// you").
func handedTo(ws []string) bool {
	for i, w := range ws {
		if !givingVerbs[w] && !strings.HasPrefix(w, "upload") {
			continue
		}
		for j := i + 1; j < len(ws)-1 && j <= i+3; j++ {
			if (ws[j] == "to" || ws[j] == "with") && !readerWords[ws[j+1]] && ws[j+1] != "us" && ws[j+1] != "them" {
				return true
			}
		}
	}
	return false
}
