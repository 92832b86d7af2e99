package material

import (
	"slices"
	"strings"
)

// supportVerbs are the verbs that only say an act named by its noun
// happens: "make a decision", "carry out a review", "conduct an audit".
var supportVerbs = map[string]bool{"make": true, "makes": true, "made": true, "carry": true, "carries": true, "carried": true,
	"conduct": true, "conducts": true, "conducted": true, "perform": true, "performs": true, "performed": true}

// actSaidAsNoun returns folded words with a support verb and the noun of
// an act written as the act's verb, where the other side says that verb
// and not the noun: "we will make a decision on your request" is "we will
// decide on your request", "we carry out the deletion of your data" is
// "we delete your data". The noun must be of the verb's own family by a
// regular suffix ("decision" of "decide", "deletion" of "delete",
// "review" of "review"): another act is still compared. a and b are not
// changed; copies are returned when a phrase is rewritten.
func (ix *index) actSaidAsNoun(a, b []string) ([]string, []string) {
	a2 := ix.actNounAsVerb(ix.actTakesPlace(actSaidAsNounOnce(a, b), b), b)
	return a2, ix.actNounAsVerb(ix.actTakesPlace(actSaidAsNounOnce(b, a), a), a2)
}

func actSaidAsNounOnce(ws, other []string) []string {
	for i := 0; i+1 < len(ws); i++ {
		if !supportVerbs[ws[i]] {
			continue
		}
		j := i + 1
		if j < len(ws) && ws[j] == "out" {
			j++ // "carry out"
		}
		if j < len(ws) && (ws[j] == "a" || ws[j] == "an" || ws[j] == "the") {
			j++
		}
		if j >= len(ws) || slices.Contains(other, ws[j]) {
			continue
		}
		n := ws[j]
		for _, v := range other {
			if v == n || slices.Contains(ws, v) || !(n == v || deverbal(n, v)) {
				continue
			}
			end := j + 1
			if end < len(ws) && ws[end] == "of" {
				end++ // "the deletion of your data"
			}
			return slices.Replace(slices.Clone(ws), i, end, v)
		}
	}
	return ws
}

// deverbal reports n a noun English makes of the verb v by a regular
// suffix: "decision" of "decide", "deletion" of "delete", "closure" of
// "close", "removal" of "remove", "application" of "apply", "payment" of
// "pay".
func deverbal(n, v string) bool {
	n = strings.TrimSuffix(n, "s")
	if len(v) < 3 || len(n) <= len(v) {
		return false
	}
	switch {
	case strings.HasSuffix(v, "de") && len(v) >= 5 && n == v[:len(v)-2]+"sion":
		return true
	case strings.HasSuffix(v, "y") && n == v[:len(v)-1]+"ication":
		return true
	case strings.HasSuffix(v, "nd") && n == v[:len(v)-1]+"se":
		return true // "response" of "respond", "defense" of "defend"
	case strings.HasSuffix(v, "e"):
		b := v[:len(v)-1]
		return n == b+"ion" || n == b+"ation" || n == b+"ure" || n == b+"al"
	}
	return n == v+"ment" || n == v+"al" || n == v+"ance" || n == v+"ence" || n == v+"ion" || n == v+"ation"
}

// actNounOfVerb reports n a noun of the act the verb v (as written,
// folded) names, by WordNet: the same lemma used as a noun ("a use of",
// "the download of"), or a lemma WordNet derives from the verb's or the
// verb from it ("enforcement" of "enforces", "withdrawal" of "withdraw",
// "gathering" of "gather"), or of a verb the rulebook folds into v ("the
// storage of" beside "kept", the fold of "stored"); or, for a noun the
// table links to no verb, a regular suffix (deverbal: "response" of
// "respond").
func (ix *index) actNounOfVerb(n, v string) bool {
	wn := wordNet()
	canon := func(w string) string {
		if c, ok := ix.canonWords[w]; ok && len(c) == 1 {
			return c[0]
		}
		return w
	}
	for _, ve := range wn.entries(v) {
		if !strings.Contains(ve.pos, "v") {
			continue
		}
		if deverbal(n, ve.lemma) {
			return true
		}
		for _, ne := range wn.entries(n) {
			if ne.lemma == ve.lemma || slices.Contains(ve.family, ne.lemma) || slices.Contains(ne.family, ve.lemma) {
				return true
			}
			for _, f := range append([]string{ne.lemma}, ne.family...) {
				if c := canon(f); c != f && wn.close(c, ve.lemma) && c == canon(ve.lemma) {
					return true
				}
			}
		}
	}
	return false
}

