package material

import (
	"strings"
	"unicode"
)

// Switching a sentence between the passive and the active voice keeps who
// acts: "Backups are managed by AWS" is "AWS manages backups". An editor
// can change the actor while doing it: "Infrastructure security and
// redundancy are managed by AWS through …" → "We manage infrastructure
// security and redundancy through …" (b348-07), "Clients are
// responsible for determining how data is … retained" → "How data is …
// retained is determined by omnie and its clients" (b348-43). Read whole,
// where the policy names AWS and the clients elsewhere, no party was new
// and the rest read "Same commitments, reworded". The duty is now the
// author's, or no longer only the author's: who the reader's recourse is
// against changed (the rubric: "moved to another party").
//
// agentMoved returns the actor of the side that names a party other than
// the author, as written, where one side says an act in the passive with
// its agent ("managed by AWS") and the other says the same act (a verb of
// the same stem) in the active, and the author is the actor on one side
// only. Only parties count as actors: the author ("we", "us", its name),
// the reader ("you"), a name, or a noun of parties ("clients",
// "providers"); "protected by encryption" and "required by law" name no
// one. "" otherwise.
func (c *classifier) agentMoved(so, sn string) string {
	if !strings.Contains(so, " by ") && !strings.Contains(sn, " by ") {
		return ""
	}
	brands := []string{strings.ToLower(c.brand(true)), strings.ToLower(c.brand(false))}
	author := func(ws []string) bool {
		for _, w := range ws {
			switch w {
			case "we", "us", "our":
				return true
			}
			for _, b := range brands {
				if b != "" && w == b {
					return true
				}
			}
		}
		return false
	}
	party := func(ws []string, raw []string) bool {
		if author(ws) {
			return true
		}
		for i, w := range ws {
			if w == "you" || partyNoun(w) || partyNouns[w] || agentNouns[strings.TrimSuffix(w, "s")] {
				return true
			}
			if r := []rune(raw[i]); i > 0 && len(r) > 1 && unicode.IsUpper(r[0]) && c.neverAuthor(raw[i]) {
				return true
			}
			if r := []rune(raw[i]); len(r) > 1 && strings.ToUpper(raw[i]) == raw[i] && c.neverAuthor(raw[i]) {
				return true // "AWS"
			}
		}
		return false
	}
	for _, pair := range [2][2]string{{so, sn}, {sn, so}} {
		passive, active := pair[0], pair[1]
		verb, agent, rawAgent := passiveAgent(passive)
		if verb == "" || len(agent) == 0 || strings.Contains(strings.ToLower(active), " by "+strings.Join(agent, " ")) {
			continue
		}
		subject, rawSubject := activeSubject(active, verb)
		if len(subject) == 0 || !party(agent, rawAgent) || !party(subject, rawSubject) || author(agent) == author(subject) {
			continue
		}
		if author(agent) {
			return strings.Join(rawSubject, " ")
		}
		return strings.Join(rawAgent, " ")
	}
	return ""
}

// agentNouns are nouns of the people and bodies a sentence says act,
// beyond partyNoun's: the author's customers, their staff, the reader's
// organisation.
var agentNouns = map[string]bool{"client": true, "customer": true, "user": true, "administrator": true, "admin": true,
	"employee": true, "staff": true, "personnel": true, "team": true, "organization": true, "organisation": true, "controller": true}

// passiveAgent returns the participle's stem, the agent's words (lower
// case) and the agent as written, of the first "… <participle> by
// <agent>" in s, the agent running to a preposition, a stop or the end;
// "" where there is none.
func passiveAgent(s string) (stem string, agent, raw []string) {
	ws := strings.Fields(s)
	for i := 1; i+1 < len(ws); i++ {
		if strings.ToLower(strings.TrimRight(ws[i], ":")) != "by" {
			continue
		}
		p := strings.ToLower(strings.Trim(ws[i-1], ",;:()"))
		if !participle(p) { // pastreport.go
			continue
		}
		for j := i + 1; j < len(ws) && j < i+8; j++ {
			w := ws[j]
			bare := strings.ToLower(strings.Trim(w, ",;:.()"))
			if agentStops[bare] {
				break
			}
			raw = append(raw, strings.Trim(w, ",;:.()"))
			agent = append(agent, bare)
			if strings.ContainsAny(w, ",;:.)") {
				break
			}
		}
		return verbStem(p), agent, raw
	}
	return "", nil, nil
}

// agentStops end an agent: a preposition or a conjunction that opens
// what is not the actor ("managed by AWS through automated systems").
var agentStops = map[string]bool{"through": true, "via": true, "for": true, "to": true, "in": true, "on": true, "with": true,
	"under": true, "using": true, "at": true, "when": true, "if": true, "where": true, "as": true, "from": true, "so": true,
	"within": true, "after": true, "before": true, "unless": true, "except": true, "who": true, "which": true, "that": true}

// verbStem returns the first letters a verb keeps in all its forms:
// "managed" → "manag", "determined" → "determin".
func verbStem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "ed"), "e")
	if len(w) > 7 {
		w = w[:7]
	}
	return w
}

// activeSubject returns the words (lower case, and as written) before the
// first word of s with the verb's stem, back to the start of its clause,
// where that word is no participle before "by"; nil where s has none.
func activeSubject(s, stem string) (subject, raw []string) {
	if len(stem) < 4 {
		return nil, nil
	}
	ws := strings.Fields(s)
	for i, w := range ws {
		l := strings.ToLower(strings.Trim(w, ",;:.()"))
		if !strings.HasPrefix(l, stem) || i+1 < len(ws) && strings.ToLower(strings.TrimRight(ws[i+1], ":")) == "by" {
			continue
		}
		start := i - 1
		for start >= 0 && !strings.ContainsAny(ws[start], ",;:.") && i-start <= 6 {
			start--
		}
		for _, x := range ws[start+1 : i] {
			raw = append(raw, strings.Trim(x, ",;:.()"))
			subject = append(subject, strings.ToLower(strings.Trim(x, ",;:.()")))
		}
		return subject, raw
	}
	return nil, nil
}
