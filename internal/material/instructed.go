package material

import (
	"slices"
	"strings"
)

// onInstructions reports a sentence, folded, that has data handled on
// another's instructions: "instructions" with the customer, client,
// reader or controller who gives them beside it ("in accordance with
// customer instructions", "on the documented instructions of our
// customers", "your instructions as the controller"). Processing only so
// is a processor's role (GDPR Art. 28(3)(a)): the identity category's,
// "Controller identity or role". The author's own instructions to its
// providers ("our instructions") are not its role.
func onInstructions(ws []string) bool {
	for i, w := range ws {
		if w != "instructions" && w != "instruction" {
			continue
		}
		if slices.ContainsFunc(ws[max(0, i-3):min(len(ws), i+4)], func(o string) bool { return instructionGivers[o] }) {
			return true
		}
	}
	return false
}

// instructionGivers are who gives a processor its instructions.
var instructionGivers = map[string]bool{"customer": true, "customers": true, "customer's": true, "client": true, "clients": true, "your": true, "controller": true, "controllers": true}

// sharedWithParty reports an item, folded, that itself hands data to a
// party: a verb of disclosure of the item, then in the sentence ws the
// item stands in "with" or "to" and a person or group of the item
// ("including by sharing it with our insurers and their claims handlers",
// "by disclosing it to our lawyers"), unless the item's words name a
// transfer or the reader is who shares ("content you share with a
// particular audience"). Such an item adds or drops recipients, whatever
// the sentence around it names ("to protect our rights", "to respond to a
// government request").
func (c *classifier) sharedWithParty(item, ws []string) bool {
	wn := wordNet()
	for i, w := range ws {
		if !disclosureVerb(w) || !slices.Contains(item, w) || slices.ContainsFunc(ws[max(0, i-2):i], func(v string) bool { return v == "you" || v == "users" }) {
			continue
		}
		for j := i + 1; j < min(len(ws), i+4); j++ {
			if ws[j] != "with" && ws[j] != "to" {
				continue
			}
			for _, p := range ws[j+1 : min(len(ws), j+4)] {
				if e := wn.entries(p); slices.Contains(item, p) && len(e) > 0 && e[0].pos[0] == 'n' && (e[0].lexfile == 14 || e[0].lexfile == 18) {
					k, hit, _ := c.categorizeAside(item, nil, nil)
					return !hit || k != "transfers" // "sharing it with our affiliates in the US" is a transfer
				}
			}
		}
	}
	return false
}

// disclosureVerb reports a form of a verb that hands data over.
func disclosureVerb(w string) bool {
	return strings.HasPrefix(w, "shar") || strings.HasPrefix(w, "disclos") || strings.HasPrefix(w, "sell") || strings.HasPrefix(w, "sold")
}

// threatsChanged reports a change, folded, that only adds or drops harms
// from the list of what the company protects data from: "protect the
// information we collect from loss, theft, misuse and unauthorized
// access, disclosure, alteration and destruction" → "from loss, theft
// and unauthorized access" (b16-29). That list is the security
// commitment, whatever the words before it name ("the information we
// collect"): each harm stands after "from" or "against", a verb of
// protection a few words before.
func threatsChanged(old, new, removed, added []string) bool {
	n := 0
	for k, ws := range [][]string{removed, added} {
		in := old
		if k == 1 {
			in = new
		}
	words:
		for i, w := range ws {
			switch {
			case threats[w]:
				n++
				if threatOf(in, ws[i:]) {
					break words // "misuse of our services": what is misused ends the run (b356-16)
				}
			case w == "and" || w == "or" || w == "unauthorized" || w == "unauthorised" || w == "accidental" || w == "unlawful":
			default:
				return false
			}
		}
	}
	if n == 0 {
		return false
	}
	protected := func(ws, changed []string) bool {
		for _, w := range changed {
			if !threats[w] {
				continue
			}
			i := slices.Index(ws, w)
			ok := false
			for j := i - 1; j >= max(0, i-12) && !ok; j-- {
				if ws[j] == "from" || ws[j] == "against" {
					ok = slices.ContainsFunc(ws[max(0, j-10):j], func(v string) bool {
						return strings.HasPrefix(v, "protect") || strings.HasPrefix(v, "safeguard") || strings.HasPrefix(v, "secur")
					})
				}
			}
			if i < 0 || !ok {
				return false
			}
		}
		return true
	}
	return protected(old, removed) && protected(new, added)
}