// occurrenceAt returns the length of a verb at ws[i] that only says its
// subject happens: "take(s) place", "took place", "occur(s)" (a closed
// class, as occurrenceVerbs in conditionphrase.go), 0 when there is none.
func occurrenceAt(ws []string, i int) int {
	switch ws[i] {
	case "take", "takes", "took", "taken", "taking":
		if i+1 < len(ws) && ws[i+1] == "place" {
			return 2
		}
	case "occur", "occurs", "occurred", "happen", "happens", "happened":
		return 1
	}
	return 0
}

// modalAdjectives say, after "is" or "are", the force an act named by
// its noun is done with, as a modal says it before the act's verb: what
// is possible can be done ("the withdrawal of consent is possible" is
// "consent can be withdrawn", a permission), what is necessary or
// required must be ("a verification of your identity is necessary" is
// "we must verify your identity", a duty), what is permitted or allowed
// may be. A closed class, with the modal each says (as folded: "can"
// folds to "may").
var modalAdjectives = map[string]string{"possible": "may", "necessary": "must", "required": "must", "permitted": "may", "allowed": "may"}

// modalPredicateAt returns the length of a predicate at ws[i] saying
// with which force its subject, an act named by its noun, is done: "is
// possible", "are necessary", "is not possible", "is generally
// possible", and the force words it says, modal first: "may", "may not",
// "may generally". Adverbs between the copula and the adjective
// ("generally", "always") stay with the modal: a hedge stays a hedge. A
// duty denied ("is not necessary") lifts the duty, which no modal says
// alone: it is not read, and is compared as it stands. 0 when there is
// none.
func modalPredicateAt(ws []string, i int) (int, []string) {
	if ws[i] != "is" && ws[i] != "are" {
		return 0, nil
	}
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		m, ok := modalAdjectives[ws[j]]
		if ok {
			between := ws[i+1 : j]
			if m == "must" && slices.ContainsFunc(between, func(w string) bool { return w == "not" || w == "never" }) {
				return 0, nil
			}
			return j + 1 - i, append([]string{m}, between...)
		}
		if !placeTakingAux[ws[j]] && !canBe(ws[j], 'r') {
			return 0, nil
		}
	}
	return 0, nil
}

// predicateOpeners open a clause of their own before a modal predicate,
// which is then that clause's and not the act's: "for longer than is
// necessary", "as soon as is possible", "where it is possible", "the
// data which is required". A closed class.
var predicateOpeners = map[string]bool{"than": true, "as": true, "where": true, "when": true, "if": true, "which": true, "that": true,
	"it": true, "this": true, "what": true, "who": true, "whatever": true, "wherever": true, "whenever": true, "and": true, "or": true}

// placeTakingAux are the words that may stand between an act's noun and
// the verb saying it takes place, and carry its force: modals, the
// auxiliaries of a denial, negation. A closed class.
var placeTakingAux = map[string]bool{"may": true, "might": true, "can": true, "could": true, "will": true, "shall": true, "would": true,
	"should": true, "must": true, "does": true, "do": true, "did": true, "not": true, "never": true, "only": true, "also": true}

// subjectPronoun is the subject form of an object pronoun an agent
// phrase ends in: "by us" says who acts as "we" does.
var subjectPronoun = map[string]string{"us": "we", "them": "they", "him": "he", "her": "she", "me": "i", "you": "you", "it": "it"}

// actorWords open or carry a clause of their own, a closed class: the
// subject pronouns and "please". A noun phrase "the N of X" has none in X.
var actorWords = map[string]bool{"we": true, "you": true, "they": true, "i": true, "he": true, "she": true, "please": true}

