package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A section titled by what data is collected ("Information We Collect",
// "Information You Provide", "Information Collected Automatically", "What
// sorts of personal information do we hold?") lists the kinds of data a
// notice must name (GDPR Art. 13(1)(c)… and 14(1)(d)): what a change there
// adds or takes away is which data, whatever words of purposes, rights or
// scope its item is written in. "Support inquiries and feedback" → "…,
// feedback and job applications (CV and cover letter)" (b373-21) collects
// CVs; "we try to identify when and how you use those websites" → "we
// record your sessions, clicks and scrolling on those websites" (b374-12)
// collects what the reader does (an act of getting data is which data,
// not what it is for), though the lines read as a scope or a condition.
//
// collectionSection returns "data" for a material verdict of purposes,
// rights, scope, security, children, AI or recipients under such a title
// (what a party adds there is which data it gives: "relevant data (e.g.,
// calendar events, message logs, contact lists and call transcripts)",
// b162-32). It keeps the category of a change that adds or
// takes away an act done with the data once it is had ("access and store"
// → "access, store and analyse", a purpose), and of one that names who
// handles or sees the data ("omnie personnel and subcontractors may
// access"). Transfers, retention, legal bases, cookies and notices keep
// their category: a country, a period or a consent is what the change
// says, in any section.
func (c *classifier) collectionSection(v Verdict, ch redline.Change) string {
	switch v.Category {
	case "purposes", "rights", "scope", "security", "children", "ai", "recipients":
	default:
		return ""
	}
	if !c.titledAs(v, ch, collectionTitled) || c.rb.categoryIndex("data") < 0 {
		return ""
	}
	if v.Category == "recipients" && (strings.HasSuffix(v.Rule, ".entity") || c.handlerNamed(ch) || strings.Contains(ch.New, "publicly")) {
		// "omnie personnel may access" → "omnie personnel and
		// subcontractors may access" (b159-43), "ratings you leave for
		// sellers are shown publicly" (b347-32): who gets it. A party
		// named ("third-party services like Google Calendar, Twilio or
		// HubSpot", the shared case h015) is a recipient as anywhere,
		// though some batches label a source named so as data.
		return ""
	}
	if c.purposeAdded(ch) && (v.Category == "purposes" || v.Category == "ai") {
		// "access and store" → "access, store and analyse",
		// "(for troubleshooting)" → "(for troubleshooting and product
		// analytics)", "We use the information partner services provide
		// to deliver our services" → "… and to personalize our
		// marketing": what the data is for (sectiontitle.go)
		return ""
	}
	return "data"
}

// purposePhraseGrown reports a change that only adds words to a phrase of
// purpose, within three words after its "for": "App version (for
// troubleshooting)" → "(for troubleshooting and product analytics)".
func (c *classifier) purposePhraseGrown(ch redline.Change) bool {
	so, sn := c.changedSentences(ch.Old, ch.New)
	ow, nw := plainWords(so), plainWords(sn)
	p, os, _ := changedSpan(ow, nw)
	return os == p && slices.Contains(nw[max(0, p-3):p], "for")
}

// collectionTitled reports a heading made of a noun of data and a verb of
// collecting it, with nothing beside them but words that ask or say whose
// ("What sorts of personal information do we hold?", "3. Information
// Collected Automatically"), or the sources it comes from ("Information
// from Third Parties"). A title that names anything else ("How we
// collect and use your information", "Information we receive from third
// parties") is not one.
func collectionTitled(heading string) bool {
	if !containsFold(heading, "information") && !containsFold(heading, "data") && !containsFold(heading, "details") {
		return false
	}
	noun, verb, from := false, false, false
	for _, w := range plainWords(strings.ToLower(heading)) {
		switch {
		case w == "information" || w == "data" || w == "details":
			noun = true
		case collectingVerbs[w]:
			verb = true
		case w == "from":
			from = true
		case collectionTitleWords[w] || sectionNumber(w) || from && sourceWords[w]:
		default:
			return false
		}
	}
	return noun && (verb || from)
}

// sourceWords name where data comes from, after "from" in a title:
// "Information from Third Parties", "Data we receive from other sources".
var sourceWords = map[string]bool{"third": true, "parties": true, "party": true, "partners": true,
	"sources": true, "source": true, "other": true, "others": true, "third-party": true, "third-parties": true}

// collectingVerbs are the verbs of a title of the data collected.
var collectingVerbs = map[string]bool{"collect": true, "collected": true, "provide": true, "provided": true,
	"hold": true, "held": true, "access": true, "accessed": true, "gather": true, "gathered": true,
	"obtain": true, "obtained": true, "receive": true, "received": true}

// collectionTitleWords are the other words such a title may have.
var collectionTitleWords = map[string]bool{"what": true, "which": true, "sorts": true, "kinds": true,
	"types": true, "categories": true, "of": true, "do": true, "does": true, "we": true, "you": true,
	"us": true, "to": true, "that": true, "the": true, "your": true, "personal": true, "automatically": true}

// usingAct reports a verb of processing (processingActs) that does
// something with data once it is had, not one that gets it: "analyse",
// "use", "share", where "collect", "record", "log", "track", "monitor",
// "access", "view", "see" and "read" gather it.
func usingAct(w string) bool {
	if !processingActs[w] {
		return false
	}
	for _, g := range gettingActs {
		if strings.HasPrefix(w, g) {
			return false
		}
	}
	return true
}

// gettingActs are the stems of the verbs of processingActs that get data.
var gettingActs = []string{"collect", "record", "log", "track", "monitor", "access", "view", "see", "read"}

// handlerNoun reports a noun of parties given data (partyNoun) or of
// those who work on it for another ("subcontractors").
func handlerNoun(w string) bool { return partyNoun(w) || strings.Contains(w, "contractor") }
