package material

import (
	"slices"
	"strings"
)

// A number commits the author only as a term of what it does: how long
// data is kept ("30 days"), how old a user must be ("under 13"), how many
// times or how soon ("within 45 days", "once a year"). Two kinds of number
// are no term. A date or a year says when something was or is, and binds
// an act only after a word of time's order ("deleted before 1 March
// 2024", dateInCommitment); "applies from 29/04/2022" → "from 13/12/2022"
// dates the text, and "requests: 20" → "requests in 2022: 20" says which
// year a figure is of. And a figure a report gives of past events ("we
// received 312 requests to know", "Requests to delete denied: 14") is a
// fact about the world the author discloses, as the CCPA's metrics are:
// the reader's rights and the author's duties are the same whatever the
// count. Such numbers, changed, added or removed with nothing but words
// of grammar around them, change no commitment; nor does a line added or
// removed whole that only reports them.

// reportedFigures reports a change whose only changed words, read as
// written, are dates, years and figures reported of past events, with
// words of grammar: "Requests to know received: 120" → "… 145",
// "(January 1, 2024 – December 31, 2024)" → "(… 2025 …)". With one side
// empty, the other must be made of sentences each of which only reports
// such figures (reportLine). A date that bounds an act
// (dateInCommitment), a number with a unit of time, or one after a word
// of limit ("under", "at least", "up to") is a term, and fails it.
func (c *classifier) reportedFigures(ctxOld, ctxNew string) bool {
	if ctxOld == "" || ctxNew == "" {
		text := ctxOld + ctxNew
		if !hasDigit(text) {
			return false
		}
		for _, sen := range sentences(text) {
			if !c.reportLine(sen) {
				return false
			}
		}
		return true
	}
	if !hasDigit(ctxOld + ctxNew) {
		return false
	}
	wo, wn := c.ix.plain(ctxOld), c.ix.plain(ctxNew)
	removed, added := diffWords(wo, wn)
	if len(removed)+len(added) == 0 {
		return false
	}
	for _, w := range append(slices.Clip(removed), added...) {
		// The cheap test first: each word changed is a number, a month
		// or a word of grammar that sets no limit.
		if !isNumber(w) && !months[w] && (!c.ix.grammar[w] || c.ix.negation[w] || c.ix.modal[w] || boundBefore[w] || boundWords[w]) {
			return false
		}
	}
	figure, counted := false, false
	for _, side := range [2]struct {
		changed, ws []string
		text        string
	}{{removed, wo, ctxOld}, {added, wn, ctxNew}} {
		dates := dateWords(side.ws)
		report := pastReport(side.ws, side.text)
		act := !report && c.actDated(side.ws, side.text)
		for _, w := range side.changed {
			switch {
			case isNumber(w):
				if !slices.ContainsFunc(indexesOf(side.ws, w), func(i int) bool { return factNumber(side.ws, i, dates, report, act, side.text) }) {
					return false
				}
				figure = true
				counted = counted || !yearNumber(w) && !inDate([]string{w}, side.ws, dates)
			case months[w] && inDate([]string{w}, side.ws, dates):
			case c.ix.grammar[w] && !c.ix.negation[w] && !c.ix.modal[w] && !boundBefore[w] && !boundWords[w]:
			default:
				return false
			}
		}
	}
	if !figure || processedFrom(wo) || processedFrom(wn) || c.dateInCommitment(ctxOld, ctxNew) || c.dateInCommitment(ctxNew, ctxOld) {
		return false // the costlier test last
	}
	if counted {
		// A count of data disclosed or of parties (disclosedKinds) is
		// still a fact the policy must give.
		if k, hit, _ := c.categorize(c.ix.fold(ctxNew), nil, nil); hit && disclosedKinds[k] {
			return false
		}
	}
	return figure
}