// actTakesPlace returns folded words with each act said as its noun and
// a verb that only says it happens written as the verb the other side
// says, with the same force words and the same actor: "The enforcement
// of MFA takes place by OmniCRM for all accounts" is "OmniCRM enforces
// MFA for all accounts", "A use of customer data for marketing does not
// take place by omnie" is "omnie does not use customer data for
// marketing", "A disclosure of information may take place if" is "may
// disclose information if". The noun is the act of the verb by WordNet
// (actNounOfVerb), written as the other side writes it, and the other
// side says the noun fewer times and the verb more: another act, or an
// act said as a noun on both sides, is still compared. Every word of force
// between the noun and "take place" ("may", "does not", "never") stays
// where the verb's auxiliaries stand, and a "by" after it names who
// acts, put before them as the subject; an act whose doer is unsaid
// stays so. What the "of" names goes where the other side puts it:
// after the verb ("enforces MFA"), or before it, where it is what the
// verb's subject names ("the end of the period occurs" is "the period
// ends"), with the passive's "be" where the other side has one ("the
// download of cookies takes place" is "cookies are downloaded"). An
// adjective on the noun the other side says as the verb's adverb ("a
// knowing collection", beside "knowingly collect") is that adverb. ws is
// not changed; a copy is returned when a phrase is rewritten.
func (ix *index) actTakesPlace(ws, other []string) []string {
	if !slices.Contains(ws, "place") && !slices.ContainsFunc(ws, func(w string) bool { return occurrenceAt([]string{w}, 0) == 1 || modalAdjectives[w] != "" }) {
		return ws // most sentences say nothing takes place
	}
	var out []string
	from := 0 // the words of ws copied to out so far
	for i := 0; i < len(ws); i++ {
		n := occurrenceAt(ws, i)
		var modal []string // the force a modal predicate says ("is possible": "may")
		if n == 0 {
			if n, modal = modalPredicateAt(ws, i); n == 0 {
				continue
			}
		}
		// "the processing which took place before the withdrawal" ("before"
		// folds to "prior to") is
		// "the processing before the withdrawal": a relative clause that
		// only says its noun happened, before a phrase of when or where,
		// where the other side says no such verb.
		if modal == nil && i > from && (ws[i-1] == "which" || ws[i-1] == "that") && i+n < len(ws) && (prepositions[ws[i+n]] || phrasePrepositions[ws[i+n]] || ws[i+n] == "prior") &&
			!slices.ContainsFunc(other, func(w string) bool { return w == "place" || occurrenceAt([]string{w}, 0) == 1 }) {
			out = append(out, ws[from:i-1]...)
			from, i = i+n, i+n-1
			continue
		}
		// The force words before the verb, then the noun phrase before
		// them: "[the] N of X".
		s := i
		for s > from && placeTakingAux[ws[s-1]] {
			s--
		}
		start, of, j, adverb := ix.nounPhraseOfAct(ws, other, from, s)
		if of < 0 {
			continue
		}
		verb := other[j]
		end := i + n
		var agent []string
		if end+1 < len(ws) && ws[end] == "by" && ws[end+1] != "means" && ws[end+1] != "way" {
			agent = ws[end : end+2]
			end += 2
		}
		object, aux := ws[of+1:s], ws[s:i]
		if ws[of] != "of" {
			object = ws[of:s] // the verb's own preposition: "the response to all requests" is "respond to all requests"
		}
		if modal != nil {
			if slices.ContainsFunc(object, func(w string) bool { return predicateOpeners[w] }) {
				continue // "a retention … for longer than is necessary": the predicate is another clause's
			}
			aux = append(slices.Clone(aux), modal...)
			// "a verification of your identity by us is necessary": the
			// doer named in the noun's phrase, before the predicate.
			if l := len(object); agent == nil && l >= 2 && object[l-2] == "by" && subjectPronoun[object[l-1]] != "" {
				agent, object = object[l-2:], object[:l-2]
			}
		}
		// The noun of what the "of" names, and the phrases after it
		// ("of" binds within the noun: "the hard drive of your computer").
		np := slices.IndexFunc(object, func(w string) bool { return w != "of" && (prepositions[w] || phrasePrepositions[w]) })
		if np < 0 {
			np = len(object)
		}
		head := "" // none after a preposition: the verb's object
		if np > 0 {
			head = object[np-1]
		}
		// Where the other side says the verb more than once, the place
		// that has the noun before it, if one has.
		for x := j + 1; x < len(other) && head != ""; x++ {
			if other[x] == verb && slices.Contains(other[max(0, x-8):x], head) && !slices.Contains(other[max(0, j-8):j], head) {
				j = x
			}
		}
		// After the verb where the other side has it there too ("we will
		// notify the affected customer", beside "affecting customer
		// data"), else before it where it has it there.
		after := slices.Contains(other[j+1:min(len(other), j+2+np)], head)
		var phrase []string
		if k := slices.Index(other[max(0, j-8):j], head); k >= 0 && head != "" && !after {
			// Before the verb: its subject, or a passive's, with the
			// passive's "be" after a modal ("may be shared") or before
			// a denial ("are not shared", for "does not take place").
			phrase = append(phrase, object[:np]...)
			if b := slices.IndexFunc(other[max(0, j-8)+k:j], func(w string) bool { return beForms[w] }); b >= 0 {
				if slices.ContainsFunc(aux, func(w string) bool { return w != "not" && w != "never" && w != "do" && w != "does" && w != "did" }) {
					phrase = append(append(append(phrase, aux...), adverb...), "be")
				} else {
					phrase = append(phrase, other[max(0, j-8)+k+b])
					phrase = append(append(phrase, slices.DeleteFunc(slices.Clone(aux), func(w string) bool { return w == "do" || w == "does" || w == "did" })...), adverb...)
				}
			} else {
				phrase = append(append(phrase, aux...), adverb...)
			}
			phrase = append(append(append(phrase, verb), object[np:]...), agent...)
		} else {
			if len(agent) > 0 {
				a := agent[1]
				if p, ok := subjectPronoun[a]; ok {
					a = p
				}
				phrase = append(phrase, a)
			}
			phrase = append(append(append(append(phrase, aux...), adverb...), verb), object...)
		}
		out = append(append(out, ws[from:start]...), phrase...)
		from, i = end, end-1
	}
	if out == nil {
		return ws
	}
	return append(out, ws[from:]...)
}

