package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A purpose phrase put after what a statement says of processing confines
// the statement to processing for that purpose, and dropped frees it:
// "(us, when we process your data)" → "(us, when we process your data for
// our own purposes)" leaves the author no longer the controller when it
// processes for its customers (b49-34). Where the sentence already says
// "purposes" elsewhere ("determines the purposes and means"), the rules
// find no new word and read the same commitments; the phrase is read
// here, put or dropped whole. A phrase pointing back to purposes already
// said ("for these purposes") adds no term, nor does a label before
// the statement.

// purposeBack point back to purposes already said.
var purposeBack = map[string]bool{"these": true, "those": true, "such": true, "this": true, "that": true, "same": true,
	"above": true, "aforementioned": true, "said": true}

// purposeConfined returns the purpose phrase put or dropped whole, and
// whether it was put: "for our own purposes".
func purposeConfined(old, new []string) (string, bool) {
	p, span, put, ok := putSpan(old, new)
	if p == 0 || !ok {
		// "**For customer research purposes –** We may share …": a
		// label before the statement names it, it does not confine it
		// (Finnair's update 11, a heading set as the paragraph's lead).
		return "", false
	}
	if purposeClauseOpens(span) {
		return strings.Join(span, " "), put
	}
	if len(span) < 2 || span[0] != "for" {
		return "", false
	}
	for i, w := range span[1:min(len(span), 6)] {
		if purposeBack[w] {
			return "", false
		}
		if purposeNouns[w] {
			// "for the purposes of measuring our campaigns": what
			// follows the noun must say which purpose, not open another
			// clause.
			for _, x := range span[i+2:] {
				if clauseJoins[x] {
					return "", false
				}
			}
			return strings.Join(span, " "), put
		}
	}
	return "", false
}

// controllerRoles name the role a party processes in.
var controllerRoles = map[string]bool{"controller": true, "controllers": true, "processor": true, "processors": true}

// purposeConfinedVerdict is the verdict on a purpose phrase put or dropped
// (purposeConfined): the identity of the controller where the sentence
// says in which role a party processes.
func (c *classifier) purposeConfinedVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !anyWordIn(old, purposeNouns) && !anyWordIn(new, purposeNouns) && !slices.Contains(old, "to") && !slices.Contains(new, "to") && !slices.Contains(old, "that") && !slices.Contains(new, "that") {
		return Verdict{}, false
	}
	w, put := purposeConfined(old, new)
	if w == "" {
		return Verdict{}, false
	}
	if anyWordIn(new, controllerRoles) && c.rb.categoryIndex("identity") >= 0 {
		cat = "identity"
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".scope", &signals{}, nil, nil, "")
	v.Reason, v.Direction = c.purposeScopeReason(w, put, ctxOld, ctxNew, v.Category)
	return v, true
}

// purposeScopeReason is the reason and direction of a purpose put or
// dropped, w its words.
func (c *classifier) purposeScopeReason(w string, put bool, ctxOld, ctxNew, category string) (string, string) {
	verb, dir := "narrowed: a purpose it holds for put", Restricts
	if !put {
		verb, dir = "widened: the purpose it held for dropped", Expands
	}
	return fmt.Sprintf("Scope %s, %s: %s (%s)", verb, quoteWords([]string{w}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(category))), dir
}

// purposeNeeds say that an act is done as far as a purpose needs it: "as
// required to deliver services", "where needed to".
var purposeNeeds = map[string]bool{"required": true, "needed": true, "necessary": true, "reasonably": true}

// purposeClauseOpens reports a clause of purpose said whole: "to deliver
// services", "in order to", "so as to", "so that", "as required to
// deliver services". Dropped, the act it followed is no longer confined
// to that purpose: "Data may be accessed by personnel … as required to
// deliver services" → "… by personnel …" (b160-49). The verb after "to"
// must be one ("to third parties" names recipients, not a purpose).
func purposeClauseOpens(span []string) bool {
	i := 0
	switch {
	case len(span) >= 3 && span[0] == "in" && span[1] == "order" && span[2] == "to",
		len(span) >= 3 && span[0] == "so" && span[1] == "as" && span[2] == "to":
		i = 2
	case len(span) >= 3 && span[0] == "so" && span[1] == "that":
		return true
	case len(span) >= 3 && (span[0] == "as" || span[0] == "where" || span[0] == "when") && purposeNeeds[span[1]]:
		i = 2
		if span[i] == "necessary" || span[i] == "needed" || span[i] == "required" {
			i++ // "as reasonably necessary to"
		}
		if i >= len(span) || span[i] != "to" {
			return false
		}
	}
	if i+1 >= len(span) || span[i] != "to" {
		return false
	}
	v := span[i+1]
	if i == 0 && len(span) < 3 || v == "be" || v == "have" || v == "get" || v == "do" {
		// "check whether" → "check to see if": a verb's complement, not
		// an aim; "so as to be able to reach" → "to reach": the aim
		// is the verb after, kept
		return false
	}
	return bareVerb(v)
}

// bareVerb reports a verb in its bare form, as after "to": "deliver", not
// "delivers", "delivered", "delivering", nor a pronoun WordNet files as a
// verb.
func bareVerb(w string) bool {
	return lexPOS(w, 'v') && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !parties[w]
}