// reportLine reports a sentence that only gives dates, years and figures
// of past events: each of its numbers is one (factNumber), it has at least
// one, it carries no force (no modal, no negation, no limit), and a bare
// figure in it is told of past events (pastReport). A label's value alone
// ("Retention period: 30") may be a term whose unit the label or a
// table's header gives: it is not read as a report.
func (c *classifier) reportLine(sen string) bool {
	ws := c.ix.plain(sen)
	if !slices.ContainsFunc(ws, isNumber) {
		return false
	}
	dates := dateWords(ws)
	report := pastReport(ws, sen)
	act := false
	if !report && slices.ContainsFunc(ws, func(w string) bool { return yearNumber(w) || dates != nil }) {
		act = c.actDated(ws, sen) // only a date or a year asks it
	}
	numbers, figures := 0, 0
	for i, w := range ws {
		if !isNumber(w) {
			continue
		}
		if !factNumber(ws, i, dates, report, act, sen) {
			return false
		}
		numbers++
		if (dates == nil || !dates[i]) && !yearNumber(w) {
			figures++
		}
	}
	if numbers == 0 {
		return false
	}
	if figures == 0 {
		// Only dates and years: a line that dates what it heads
		// ("Information about California resident requests in 2022"),
		// no one's act. A sentence of the author's or the reader's ("In
		// 2022 we shared your data with advertisers"), or one that tells
		// what was done ("Previous version: 29 July 2025, shared with
		// advertisers"), is read as one.
		wn := wordNet()
		for _, w := range ws {
			if parties[w] || pastForm(wn, w, sen) {
				return false
			}
		}
	}
	if figures > 0 {
		// A count of data disclosed, of parties or of places ("we shared
		// data with 2 advertisers in 2022") still says where data went
		// and what of it: those are the facts a policy must give. Counts
		// of requests and of incidents are not.
		if k, hit, _ := c.categorize(c.ix.fold(sen), nil, nil); hit && disclosedKinds[k] {
			return false
		}
	}
	// A force told in the past is one of the events counted ("denied 12
	// of them"), and a conjunction joins two of them ("received 401
	// requests and denied 12"); any other binds.
	fs := c.ix.fold(sen)
	wn := wordNet()
	if _, covered := c.ix.forces(fs); slices.ContainsFunc(indexesOf(covered, true), func(i int) bool { return !pastForm(wn, fs[i], "") && !conjunctions[fs[i]] }) {
		return false
	}
	return true
}

// factNumber reports whether ws[i], a number, is a date's or a year that
// dates no act (act: actDated), or,
// where the text reports past events, a figure: not a period ("30
// days": a unit follows), nor a limit ("under 13", "at least 2", "up to
// 5": a word of limit stands just before).
func factNumber(ws []string, i int, dates []bool, report, act bool, text string) bool {
	if i+1 < len(ws) {
		if _, unit := unitOf[ws[i+1]]; unit {
			return false
		}
	}
	for j := max(0, i-2); j < i; j++ {
		if boundBefore[ws[j]] || boundWords[ws[j]] {
			return false
		}
	}
	if dates != nil && dates[i] && !(i+1 < len(ws) && ws[i+1] == "may" && !(i+2 < len(ws) && yearNumber(ws[i+2]))) {
		// ("children under the age of 14 may": "may" after a number and
		// before no year is the modal, not the month.)
		return report || !act
	}
	if itemNumber(ws, i, text) {
		return false
	}
	if yearNumber(ws[i]) {
		return report || !act
	}
	return report && pastNear(ws, i, text) && counted(ws, i, text)
}

// itemNumber reports a number that numbers a part of a text, not a count:
// "Section 11", "Article 4", "3) Manage …", "(3) In cases …", "3.a.iii",
// "2.1 Information needed".
func itemNumber(ws []string, i int, text string) bool {
	if i > 0 && numberedParts[ws[i-1]] {
		return true
	}
	w := ws[i]
	for at := strings.Index(text, w); at >= 0; {
		end := at + len(w)
		digitBefore := at > 0 && (text[at-1] >= '0' && text[at-1] <= '9' || text[at-1] == '.')
		if !digitBefore && end < len(text) && (text[end] == ')' || text[end] == '.' && end+1 < len(text) && text[end+1] != ' ') {
			return true
		}
		next := strings.Index(text[end:], w)
		if next < 0 {
			break
		}
		at = end + next
	}
	return false
}

// numberedParts name the parts a text is divided into, numbered.
var numberedParts = map[string]bool{"section": true, "sections": true, "article": true, "articles": true, "chapter": true,
	"item": true, "paragraph": true, "part": true, "step": true, "clause": true, "annex": true, "schedule": true,
	"appendix": true, "page": true, "no": true, "number": true}