// nounPhraseOfAct finds, in ws[from:s], the noun phrase "the N of X"
// (or "a", "an") whose N is the act of a verb other says at j and whose
// X runs to s: the nearest such noun first. The noun must open its
// phrase, but for adjectives the other side says as the verb's adverbs
// ("a knowing collection", beside "knowingly collect"), returned as
// those adverbs. X must be a noun phrase, with no verb of its own. of is
// -1 when there is none.
func (ix *index) nounPhraseOfAct(ws, other []string, from, s int) (start, of, j int, adverb []string) {
	for k := s - 2; k > from && k >= s-30; k-- {
		if ws[k] != "of" && ws[k] != "to" {
			continue
		}
		if slices.ContainsFunc(ws[k+1:s], func(w string) bool { return actorWords[w] || placeTakingAux[w] }) ||
			slices.ContainsFunc(ws[k+1:s], func(w string) bool { return beForms[w] }) && !slices.Contains(ws[k+1:s], "than") {
			break // X is no noun phrase: the clause before has its own verb ("longer than is necessary" is the noun's)
		}
		n := ws[k-1]
		j := slices.IndexFunc(other, func(v string) bool {
			return (v == n || countWord(ws, v) < countWord(other, v) && countWord(other, n) < countWord(ws, n)) && ix.actNounOfVerb(n, v)
		})
		if j < 0 {
			continue
		}
		b := k - 1
		var adv []string
		for b > from && b >= k-3 && slices.Contains(other, ws[b-1]+"ly") {
			b--
			adv = append([]string{ws[b] + "ly"}, adv...)
		}
		if b > from && (ws[b-1] == "a" || ws[b-1] == "an" || ws[b-1] == "the") {
			b--
		} else if b != from {
			continue
		}
		return b, k, j, adv
	}
	return -1, -1, -1, nil
}

// possessiveSubject is the subject a possessive on an act's noun names:
// "your use of" is what "you use" says.
var possessiveSubject = map[string]string{"your": "you", "our": "we", "their": "they", "its": "it", "his": "he", "her": "she", "my": "i"}

// caseNouns head a phrase of the occasion of an act, a closed class: "in
// the context of your use of" is "when you use", "in the case of the
// withdrawal of" is "when you withdraw".
var caseNouns = map[string]bool{"context": true, "case": true, "event": true, "course": true}