// needPurposeDropped returns the clause of a purpose an act was confined
// to as far as needed ("as required to deliver services") that one side
// says and the other says nowhere, in a sentence otherwise reworded, and
// whether it was put: "Data may be accessed by personnel … as required to
// deliver services" → "… whose personnel … may access data" (b160-49).
// The other side must have neither a word of need nor the purpose's verb.
func needPurposeDropped(old, new string) (string, bool) {
	wo, wn := lowered(strings.Fields(old)), lowered(strings.Fields(new))
	find := func(ws, other []string) string {
		for i := 0; i+3 < len(ws); i++ {
			if ws[i] != "as" && ws[i] != "where" && ws[i] != "when" {
				continue
			}
			if !purposeClauseOpens(ws[i:min(len(ws), i+5)]) || !purposeNeeds[ws[i+1]] {
				continue
			}
			j := i + 2
			for j < len(ws) && ws[j] != "to" {
				j++
			}
			verb := ws[j+1]
			if slices.ContainsFunc(other, func(w string) bool { return purposeNeeds[w] || stem(w) == stem(verb) }) {
				return ""
			}
			end := j + 2
			for end < len(ws) && end < j+6 && !clauseJoins[ws[end]] && !strings.HasSuffix(ws[end-1], ",") {
				end++
			}
			return strings.Join(ws[i:end], " ")
		}
		return ""
	}
	if w := find(wo, wn); w != "" {
		return w, false
	}
	if w := find(wn, wo); w != "" {
		return w, true
	}
	return "", false
}

// purposeVerbAdded returns an aim put whole among the aims of a purpose
// said as verbs after "to", or taken out whole, and whether it was put:
// "To analyze usage patterns and improve the Service" → "To analyze usage
// patterns, measure ad campaigns, and improve the Service" (b159-33). The
// aim is a verb and its object, the verb one the other side does not
// have in any form; the rest of the sentence is the same words.
func purposeVerbAdded(old, new []string) (string, bool) {
	// the "and" before the last aim moves when one is put after it
	join := func(w string) bool { return w == "and" }
	old, new = slices.DeleteFunc(slices.Clone(old), join), slices.DeleteFunc(slices.Clone(new), join)
	find := func(before, span, other []string) string {
		if len(span) < 2 || len(span) > 6 || len(before) < 2 {
			return ""
		}
		v := span[0]
		if slices.ContainsFunc(other, func(o string) bool { return stem(o) == stem(v) }) || slices.Contains(span[1:], "to") || parties[v] {
			return ""
		}
		if base, ok := strings.CutSuffix(v, "ing"); ok && len(base) > 2 && (lexPOS(base, 'v') || lexPOS(base+"e", 'v')) {
			// a list of aims said as gerunds: "Troubleshooting and
			// technical support" → "Troubleshooting, technical support
			// and sending you tailored offers" (b180-23); the list before
			// it holds a gerund too, or follows "for"
			for i := len(before) - 1; i >= 0 && i >= len(before)-12; i-- {
				if before[i] == "for" || strings.HasSuffix(before[i], "ing") {
					return strings.Join(span, " ")
				}
			}
			return ""
		}
		if !bareVerb(v) {
			return ""
		}
		// a list of aims opened by "to" and a verb, before the span
		for i := len(before) - 2; i >= 0 && i >= len(before)-12; i-- {
			if before[i] == "to" && lexPOS(before[i+1], 'v') && before[len(before)-1] != "to" {
				return strings.Join(span, " ")
			}
		}
		return ""
	}
	p, span, put, ok := putSpan(old, new)
	if !ok {
		return "", false
	}
	before, other := old[:p], new
	if put {
		before, other = new[:p], old
	}
	if w := find(before, span, other); w != "" {
		return w, put
	}
	return "", false
}

// purposeClausePut reports a change that only puts in a clause of purpose
// said whole (purposeClauseOpens), or takes one out: "for statistical
// analysis and to help us" → "…, to infer your sexual orientation from
// your likes, and to help us" (b405-13) adds a use of the data, whatever
// kind of data the use names.
func (c *classifier) purposeClausePut(ch redline.Change) bool {
	if !containsJoined(ch.Old, ch.New, "to ") && !containsJoined(ch.Old, ch.New, "so that") {
		return false // the cheap test
	}
	span, ok := c.sentencesPut(ch)
	return ok && purposeClauseOpens(span)
}

// useAddedToGround reports a change that only puts in (or takes out) a
// use of the data, said as a clause of purpose after "and", in a line of
// what a lawful ground covers: "Service improvement and
// analytics, and to train our AI models" (b182-01), "…, and to recover
// unpaid invoices" (b199-07). What the ground covers grew by a purpose,
// and a purpose is what the reader is told of (GDPR Art. 13(1)(c)):
// writers file it so, 13 of the 16 such labelled edits the legal-basis
// rules filed. The ground's own words ("or to take steps towards
// offering you a job", the steps before a contract; "to comply with")
// say the ground, not a use; and a purpose put after "or" beside what a
// ground needs ("necessary for us to conduct our business or to improve
// our devices", b247-13, labelled legal basis) widens that need.
func (c *classifier) useAddedToGround(ch redline.Change) bool {
	if !containsJoined(ch.Old, ch.New, " to ") {
		return false // the cheap test
	}
	span, ok := c.sentencesPut(ch)
	if !ok || len(span) < 3 || span[0] != "and" || !purposeClauseOpens(span[1:]) {
		return false
	}
	return !groundVerbs[span[2]]
}

// groundVerbs open the clauses in which a lawful ground of GDPR Art. 6(1)
// says itself: "to take steps at your request before entering into a
// contract", "to perform a contract", "to comply with a legal
// obligation", "to protect vital interests", "to fulfil our obligations".
var groundVerbs = map[string]bool{"take": true, "perform": true, "comply": true, "protect": true, "fulfil": true, "fulfill": true, "meet": true, "enter": true}
