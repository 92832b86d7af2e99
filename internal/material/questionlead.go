package material

import (
	"strings"
	"unicode"
)

// A question put before a sentence as its lead-in, the way a help page
// writes ("Wondering whether our team can see your account? OmniCRM staff
// may access customer accounts only when …", "Not sure where to send your
// request? Please direct it to …", "Want to exercise one of your rights?
// Please contact us …"), asks what the sentence after it answers. A
// question asserts nothing: put in or taken out, the sentences after it
// commit to what they did. Only a question that asks (an interrogative
// word) or says what the reader wants or wonders opens such a lead-in: a
// yes-or-no question about the reader ("Are you a California resident?
// You can …", "Have an account? …") sets a condition on what follows,
// and is judged as written. So is a question that names something: a
// figure, an address, a name, or a term of the rulebook that neither the
// rest of the paragraph nor the other version writes ("Wondering whether
// Zendesk can see your account?", "Want your data deleted within 7
// days?"). The rest of the paragraph, reworded beside the question, is
// judged alone.

// questionOpeners are the first words, lower-cased, of a question that
// asks or says what the reader wants or wonders: it sets no condition.
var questionOpeners = map[string]bool{"wondering": true, "want": true, "wish": true, "curious": true, "how": true,
	"what": true, "where": true, "when": true, "which": true, "who": true, "whom": true, "why": true,
	// the same asked in the contracted forms a conversational text uses
	// ("Who's this policy for?"), and a wish or a readiness said without
	// its "do you" ("Rather not have cookies?", "Prefer not to have
	// them?", "Ready to make a request?", "Changed your mind?", b77)
	"who's": true, "what's": true, "where's": true, "how's": true, "rather": true, "prefer": true,
	"ready": true, "changed": true, "interested": true, "thinking": true, "looking": true}

// questionLead returns the lead-in questions put in (or taken out), where
// each names nothing new, and the two texts without them. It returns ""
// and the texts as they are when the change puts in no such question.
func (c *classifier) questionLead(old, new string) (q, o, n string) {
	if !containsJoined(old, new, "?") || len(old)+len(new) > maxReread {
		return "", old, new // each question is read against the text before it: a text of thousands would take minutes
	}
	o, removed := c.plainQuestions(old, new)
	n, added := c.plainQuestions(new, old)
	if len(removed) == 0 && len(added) == 0 || len(removed) > 0 && len(added) > 0 {
		return "", old, new // a question changed is compared as written
	}
	return strings.Join(append(removed, added...), " "), o, n
}

// plainQuestions returns text without each lead-in question that other
// does not hold and that names nothing the rest of text or other does
// not, and those questions.
func (c *classifier) plainQuestions(text, other string) (plain string, questions []string) {
	plain = text
	for from := 0; ; {
		end := strings.Index(plain[from:], "? ")
		if end < 0 {
			return plain, questions
		}
		end += from
		start := sentenceStart(plain, end)
		q := plain[start : end+1]
		rest := strings.TrimSpace(plain[end+1:])
		if after, ok := c.answeredQuestion(q, rest); ok && !strings.Contains(other, q) {
			questions = append(questions, strings.TrimSpace(q+" "+strings.TrimSuffix(rest, after)))
			plain = plain[:start] + after
			from = start
			continue
		}
		if rest == "" || strings.Contains(other, q) || !c.leadQuestion(q, plain[:start]+" "+rest+" "+other) {
			from = end + 1
			continue
		}
		questions = append(questions, q)
		plain = plain[:start] + strings.TrimLeft(plain[end+1:], " ")
		from = start
	}
}

// sentenceStart returns where the sentence ending at end begins: after the
// last end of a sentence before it, or at text's first letter.
func sentenceStart(text string, end int) int {
	start := 0
	for _, stop := range []string{". ", "! ", "? ", ": "} {
		if i := strings.LastIndex(text[:end], stop); i >= 0 && i+2 > start {
			start = i + 2
		}
	}
	for start < end && !isLetterByte(text[start]) {
		start++ // a list item's marker stays the item's
	}
	return start
}