// actNounAsVerb returns folded words with an act said as its noun after a
// preposition written as the other side writes it with its verb: a
// purpose, "for the protection of your information" (is "to protect your
// information"); the object of a word that takes an act, "committed to
// the protection of your privacy" ("to protecting your privacy"), "seek
// the exercise of" ("seeking to exercise"); the occasion, "in the context
// of your use of the Service" ("when you use the Service"), a possessive
// on the noun being the verb's subject. The noun is the act of the verb by
// WordNet (actNounOfVerb) and the other side says the verb more and the
// noun less: another act, or one said as a noun on both sides, is still
// compared, and what the act is done to (after "of") is compared as it
// stands. ws is not changed; a copy is returned when a phrase is
// rewritten.
func (ix *index) actNounAsVerb(ws, other []string) []string {
	if !slices.Contains(ws, "of") {
		return ws
	}
	var out []string
	var counts map[string][2]int // per word, how often ws and other say it
	from := 0
	for k := 1; k < len(ws); k++ {
		if ws[k] != "of" && ws[k] != "to" {
			continue
		}
		n := ws[k-1]
		b := k - 1 // the noun's phrase, from its determiner
		subject := ""
		if b > from && (ws[b-1] == "the" || ws[b-1] == "a" || ws[b-1] == "an") {
			b--
		} else if b > from && possessiveSubject[ws[b-1]] != "" {
			b--
			subject = possessiveSubject[ws[b]]
		}
		if b == from {
			continue
		}
		// Only the shapes below are read, and only a noun that may name
		// an act: most phrases with "of" are neither.
		occasion := ws[b-1] == "of" && b >= from+4 && caseNouns[ws[b-2]] && ws[b-3] == "the" && ws[b-4] == "in"
		if !occasion && (b != k-2 || ws[b-1] != "for" && ws[b-1] != "to" && !isVerb(ws[b-1])) {
			continue
		}
		if !actNoun(n) && !strings.HasSuffix(n, "ing") && len(wordNet().entries(n)) == 0 {
			continue
		}
		if counts == nil {
			counts = map[string][2]int{}
			for _, w := range ws {
				c := counts[w]
				c[0]++
				counts[w] = c
			}
			for _, w := range other {
				c := counts[w]
				c[1]++
				counts[w] = c
			}
		}
		// The verb on the other side: another word than the noun, said
		// more there; or the noun itself where only a verb can stand
		// ("to use", "when you use").
		verbal := func(j int) bool {
			v := other[j]
			if v != n {
				return counts[v][0] < counts[v][1] && counts[n][1] < counts[n][0] && ix.actNounOfVerb(n, v)
			}
			return j > 0 && (other[j-1] == "to" || actorWords[other[j-1]]) && ix.actNounOfVerb(n, v)
		}
		var lead []string
		start := b - 1
		tail := []string(nil)
		if ws[k] == "to" {
			tail = []string{"to"} // the verb's own preposition: "for the response to a request"
		}
		for j := range other {
			if !verbal(j) {
				continue
			}
			v := other[j]
			switch {
			case ws[b-1] == "for" && b == k-2:
				lead = []string{"to", v} // a purpose
			case ws[b-1] == "to" && b == k-2 && strings.HasSuffix(v, "ing"):
				lead = []string{"to", v} // "committed to protecting"
			case occasion && j > 0:
				// "in the context of": the occasion, said with the
				// conjunction the other side opens it with.
				c := slices.IndexFunc(other[max(0, j-3):j], func(w string) bool { return w == "when" || w == "if" || w == "while" || w == "whenever" })
				if c < 0 {
					continue
				}
				start = b - 4
				lead = []string{other[max(0, j-3)+c]}
				if subject != "" {
					lead = append(lead, subject)
				}
				lead = append(lead, v)
			case b == k-2 && j > 1 && other[j-1] == "to" && wordNet().close(ws[b-1], other[j-2]):
				// "seek the exercise of" is "seeking to exercise"
				start, lead = b, []string{"to", v}
			default:
				continue
			}
			break
		}
		if lead == nil {
			continue
		}
		lead = append(lead, tail...)
		out = append(append(out, ws[from:start]...), lead...)
		from = k + 1
	}
	if out == nil {
		return ws
	}
	return append(out, ws[from:]...)
}

// isVerb reports a word WordNet knows as a verb, in any of its forms.
func isVerb(w string) bool {
	for _, e := range wordNet().entries(w) {
		if strings.Contains(e.pos, "v") {
			return true
		}
	}
	return false
}
