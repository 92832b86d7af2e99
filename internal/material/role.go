package material

import (
	"fmt"
	"slices"
	"strings"
)

// role reports a name that says a role of a party, not a party: the
// author's own, written after "our" in English words whose last names a
// person or a body of people ("Our Data Protection Officer"; in a table's
// header, which labels its column, any English words and places: "| Our
// United States HQ |"), or a party the other side already names followed
// by such words ("GitHub Data Protection Officer", "Corvalis Privacy
// Team"). A product ("Google Analytics"), a thing of the author's ("our
// Cloud Storage"), a company ("GitHub India Pty Ltd"), a processor the
// rulebook knows and a place ("our US Data Centers") are no role. added
// says whether e is a name of the new text; text is the changed sentence
// it is written in.
func (c *classifier) role(added bool, text, e string) bool {
	ws := strings.Fields(e)
	if len(ws) == 0 || c.processor(ws) {
		return false
	}
	for _, w := range ws {
		if corporateWord(w) {
			return false
		}
	}
	head := wordNet().entries(strings.ToLower(ws[len(ws)-1]))
	person := len(head) > 0 && head[0].pos[0] == 'n' && (head[0].lexfile == 18 || head[0].lexfile == 14)
	if i := strings.Index(text, e); i >= 0 && (person || c.header) {
		before := strings.Fields(text[:i])
		if n := len(before); n > 0 && strings.EqualFold(strings.Trim(before[n-1], "*_|(“\""), "our") && c.englishOrPlaces(ws) &&
			(c.header || !c.placeIn(ws)) {
			return true
		}
	}
	// The party is a name WordNet does not know ("GitHub"), not an
	// English word ("First Party", "Business Partners"), and no place is
	// in its role ("European Union").
	// The party may be written in its possessive and in capitals
	// elsewhere: "For SCALINGO: Scalingo's Data Protection Officer"
	// (b43-19, b43-22).
	first := strings.ToLower(ws[0])
	return person && len(ws) >= 2 && !c.english(first) && (c.inDoc(added, first) || c.inDoc(added, possessive(first))) &&
		c.englishOrPlaces(ws[1:]) && !c.placeIn(ws)
}

// englishOrPlaces reports capitalised words each an English word or part
// of a place, none a word of the commitment vocabulary ("Advertising
// Partners" are recipients): "United States HQ", "Data Protection
// Officer".
func (c *classifier) englishOrPlaces(ws []string) bool {
	text := " " + strings.Join(ws, " ") + " "
	for name := range c.ix.countries {
		if strings.Contains(text, " "+name+" ") {
			text = strings.ReplaceAll(text, " "+name+" ", " ")
		}
	}
	rest := strings.Fields(text)
	for _, w := range rest {
		lw := strings.ToLower(w)
		if !c.english(lw) || c.ix.termWord[lw] || c.wordTopics(lw) != "" {
			return false
		}
	}
	return len(ws) > 0
}

// placeIn reports a place among capitalised words: "European Union".
func (c *classifier) placeIn(ws []string) bool {
	text := " " + strings.Join(ws, " ") + " "
	for name := range c.ix.countries {
		if strings.Contains(text, " "+name+" ") {
			return true
		}
	}
	return false
}

// personName reports a name of two or three capitalised words, none a
// company's word, the last one WordNet does not know or knows first as a
// person: a person's name ("Hannah Poteat", "Maria Keller"; not "Harbour
// Road", "Google Analytics").
func personName(e string) bool {
	ws := strings.Fields(e)
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for i, w := range ws {
		// "TYPEFORM SL" is a company; a surname alone in capitals, after
		// a first name that is not, is a person as French writes one:
		// "Yann KLIS" (b43-22).
		if corporateWord(w) || !isName(w) || upperCase(w) && (i < len(ws)-1 || upperCase(ws[0]) || len(w) < 3) {
			return false
		}
	}
	e0 := wordNet().entries(strings.ToLower(ws[len(ws)-1]))
	return len(e0) == 0 || e0[0].pos[0] == 'n' && e0[0].lexfile == 18
}

// ownRoles returns a test for a word of a role of the author's own that
// both texts write, after "our", in capitalised English words: "Our
// Privacy Team" → "Our Data Protection Officer" names no one new. A place
// is a fact wherever it is written ("our US Data Centers" → "our Data
// Centers" is material), but in a table's header, which labels the
// columns under it: "| Our Data Protection Officer |" → "| Our United
// States HQ |", above the rows that give the address. Where only one text
// has such a role, no word is explained.
func (c *classifier) ownRoles(old, new string) func(string) bool {
	runs := func(text string) map[string]bool {
		var out map[string]bool
		ws := strings.Fields(text)
		for i := 0; i+1 < len(ws); i++ {
			if !strings.EqualFold(strings.Trim(ws[i], "*_|(“\""), "our") {
				continue
			}
			var run []string
			for j := i + 1; j < len(ws) && isName(strings.Trim(ws[j], "*_|,.;:)”\"")); j++ {
				run = append(run, strings.Trim(ws[j], "*_|,.;:)”\""))
			}
			if len(run) == 0 || !c.englishOrPlaces(run) {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			for _, w := range run {
				if c.ix.countries[w] && !c.header {
					continue
				}
				for _, f := range c.ix.fold(w) {
					out[f] = true
				}
			}
		}
		return out
	}
	ro, rn := runs(old), runs(new)
	if ro == nil || rn == nil {
		return func(string) bool { return false }
	}
	return func(w string) bool { return ro[w] || rn[w] }
}

// rolesAdded returns the roles (see role) that the new sentence writes
// and the old does not: runs of capitalised words, "the Acme Privacy
// Officer".
func (c *classifier) rolesAdded(old, new string) (roles []string) {
	ws := strings.Fields(new)
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) && isName(strings.Trim(ws[j], "*_|(,.;:)“”\"")) {
			j++
		}
		if j > i {
			run := make([]string, 0, j-i)
			for _, w := range ws[i:j] {
				run = append(run, strings.Trim(w, "*_|(,.;:)“”\""))
			}
			// The run may open with words before the role: "For
			// SCALINGO: Scalingo's Data Protection Officer" (b43-22).
			// The longest tail that is a role is the role.
			for k := 0; k == 0 || k+2 <= len(run); k++ {
				if r := strings.Join(run[k:], " "); !strings.Contains(old, r) && c.role(true, new, r) {
					roles = append(roles, r)
					break
				}
			}
			i = j
			continue
		}
		i++
	}
	return roles
}