// leadQuestion reports a question q that opens as one that sets no
// condition and names nothing context does not: no figure, no address,
// no name, and no term of the rulebook context does not write.
func (c *classifier) leadQuestion(q, context string) bool {
	words := strings.Fields(strings.ToLower(q))
	if len(words) < 2 {
		return false
	}
	if !questionOpeners[words[0]] && !(words[0] == "not" && words[1] == "sure") {
		return false
	}
	if strings.ContainsAny(q, "0123456789@()[]\"“”") || strings.Contains(q, "://") || strings.Contains(q, "www.") || len(c.entities(q)) > 0 {
		return false
	}
	return c.termsWrittenIn(q, context) || c.topicsWrittenIn(q, context)
}

// topicsWrittenIn reports a question whose every term of the rulebook is
// of a kind context writes a term of: it asks about what the answer is
// about, in its own words ("Want it kept for less time? You can configure
// shorter retention periods …", "What do we collect, and when? We may
// collect …", batch 344). A question of another kind ("Want us to train
// our models on it?" before a sentence on retention) is judged as
// written.
func (c *classifier) topicsWrittenIn(q, context string) bool {
	hits := c.ix.strongHits(c.ix.fold(q))
	if len(hits) == 0 {
		return false
	}
	kinds := map[int]bool{}
	for _, h := range c.ix.strongHits(c.ix.fold(context)) {
		kinds[int(h.k)] = true
	}
	for _, h := range hits {
		if !kinds[int(h.k)] {
			return false
		}
	}
	return true
}

// termsWrittenIn reports text whose every term of the rulebook context
// writes too: as it is, or, for a term of one word, in a word WordNet
// gives a meaning of it ("an AI answer" asks after what "an
// AI-generated response" says: "answer" and "response" share a sense),
// or as the first part of a compound ("AI-generated"). A word of the
// same meaning names the same thing; one of another meaning ("sell"
// against "use") is a term the context leaves out.
func (c *classifier) termsWrittenIn(text, context string) bool {
	named := map[[2]int]bool{}
	folded := c.ix.fold(context)
	for _, h := range c.ix.strongHits(folded) {
		named[[2]int{int(h.k), int(h.i)}] = true
	}
	for _, h := range c.ix.strongHits(c.ix.fold(text)) {
		if !named[[2]int{int(h.k), int(h.i)}] && !meantIn(c.ix.terms[h.k][h.i], folded) {
			return false
		}
	}
	return true
}

// meantIn reports a term of one word that words write in a word of its
// meaning, or as the first part of a hyphenated compound.
func meantIn(term, words []string) bool {
	if len(term) != 1 {
		return false
	}
	l := wordNet()
	for _, w := range words {
		if first, _, ok := strings.Cut(w, "-"); ok && first == term[0] || l.close(term[0], w) {
			return true
		}
	}
	return false
}

// A question that says what the reader wants ("Want to exercise one of
// your rights …? Please contact us …", b75-20; "Don't want our promotional
// messages? Follow the unsubscribe instructions …", b75-37) is the
// condition "If you want to …, please contact us" said as a question: it
// asks whether the reader wants it, and the sentence after it says what
// to do if so. Where it names something (a quoted section title, an
// address) it is no lead-in to set aside (questionLead), but it still
// sets no condition but the reader's wish: it is read as that condition,
// its words kept, and the two sides compared so. A condition the other
// side sets beside the wish ("If you are a customer and would like to …")
// is then a condition taken away, as written.

