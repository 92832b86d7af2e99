package material

import (
	"slices"
	"strings"
)

// readerPermission returns new without the modals of permission or advice
// that give the reader the way an instruction of old tells them to act, or
// nil when old is no instruction or a modal is not the reader's. "To obtain a copy
// …, send a request" commits the company to nothing by its verb: it shows
// the reader how to ask. "A copy … can be requested" and "You can
// unsubscribe by clicking …" grant the reader the same, with a modal: a
// modal whose subject is the reader ("you can"), or whose passive verb is
// the act the instruction names ("can be requested" for "send a
// request"). A modal on what the company does ("a copy may be provided",
// "we can provide") is not the reader's: it only permits the company.
func (c *classifier) readerPermission(old string, new []string) []string {
	act := c.instruction(old)
	among := false
	if act == nil {
		// "Please direct requests to the client; where applicable, we
		// will help": an instruction among other sentences. Only a
		// modal of its own verb is then the reader's way to do it
		// ("requests should be directed"); "you may need to" in another
		// sentence is about something else.
		if ss := sentences(old); len(ss) > 1 {
			for _, s := range ss {
				if act = c.instruction(s); act != nil {
					among = true
					break
				}
			}
		}
	}
	if act == nil {
		return nil
	}
	drop := make([]bool, len(new))
	found := false
	for i := 0; i < len(new); i++ {
		for _, p := range c.ix.forceByFirst[new[i]] { // longest first
			if i+len(p.words) > len(new) || !equalWords(new[i:i+len(p.words)], p.words) {
				continue
			}
			if f := c.rb.Force[p.class]; f.Scale == "obligation" {
				// The reader may do it, or should: "Send your request to
				// …" is "Requests should be sent to …". What the company
				// must or will do is no instruction's. In another
				// sentence than the instruction's it stays, to be
				// compared with what the other side says the company does
				// ("…; we will help the client fulfil them"); a duty of
				// the reader's ("requests must be sent", "you may need
				// to") is no way offered, and no instruction is read.
				soft := f.Class == "permission" || f.Class == "advisory"
				reader := i > 0 && new[i-1] == "you"
				if j := i + len(p.words); !reader && j+1 < len(new) && new[j] == "be" {
					// The passive's verb is the instruction's own verb or
					// what the reader asks for, its object ("send a request"
					// → "can be requested", "should be sent"), and nothing is
					// done to the reader: "email us" → "can be emailed to
					// you" is the company's act.
					toReader := j+3 < len(new) && new[j+2] == "to" && new[j+3] == "you"
					// The participle is the verb's ("sent" is "send").
					done := new[j+1]
					if b, ok := participles[done]; ok {
						done = b
					}
					reader = !toReader && slices.ContainsFunc(act, func(w string) bool { return sameVerbStem(w, done) })
					if !reader && !toReader {
						// Or the act the instruction is for: "To submit a
						// request, contact …" is how "requests can be
						// submitted".
						reader = slices.ContainsFunc(purposeLead(old, c.ix), func(w string) bool { return sameVerbStem(w, done) })
					}
				}
				if !soft {
					if reader || !among || i == 0 || c.ix.forceWord[new[i-1]] {
						return nil
					}
					i += len(p.words) - 1
					break
				}
				if among && reader {
					j := i + len(p.words)
					if j < len(new) && new[j] == "be" {
						j++
					}
					done := ""
					if j < len(new) {
						done = new[j]
					}
					if b, ok := participles[done]; ok {
						done = b
					}
					reader = done != "" && sameVerbStem(act[0], done)
				}
				if !reader {
					return nil
				}
				for k := i; k < i+len(p.words); k++ {
					drop[k] = true
				}
				found = true
			}
			i += len(p.words) - 1
			break
		}
	}
	if !found {
		return nil
	}
	var out []string
	for i, w := range new {
		if !drop[i] {
			out = append(out, w)
		}
	}
	return out
}

// purposeLead returns the folded words of the clause of purpose that opens
// s ("To submit a request, …"), or nil.
func purposeLead(s string, ix *index) []string {
	main := strings.TrimSpace(s)
	if !strings.HasPrefix(strings.ToLower(main), "to ") {
		return nil
	}
	i := strings.Index(main, ",")
	if i < 0 {
		return nil
	}
	return ix.fold(main[3:i])
}

// sameVerbStem reports a verb and its inflection: "send" and "sent" (by
// participles), "submit" and "submitted", whose consonant is doubled.
func sameVerbStem(a, b string) bool {
	if p, ok := participles[b]; ok {
		b = p
	}
	sa, sb := stem(a), stem(b)
	if sa == sb {
		return true
	}
	undouble := func(s string) string {
		if n := len(s); n >= 4 && s[n-1] == s[n-2] {
			return s[:n-1]
		}
		return s
	}
	return undouble(sa) == undouble(sb)
}

