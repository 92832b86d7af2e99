package material

import (
	"strings"
)

// A compliance review often appends the law a sentence already follows:
// "within 72 hours …, as required by Article 33 GDPR" (b69-29), "…
// agreements with our processors, under Article 46(2)(c) GDPR" (b69-26),
// "where applicable law requires, such as under Article 8 of the GDPR"
// (b69-39), "contractual agreements, as required of a Data Processor by
// Article 28 of the UK GDPR" (b69-03). The clause says where the duty
// comes from, not what it is: no period, party, right or condition
// changes, so the reader has nothing new to be told. Only a clause of
// these words is so read: "except", "unless", "where", "only" or any
// word of substance beside the citation is a change of its own, and a
// ground of Article 6(1) or 9(2) names a legal basis (lawcite.go).

// citeClauseWords are the words that introduce a citation of a law:
// "as required by", "in accordance with", "pursuant to", "such as under".
var citeClauseWords = map[string]bool{
	"as": true, "required": true, "requires": true, "require": true, "by": true, "under": true,
	"pursuant": true, "to": true, "in": true, "accordance": true, "with": true, "line": true,
	"such": true, "of": true, "the": true, "a": true, "an": true, "set": true, "out": true,
	"provided": true, "provides": true, "for": true, "and": true,
}

// lawNameWords are the words of the names of the data-protection laws a
// policy cites: "the UK GDPR", "the EU AI Act". "Data" and "protection"
// are not among them: "to data portability (Article 20 of the GDPR)" →
// "to portability" (ota/Qwant/privacy/v4) drops a word of the right too.
var lawNameWords = map[string]bool{
	"gdpr": true, "uk": true, "eu": true, "ai": true, "act": true, "regulation": true, "ccpa": true, "cpra": true, "lgpd": true, "pipeda": true,
	"dpa": true, "eprivacy": true, "directive": true, "european": true, "union": true, "2018": true, "2016/679": true, "(eu)": true,
}

// citeRoles are the roles the law puts a duty on: "as required of a Data
// Processor by Article 28" says whose duty the article states, which
// the sentence already describes.
var citeRoles = map[string]bool{"processor": true, "processors": true, "controller": true, "controllers": true}

// meaningOfRE finds the formula that points a term to the article of the
// law that defines it: "acts as a service provider (processor, within the
// meaning of Article 4(8) GDPR)" (b80-42) says whose definition of
// "processor" the sentence uses, as "as required by Article 28" says whose
// duty it is; the role is the one already named. Only the whole formula
// followed by the article is so read: "within" alone begins a period or a
// place ("within the EU"), and the words of the law beside it are still
// compared as any clause's.
var meaningOfRE = mustPattern(`(?i)\bwithin the meaning of\s+((?:article|art\.)\s*\d)`)

// informWords are the formula a disclosure the law requires is made in:
// "As required by Article 50(1) of the EU AI Act, we inform you that
// when you interact …" (b69-23) gives the same notice as "When you
// interact …". No word of them is a duty or a limit.
var informWords = map[string]bool{"we": true, "inform": true, "you": true, "that": true, "please": true, "note": true, "hereby": true}

// lawClauseAdded reports old and new that say the same once a clause
// citing an article of a law, added to one side where the other cites
// none, is left out.
func (c *classifier) lawClauseAdded(old, new string) bool {
	plain, cited, stripped, ok := citationAdded(old, new) // pinpoint.go
	if !ok {
		return false
	}
	if meaningOfRE.MatchString(cited) {
		stripped = pinpointRE.ReplaceAllString(meaningOfRE.ReplaceAllString(cited, "$1"), " ")
	}
	if strings.Contains(plain, "EU ") && strings.Contains(stripped, "European ") {
		// "EU Commission-approved" → "European Commission-approved"
		// (b69-26): the same adjective, spelt out.
		plain = strings.ReplaceAll(plain, "EU ", "European ")
	}
	plain, stripped = writeAcronyms(plain, stripped)
	removed, added := c.writtenWords(plain, stripped)
	if len(removed) > 0 || len(added) == 0 {
		return false
	}
	law := false
	for i, w := range added {
		lw := strings.ToLower(strings.Trim(w, ",.;:()"))
		switch {
		case lw == "data" && i+1 < len(added) && citeRoles[strings.ToLower(strings.Trim(added[i+1], ",.;:()"))]:
			// "of a Data Processor"
		case lawNameWords[lw]:
			law = true
		case citeClauseWords[lw], citeRoles[lw], informWords[lw], lw == "":
		default:
			return false
		}
	}
	return law
}