// wishQuestion returns text with each question opening with the reader's
// wish ("Want to …?", "Wish to …?", "Don't want …?") written as the
// condition it asks, "If you want to …, " and the sentence after it, and
// the questions so read. It returns text as it is and no questions when
// there is none. With asPurpose, a wish to act asked before an
// instruction is written as the purpose it asks (wishPurpose).
func (c *classifier) wishQuestion(text string, asPurpose bool) (string, []string) {
	var qs []string
	for from := 0; ; {
		end := strings.Index(text[from:], "? ")
		if end < 0 {
			return text, qs
		}
		end += from
		start := sentenceStart(text, end)
		q := text[start:end]
		cond, ok := wishCondition(q)
		rest := strings.TrimLeft(text[end+1:], " ")
		if !ok || rest == "" || !unicode.IsUpper(rune(rest[0])) {
			from = end + 1
			continue
		}
		first, _, _ := strings.Cut(rest, " ")
		if c.ordinaryWords(strings.Trim(strings.ToLower(first), ",:;")) || pronounOpeners[strings.ToLower(first)] {
			rest = strings.ToLower(rest[:1]) + rest[1:] // "Please contact us" → "please contact us"; a name keeps its capital
		}
		if purpose, ok := wishPurpose(q); ok && asPurpose && c.instruction(firstSentence(rest)) != nil {
			cond = purpose // "Want to see …? Contact us" is "To see …, contact us"
		}
		qs = append(qs, text[start:end+1])
		text = text[:start] + cond + ", " + rest
		from = start + len(cond)
	}
}

// A wish to do something, asked before an instruction to the reader
// ("Want to see the safeguards we use? Contact us to request a copy",
// b75-24), asks the purpose of the step the instruction gives: "To see
// the safeguards we use, contact us …". It puts no condition on what the
// company does, and offers what "You can request a copy … by contacting
// us" offers (readerPermission, instruction.go). Before a sentence that is
// no instruction ("Want us to delete it? We will …") the wish stays the
// condition it asks; so does a wish of something not to be done ("Don't
// want our messages?"), which has no purpose of its own to say.

// wishPurpose returns the clause of purpose a question of the reader's
// wish to act q (without its "?") asks: "Want to see the safeguards" →
// "To see the safeguards".
func wishPurpose(q string) (string, bool) {
	lower := strings.ToLower(q)
	for _, p := range []string{"want to ", "wish to ", "do you want to ", "would you like to "} {
		if strings.HasPrefix(lower, p) {
			return "To " + q[len(p):], true
		}
	}
	return "", false
}

// firstSentence returns text up to the end of its first sentence.
func firstSentence(text string) string {
	if ss := sentences(text); len(ss) > 0 {
		return ss[0]
	}
	return text
}

// pronounOpeners are first words of a sentence WordNet does not list that
// are no names: "We're here to help".
var pronounOpeners = map[string]bool{"we": true, "we're": true, "we’re": true, "we'll": true, "we’ll": true, "you": true, "you'll": true, "you’ll": true, "our": true, "your": true}

// wishCondition returns the condition a question of the reader's wish q
// (without its "?") asks: "Want to see the safeguards" → "If you want to
// see the safeguards", "Don't want our messages" → "If you don't want our
// messages".
func wishCondition(q string) (string, bool) {
	lower := strings.ToLower(q)
	for _, p := range []string{"want ", "wish ", "don't want ", "don’t want ", "do you want ", "would you like "} {
		if strings.HasPrefix(lower, p) {
			verb := strings.TrimPrefix(strings.TrimPrefix(p, "do you "), "would you ")
			if p == "would you like " {
				verb = "would like "
			}
			return "If you " + verb + q[len(p):], true
		}
	}
	// What the reader has, asked without its "do you" ("Got a question
	// about this policy? Contact us", b82-40; "Have an account? …"), is
	// the condition "If you have …" as a wish is "If you want …": it is
	// read so, and a condition the other side does not set is one added.
	for _, p := range []string{"got ", "have ", "do you have ", "have you got "} {
		if rest, ok := strings.CutPrefix(lower, p); ok {
			if first, _, _ := strings.Cut(rest, " "); parties[first] || rest == "" {
				return "", false // "Have you …?" asks about a deed, not a having
			}
			return "If you have " + q[len(p):], true
		}
	}
	return "", false
}