// processor reports capitalised words that start with a processor the
// rulebook knows: "Amazon Web Services Account".
func (c *classifier) processor(ws []string) bool {
	for _, e := range c.ix.entityByFirst[ws[0]] {
		if len(e) <= len(ws) && !c.ix.countries[strings.Join(e, " ")] && slices.Equal(e, ws[:len(e)]) {
			return true
		}
	}
	return false
}

// corporateWord reports a word of a company's name, in the singular or
// the plural: "Ltd", "Companies", "Holdings".
func corporateWord(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ".,"))
	return corporate[lw] || corporate[strings.TrimSuffix(lw, "s")] || strings.HasSuffix(lw, "ies") && corporate[strings.TrimSuffix(lw, "ies")+"y"]
}

// subjects are the pronouns that name the author (1) or the reader (2) as
// the one who acts, as a verb's subject. "It" and "they" are left out: they
// name what a sentence already names, and a passive restated puts them
// where "we" stood ("we delete it" → "it is deleted").
var subjects = map[string]uint8{"we": 1, "i": 1, "you": 2}

// beforeVerb are the words that stand between a subject and the verb that
// says what it does: "you would like", "we may also contact".
var beforeVerb = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "shall": true, "should": true, "do": true, "does": true, "did": true, "not": true, "also": true,
	"then": true, "only": true, "still": true, "always": true, "never": true, "now": true}

// verbAfter returns the index of the verb after the subject ws[i], past
// the words that stand between them ("we may also contact").
func verbAfter(ws []string, i int) int {
	j := i + 1
	for j < len(ws) && beforeVerb[ws[j]] {
		j++
	}
	return j
}

// beHave are the forms of "be" and "have", a closed class of auxiliaries
// and copulas: the act of "you are seeking to" is seeking, of "we are able
// to" being able.
var beHave = map[string]bool{"am": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true}

// actedVerb returns the verb of the act whose first verb stands at ws[j]:
// the word after a form of "be" or "have" (past the words verbAfter
// skips), else ws[j]. "If you are seeking to exercise your rights" →
// "before we are able to fulfil them" trades no act between the parties
// (b67-19): the "are" of one is no act, nor the other's.
func actedVerb(ws []string, j int) string {
	if !beHave[ws[j]] {
		return ws[j]
	}
	if k := verbAfter(ws, j); k < len(ws) && subjects[ws[k]] == 0 {
		return ws[k]
	}
	return ws[j]
}

// actorSwapped reports the author and the reader trading who acts, though
// both stay in the sentence: a verb whose subject is "you" on one side has
// "we" on the other, and never the same person ("which newsletters you
// would like to receive" → "which newsletters we would like you to
// receive"; "how often you hear from us" → "how often we hear from you";
// "you decide" → "we decide"). It returns the two readings, "" when there
// is no such trade. Counting the words misses it: only a pronoun came or
// went. A verb traded for its converse is no trade: "we will give you a
// copy" → "you will get a copy from us" gives the same copy.
func actorSwapped(old, new []string) string {
	if len(old) < 2 || len(new) < 2 {
		return ""
	}
	// verbs gives each verb the persons of its subjects, as bits of
	// subjects' values.
	verbs := func(ws []string) map[string]uint8 {
		m := map[string]uint8{}
		for i, w := range ws {
			p := subjects[w]
			if p == 0 {
				continue
			}
			if j := verbAfter(ws, i); j < len(ws) && subjects[ws[j]] == 0 {
				m[actedVerb(ws, j)] |= p
			}
		}
		return m
	}
	o, n := verbs(old), verbs(new)
	who := map[uint8]string{1: "we", 2: "you"}
	for _, w := range old { // in the order of the text, for a stable reason
		// One person on each side, not the same: 1 and 2, or 2 and 1.
		if po, pn := o[w], n[w]; po|pn == 3 && po != 3 && pn != 3 && po != 0 && pn != 0 {
			return fmt.Sprintf("'%s %s' → '%s %s'", who[po], w, who[pn], w)
		}
	}
	return ""
}

// reflexives are the pronouns that name a clause's subject again, each
// with the words of the same person one of which both sides must say:
// "ourselves" is "we". "itself" and "themselves" name whatever the
// subject is, which both sides name in words of their own.
var reflexives = map[string][]string{"ourselves": {"we", "us", "our"}, "yourself": {"you", "your"}, "yourselves": {"you", "your"},
	"itself": nil, "themselves": nil}

// reflexive returns a test for a reflexive pronoun, in folded words, that
// only names the subject again: "we pride ourselves on taking" → "we
// take", "you can delete it yourself". It names no party either side does
// not; who acts is compared apart (actorSwapped).
func reflexive(old, new []string) func(string) bool {
	return func(w string) bool {
		same, ok := reflexives[w]
		if !ok {
			return false
		}
		if same == nil {
			return true
		}
		has := func(ws []string) bool {
			return slices.ContainsFunc(ws, func(x string) bool { return slices.Contains(same, x) })
		}
		return has(old) && has(new)
	}
}