// threatOf reports a run that is a harm and what it is done to, ending
// the run: "misuse", then "our services", written in the sentence as
// "misuse of our services" ("of" is no content word, so the run has
// none). What it is done to is a few words, none of them one that starts
// another clause or item.
func threatOf(sentence, run []string) bool {
	obj := run[1:]
	if len(obj) == 0 || len(obj) > 4 {
		return false
	}
	for _, w := range obj {
		switch w {
		case "and", "or", "to", "for", "by", "with", "where", "when", "if", "unless", "except", "that", "which", "including":
			return false
		}
	}
	want := append([]string{run[0], "of"}, obj...)
	for i := 0; i+len(want) <= len(sentence); i++ {
		if sentence[i] == run[0] && equalWords(sentence[i:i+len(want)], want) {
			return true
		}
	}
	return false
}

// threats are the harms a policy protects data from, folded.
var threats = map[string]bool{"loss": true, "theft": true, "misuse": true, "access": true, "disclosure": true, "alteration": true, "destruction": true,
	"damage": true, "modification": true, "tampering": true, "interference": true, "corruption": true, "use": true, "processing": true}

// useLimit reports a force word of ws that the other side has fewer of
// (forceSpans) right before "for" (not "for example", as "e.g." folds),
// a verb of use a few words before it:
// "use it only for the purposes we specify", "process your personal data
// only for the tasks we assign". Such a force limits what the data
// serves: weakened, the purposes it may be used for widen, whoever uses
// it.
//
// The purpose may be written as an infinitive: "access this data only to
// perform support services", a verb of access before it as of use.
func (c *classifier) useLimit(ws, other []string) bool {
	for _, sp := range c.forceSpans(ws, other) {
		if sp[1]+1 < len(ws) && ws[sp[1]] == "to" && limitAdverbs[ws[sp[1]-1]] && c.baseVerb(ws[sp[1]+1]) {
			if slices.ContainsFunc(ws[max(0, sp[0]-7):sp[0]], func(w string) bool { return useVerbs[w] || accessVerbs[w] }) {
				return true
			}
			continue
		}
		if sp[1] >= len(ws) || ws[sp[1]] != "for" || sp[1]+1 < len(ws) && (ws[sp[1]+1] == "example" || ws[sp[1]+1] == "instance") {
			continue
		}
		if slices.ContainsFunc(ws[max(0, sp[0]-7):sp[0]], func(w string) bool { return useVerbs[w] }) {
			return true
		}
	}
	return false
}

// limitAdverbs are the adverbs that bound how far an act goes, folded:
// "only to perform", "mainly to fix". A condition before an infinitive
// ("in certain circumstances, to delete") bounds no purpose.
var limitAdverbs = map[string]bool{"only": true, "solely": true, "exclusively": true, "primarily": true, "mainly": true, "mostly": true,
	"largely": true, "generally": true, "principally": true, "chiefly": true, "predominantly": true, "usually": true, "typically": true}

// accessVerbs are the forms of the verbs of getting at data, whose
// purpose, written as an infinitive, limits its use: "access this data
// only to perform support".
var accessVerbs = map[string]bool{"access": true, "accesses": true, "accessed": true, "accessing": true, "view": true, "views": true, "viewed": true, "viewing": true}

// baseVerb reports a folded word that is a verb in its base form, as
// after "to" it is an infinitive ("only to perform"), not a party or a
// place ("only to our processor", "only to the United States"): a word
// WordNet knows first as a verb, with no ending of another form.
func (c *classifier) baseVerb(w string) bool {
	if c.ix.grammar[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") {
		return false
	}
	e := wordNet().entries(w)
	return len(e) > 0 && e[0].pos[0] == 'v'
}

// useVerbs are the forms of the verbs of using data, as folded ("use it"
// folds to "utilise it").
var useVerbs = map[string]bool{"use": true, "uses": true, "used": true, "using": true, "utilise": true, "utilises": true, "utilised": true, "utilising": true, "process": true, "processes": true, "processed": true, "processing": true}