// instruction returns the folded main clause of a sentence that tells the
// reader how to act, the clause that opens with its verb ("simply send a
// request from …"), or nil when s is no such sentence. A fronted clause of
// purpose or condition is left out: "To obtain a copy of …, send a request".
func (c *classifier) instruction(s string) []string {
	if len(sentences(s)) != 1 {
		return nil
	}
	main := strings.TrimSpace(s)
	for _, lead := range []string{"to ", "if ", "when ", "once ", "should "} {
		if strings.HasPrefix(strings.ToLower(main), lead) {
			if i := strings.Index(main, ","); i > 0 {
				main = main[i+1:]
			}
			break
		}
	}
	act := c.ix.fold(main)
	for len(act) > 0 && c.ix.soft[act[0]] { // "simply send", "please write"
		act = act[1:]
	}
	// An imperative opens with the verb itself, in its base form: "send",
	// not "records" (a noun, and no lemma) or "we".
	if len(act) == 0 || pronouns[act[0]] || c.ix.forceWord[act[0]] {
		return nil
	}
	if e, ok := wordNet().lookup(act[0]); !ok || !strings.Contains(e.pos, "v") {
		return nil
	}
	return act
}

// rightsInstruction reports an instruction whose act is a term of rights:
// it tells the reader how to use a right ("send a request"). What it adds
// for the reader to send or show ("enclosing a scan of a government-issued
// photo ID") is a condition on the right, though it names data.
func (c *classifier) rightsInstruction(s string) bool {
	r := c.rb.categoryIndex("rights")
	act := c.instruction(s)
	if r < 0 || act == nil {
		return false
	}
	set := c.ix.newWordSet(act)
	for j := range c.ix.terms[r][:c.ix.weakFrom[r]] {
		if set.hasAt(r, j) {
			return true
		}
	}
	return false
}

// wishVerbs are the verbs of wanting a "would" softens: "you would like".
var wishVerbs = map[string]bool{"like": true, "prefer": true, "want": true, "wish": true, "rather": true, "love": true}

// readerWish returns a test for "would" where each of old and new writes
// it only in what the reader would like: "the store you would prefer to
// visit" is "your preferred store", a wish of the reader's, not a hedge
// on what the company does ("we would ask for your name" is one).
func readerWish(old, new []string) func(string) bool {
	only := func(ws []string) bool {
		for i, w := range ws {
			if w == "would" && (i == 0 || ws[i-1] != "you" || i+1 == len(ws) || !wishVerbs[ws[i+1]]) {
				return false
			}
		}
		return true
	}
	ok := only(old) && only(new)
	return func(w string) bool { return ok && w == "would" }
}

// contactVerbs are the verbs of reaching someone: "you can write to our
// Data Protection Officer".
var contactVerbs = map[string]bool{"contact": true, "write": true, "email": true, "call": true, "phone": true, "reach": true, "message": true}

// readerContact reports a power of the reader's to reach the company or
// its officer: "you can contact our Data Protection Officer". A channel
// of it added or removed ("directly at dpo@…") is how the reader uses
// their rights.
func readerContact(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "you" && ws[i+1] == "may" && contactVerbs[ws[i+2]] {
			return true
		}
	}
	return false
}

// converse pairs the verbs of giving with those of receiving.
var (
	giveVerbs    = map[string]bool{"provide": true, "give": true, "send": true, "offer": true, "deliver": true}
	receiveVerbs = map[string]bool{"receive": true, "get": true, "obtain": true}
)

// converse returns a test for "you" where one side says a party may give
// and the other that the reader may receive: "so that it can provide local
// support" is "so that you can receive local support", the same act seen
// from the reader's side, where the thing given is the same: "so that
// you can receive tracking and offers" receives more than "it can
// provide tracking" gave.
func converse(old, new []string) func(string) bool {
	// says returns what a subject may give or receive, up to the first
	// preposition, "so" or "we" ("local support" of "it can provide
	// local support in your language"), or nil.
	says := func(ws []string, subject func(string) bool, verbs map[string]bool) []string {
		for i := 0; i+2 < len(ws); i++ {
			if subject(ws[i]) && ws[i+1] == "may" && verbs[ws[i+2]] {
				var thing []string
				for _, w := range ws[i+3:] {
					if w == "in" || w == "to" || w == "for" || w == "with" || w == "from" || w == "by" || w == "so" || w == "we" {
						break
					}
					thing = append(thing, w)
				}
				return append(thing, "")
			}
		}
		return nil
	}
	party := func(w string) bool { return w == "it" || w == "we" || w == "they" }
	reader := func(w string) bool { return w == "you" }
	same := func(a, b []string) bool { return a != nil && b != nil && equalWords(a, b) }
	ok := same(says(old, party, giveVerbs), says(new, reader, receiveVerbs)) && says(new, party, giveVerbs) == nil ||
		same(says(new, party, giveVerbs), says(old, reader, receiveVerbs)) && says(old, party, giveVerbs) == nil
	return func(w string) bool { return ok && w == "you" }
}