// counted reports a figure that counts: a plural noun after it ("312
// requests"), a past form right before it ("denied 12 of them") or a past
// "were" after it ("290 were complied with"), a label's
// colon or dash before it ("Requests Received – 654", "denied in 2024:
// 11"), or a list of such figures it ends ("11, 11 and 0").
func counted(ws []string, i int, text string) bool {
	w := ws[i]
	if i+1 < len(ws) && len(ws[i+1]) > 3 && strings.HasSuffix(ws[i+1], "s") {
		for _, e := range wordNet().entries(ws[i+1]) {
			if strings.Contains(e.pos, "n") {
				return true
			}
		}
	}
	if i > 0 && pastForm(wordNet(), ws[i-1], text) || i+1 < len(ws) && (ws[i+1] == "were" || ws[i+1] == "was") {
		return true // "denied 12", "of which 290 were complied with"
	}
	for _, lead := range [...]string{": ", ":", "– ", "— ", "- "} {
		if strings.Contains(text, lead+w) {
			return true
		}
	}
	return i > 1 && isNumber(ws[i-1]) || i > 2 && ws[i-1] == "and" && isNumber(ws[i-2])
}

// actDated reports words that state an act, not a line that dates a
// text: the date in "We will stop sharing your data on 1 March 2025" or
// "Data from 2019 is deleted" is when or to what an act happens, where
// "This Privacy Policy applies from 29/04/2022" dates the text. A modal or
// a person that acts (a pronoun) makes it an act, and so does a verb of
// a category ("deleted", "shared") once the words that name and date the
// document are left out (as dateInCommitment reads a date bound by
// "before"); a category's noun heads a line ("Information about
// California resident requests in 2022").
func (c *classifier) actDated(ws []string, text string) bool {
	for _, w := range ws {
		if parties[w] || presentAux[w] && w != "is" && w != "are" && w != "be" && w != "am" {
			return true
		}
	}
	rest := slices.DeleteFunc(slices.Clone(c.ix.fold(text)), func(w string) bool { return documentWords[w] || c.ix.label[w] })
	wn := wordNet()
	for _, h := range c.ix.strongHits(rest) {
		if e := wn.entries(c.ix.terms[h.k][h.i][0]); len(e) > 0 && e[0].pos[0] == 'v' {
			return true // a category's verb: "deleted", "shared", "collected"
		}
	}
	return false
}

// pastNear reports a past form in the clause of ws[i], within six words
// before or after it: "received 312", "denied 12", "of which 290 were
// complied with"; not "last published on 27 November 2024 and covers 3
// apps", where the count is the present verb's.
func pastNear(ws []string, i int, text string) bool {
	wn := wordNet()
	if requestFiguresLead(text, ws[i]) {
		return true
	}
	for _, dir := range [2]int{-1, 1} {
		for j := i + dir; j >= 0 && j < len(ws) && j != i+7*dir; j += dir {
			if clauseWords[ws[j]] && !(j+dir >= 0 && j+dir < len(ws) && isNumber(ws[j+dir]) && isNumber(ws[j-dir])) {
				break // "and" between two figures lists them: "11, 11 and 0"
			}
			if pastForm(wn, ws[j], text) && !presentBefore(ws, j) {
				return true
			}
		}
	}
	return false
}

// requestFiguresLeadRE is the lead of a line of request figures given
// after a colon: a count, a mean or a median of requests, or of the days
// they took.
var requestFiguresLeadRE = mustPattern(`(?i)\b(?:median|average|mean|number|total)\b.*\brequests?\b`)

// requestFiguresLead reports a figure w listed after the colon of a
// sentence whose lead tells, in the past, of requests counted: "The
// median number of days within which illumin substantively responded to
// requests to know, requests to delete and requests to opt-out: 14, 14
// and 1" (AcuityAds's yearly CCPA figures, ota-117 009, read "Data-subject
// rights: 14 changed to 1"). The verb stands too far from the figures for
// pastNear's window, and a list's "and" parts them. factNumber asks it
// only of a sentence that tells of the past (pastReport): a lead in the
// present or the future ("the number of days within which we will
// respond: 45") sets a term and is not this.
func requestFiguresLead(text, w string) bool {
	j := strings.LastIndex(text, ":")
	return j >= 0 && strings.Contains(text[j:], w) && containsFold(text[:j], "request") && requestFiguresLeadRE.MatchString(text[:j])
}

// clauseWords start another clause: the conjunctions and relative
// pronouns that part two predicates.
var clauseWords = map[string]bool{"and": true, "or": true, "but": true, "which": true, "that": true, "who": true, "while": true, "whereas": true}