// A yes-or-no question answered at once ("Will we ever use customer data
// for marketing? No: omnie does not use customer data for marketing …",
// "Can you turn cookies off? Yes. Every computer can decline cookies …",
// b82) is a help page's way of putting the sentence after it: the
// answer says the sentence holds, and the sentence says what is
// committed to. The question and its answer commit to nothing the
// sentence does not, where the question names nothing that sentence does
// not write (no figure, no name, no term of the rulebook it leaves out)
// and the answer agrees with the sentence's polarity: "No" before a
// sentence that denies something the question does not deny, "Yes" before
// one that denies no more than the question. Set aside, the sentence is
// judged alone against the other side, so a hedge, a party or a period
// put in it stays the change it is. A question asked without its answer
// ("Are you a California resident? You can …") sets a condition, and is
// judged as written (leadQuestion).

// yesNoOpeners are the auxiliaries, lower-cased, that open a question
// answered by yes or no.
var yesNoOpeners = map[string]bool{"do": true, "does": true, "did": true, "can": true, "could": true, "will": true,
	"would": true, "is": true, "are": true, "may": true, "might": true, "should": true, "shall": true, "has": true, "have": true}

// answeredQuestion reports a yes-or-no question q answered at the start
// of rest by a bare "Yes" or "No" the sentence after it bears out, and
// returns rest after the answer.
func (c *classifier) answeredQuestion(q, rest string) (string, bool) {
	words := strings.Fields(strings.ToLower(q))
	if len(words) < 3 || !yesNoOpeners[words[0]] {
		return "", false
	}
	var no bool
	switch {
	case len(rest) > 4 && strings.HasPrefix(rest, "Yes") && strings.ContainsRune(".,:;!", rune(rest[3])) && rest[4] == ' ':
		rest = rest[5:]
	case len(rest) > 3 && strings.HasPrefix(rest, "No") && strings.ContainsRune(".,:;!", rune(rest[2])) && rest[3] == ' ':
		rest, no = rest[4:], true
	default:
		return "", false
	}
	rest = strings.TrimLeft(rest, " ")
	answer := firstSentence(rest)
	if answer == "" || strings.ContainsAny(q, "0123456789@()[]\"“”") || strings.Contains(q, "://") || len(c.entities(q)) > 0 {
		return "", false
	}
	if denials(answer) > denials(q) != no || !c.termsWrittenIn(q, answer) {
		return "", false
	}
	return rest, true
}

// denials counts the words of denial in text.
func denials(text string) int {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if denial(strings.Trim(w, ".,:;!?\"'“”()")) {
			n++
		}
	}
	return n
}

// A supposition put to the reader ("Say you connect a third-party
// service like Google Calendar: we may access …", b82-34; "Suppose you
// close your account: …") is the condition "If you connect …, we may
// access …" in a help page's voice: the verb of supposing, put first,
// is the conditional conjunction, and the colon ends the condition as a
// comma does. It is read so, and compared with the other side's
// condition as written: a condition it sets that the other side does not
// is one added.

// supposingVerbs are the verbs of supposing that, put first and followed
// by the supposed clause, work as "if" does.
var supposingVerbs = map[string]bool{"say": true, "suppose": true, "supposing": true, "imagine": true, "assume": true, "assuming": true}

// supposition returns text with each sentence or clause after a colon
// opening "Say you …:" (or "Suppose we …,") written "If you …," and
// whether there was one.
func supposition(text string) (string, bool) {
	found := false
	for from := 0; from < len(text); {
		sp := strings.IndexByte(text[from:], ' ')
		if sp < 0 {
			break
		}
		at, word := from, text[from:from+sp]
		from += sp + 1
		if !supposingVerbs[strings.ToLower(word)] || !unicode.IsUpper(rune(word[0])) || sentenceStart(text, at) != at {
			continue
		}
		rest := text[from:]
		if subj, _, _ := strings.Cut(rest, " "); subj != "you" && subj != "we" && subj != "that" {
			continue
		}
		cond, after, ok := strings.Cut(rest, ": ")
		if !ok || strings.ContainsAny(cond, ".;?!\n") {
			continue
		}
		cond = strings.TrimPrefix(cond, "that ")
		text = text[:at] + "If " + cond + ", " + after
		found = true
		from = at
	}
	return text, found
}