// boundBefore are the words that make the number after them a limit, a
// threshold or a rate: "under 13", "at least 16", "up to 5", "more than
// 3", "every 2", "per 100". A closed class: the prepositions and
// quantifiers of degree English puts before a number.
var boundBefore = map[string]bool{"under": true, "over": true, "least": true, "most": true, "than": true, "up": true,
	"within": true, "aged": true, "age": true, "ages": true, "every": true, "per": true, "minimum": true, "maximum": true,
	"below": true, "above": true, "exceed": true, "exceeds": true, "no": true, "not": true, "only": true, "limit": true}

// pastReport reports words that tell of past events: a verb's past form
// not put after a present or future auxiliary ("we received", "were
// denied", "have responded", "requests received"), where "is shared",
// "will be deleted", "can be requested" state a practice. A number in such
// text counts what happened.
func pastReport(ws []string, text string) bool {
	wn := wordNet()
	for i, w := range ws {
		if !pastForm(wn, w, text) {
			continue
		}
		if presentBefore(ws, i) {
			continue
		}
		return true
	}
	return false
}

// presentBefore reports a present or future auxiliary before the past
// form at ws[i] ("is shared", "will be deleted", "may not be sold"), or a
// present perfect ("we have received", "has been disclosed"): a state
// the author attests as of now, a warrant canary's "As of June 30, 2020,
// we have received 2 requests", and no closed report of a past period.
func presentBefore(ws []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch w := ws[j]; {
		case presentAux[w] || w == "have" || w == "has" || w == "we've" || w == "ve":
			return true
		case w != "be" && w != "been" && w != "not" && w != "never" && w != "ever":
			return false
		}
	}
	return false
}

// presentAux are the auxiliaries that make a past participle after them
// a present or future practice, not a past event: "is shared", "are
// kept", "will be deleted", "may be disclosed".
var presentAux = map[string]bool{"is": true, "are": true, "am": true, "be": true, "will": true, "shall": true, "may": true,
	"can": true, "must": true, "should": true, "would": true, "could": true, "might": true, "get": true, "gets": true}

// pastForm reports a verb's past form: a regular one, "-ed" on a WordNet
// verb ("received", "complied", "denied"), or an irregular participle
// ("sent", "made"), written small in text: "United States" names a
// country, and is no event.
func pastForm(wn *lexicon, w, text string) bool {
	if text != "" && !strings.Contains(text, w) {
		return false
	}
	if _, ok := participles[w]; ok {
		return true
	}
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	for _, e := range wn.entries(w) {
		if strings.Contains(e.pos, "v") {
			return true
		}
	}
	return false
}

// disclosedKinds are the categories whose facts a policy must disclose
// even of the past: what data, what for, to whom, where.
var disclosedKinds = map[string]bool{"data": true, "purposes": true, "recipients": true, "transfers": true}

// conjunctions join two events a report counts: the words of the rule
// book's "and" class ("and", "as well as", "plus") and "or".
var conjunctions = map[string]bool{"and": true, "or": true, "as": true, "well": true, "plus": true}

// indexesOf returns the places of w in ws.
func indexesOf[T comparable](ws []T, w T) []int {
	var out []int
	for i, x := range ws {
		if x == w {
			out = append(out, i)
		}
	}
	return out
}

// hasDigit reports a digit in s.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// processedFrom reports a date or a year after "from" or "since" that
// comes right after a verb of processing (GDPR Art. 4(2): collected,
// recorded, stored, used, disclosed …): "applies to data collected from
// 29/04/2022" bounds which data the text covers, though its verb is a
// past form. Figures received or handled ("requests received from
// January 1") are reports, not processing of the reader's data.
func processedFrom(ws []string) bool {
	for i := 1; i+1 < len(ws); i++ {
		if (ws[i] == "from" || ws[i] == "since") && processingPast[ws[i-1]] && (isNumber(ws[i+1]) || months[ws[i+1]]) {
			return true
		}
	}
	return false
}

// processingPast are the past participles of the operations GDPR Art.
// 4(2) lists as processing, and of their common synonyms.
var processingPast = map[string]bool{"collected": true, "recorded": true, "organised": true, "organized": true, "structured": true,
	"stored": true, "adapted": true, "altered": true, "retrieved": true, "consulted": true, "used": true, "disclosed": true,
	"transmitted": true, "disseminated": true, "combined": true, "restricted": true, "erased": true, "destroyed": true,
	"processed": true, "obtained": true, "gathered": true, "kept": true, "retained": true, "shared": true, "sold": true, "transferred": true}
