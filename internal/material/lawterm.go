package material

import (
	"slices"
	"strings"
)

// A lawyer writing for readers in several places puts beside the policy's
// own word the word a law uses for the same thing: "Requests (“consumer
// requests” in US state law terms) can be submitted", "the client
// responsible for the data (the "controller" under US state privacy
// laws)", "marketing performance (what US state privacy laws call
// “targeted advertising”)", "specialist companies …, known in US state
// privacy laws as data brokers", "We do not sell your personal
// information, as US state privacy laws define "sell"". The gloss names
// the thing the sentence already names, by a law's name for it: the same
// data, the same parties, the same acts (batch 318 read fourteen of them
// as new recipients, places and purposes, "US" among them). Only a gloss
// a law frames is set aside: a bracket that names a new thing with no law
// in it ("(including precise geolocation)") is read as written, and so is
// a gloss put where the other side had another (one side only).

// lawRefPat is a law or laws named in a gloss: by name ("the CCPA"), by
// field ("US state privacy laws") or by who made them ("US state law"),
// several joined by "and".
var lawRefPat = func() string {
	one := `(?:` + lawNamesPat + `|` + genericLawPat + `|(?:(?:US|U\.S\.|EU|UK)\s+)?(?:state|federal)\s+laws?|` + placeLawPat + `)`
	return one + `(?:(?:,|\s+and|\s+or)\s+` + one + `)*`
}()

// placeLawPat is the law of a place named by the place's adjective: "in
// Australian terms", "under Canadian law", "in Canadian and Australian
// terms", "under the Australian Privacy Principles" (batch 334, a lawyer
// localising the policies for Canada and Australia).
const placeLawPat = `(?:the\s+)?` + placeAdjPat + `(?:\s+(?:and|or)\s+` + placeAdjPat + `)*\s+(?:(?:privacy|data\s+protection)\s+)?(?:laws?|legislation|terms|legal\s+terms|Privacy\s+Principles)`

// placeAdjPat is the adjective of a place with laws of its own.
const placeAdjPat = `(?:Australian|Canadian|Quebec|Californian|American|British|European|Irish|German|French|New\s+Zealand|Singaporean|Indian|Brazilian|Japanese|Swiss|US|U\.S\.|EU|UK)`

// quotedTermPat is a term in quotation marks, of a few words ("provision
// to a third party in a foreign country", the APPI's, is 48 letters).
const quotedTermPat = `(?:“[^”“"()]{1,60}”|"[^"“”()]{1,60}"|‘[^’‘()]{1,60}’)`

var lawTermRE = mustPattern(
	// (“consumer requests” in US state law terms), (the "controller"
	// under US state privacy laws), (you have “opted in”, in US state law
	// terms), (a "disclosure", in the APPI's words)
	`\s*\((?:the\s+|a\s+|an\s+|you\s+have\s+|you\s+are\s+)?` + quotedTermPat + `,?\s+(?:in|under)\s+` + lawRefPat + `(?:[’']s)?(?:\s+(?:terms|words))?\)` +
		// (“consumers”, as US state privacy laws say)
		`|\s*\((?:the\s+|a\s+|an\s+)?` + quotedTermPat + `,?\s+as\s+` + lawRefPat + `\s+(?:says?|calls?\s+(?:it|them)|puts?\s+it)\)` +
		// (what US state privacy laws call “targeted advertising”)
		`|\s*\(what\s+` + lawRefPat + `\s+calls?\s+` + quotedTermPat + `\)` +
		// , known in US state privacy laws as data brokers
		`|,\s*known\s+(?:in|under)\s+` + lawRefPat + `\s+as\s+(?:` + quotedTermPat + `|[a-z]+(?:\s+[a-z]+){0,3})\b` +
		// , as the GDPR and US state privacy laws define them; , as US
		// state privacy laws define "sell"
		`|,?\s+as\s+` + lawRefPat + `\s+defines?\s+(?:it|them|` + quotedTermPat + `)` +
		// The same, its term unquoted (batches 370 and 379, lawyers
		// localising for Switzerland and Japan, and for US states):
		// (what Japan's APPI calls joint use), (called "personal
		// information" in Japan's APPI), (personal data, as the Swiss
		// FADP calls it), (internet activity, in the CCPA’s categories),
		// (as US state privacy laws define it)
		`|\s*\(what\s+` + lawRefPat + `\s+calls?\s+` + lawGlossTermPat + `\)` +
		`|\s*\(as\s+` + lawRefPat + `\s+defines?\s+(?:it|them)\)` +
		`|\s*\((?:also\s+)?called\s+` + quotedTermPat + `\s+(?:in|under|by)\s+` + lawRefPat + `\)` +
		`|\s*\(` + lawGlossTermPat + `,\s+as\s+` + lawRefPat + `\s+(?:calls?\s+(?:it|them)|says?|puts?\s+it)\)` +
		`|\s*\(` + lawGlossTermPat + `,\s+in\s+` + lawRefPat + `(?:[’']s)?\s+(?:categories|terms|words)\)`)

// lawGlossTermPat is a term given unquoted, as a law calls what the
// sentence names: a name in capitals ("the Data Principal", "Data
// Processor") or a definite phrase of a few words ("the right to
// erasure", "the titular", "operador").
const lawGlossTermPat = `(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}|\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,4})`

// lawGlossRE finds unquoted glosses a law frames (batch 346, a lawyer
// localising for Brazil and India): "(the Data Principal, in the DPDP
// Act's words)", "(the right to erasure under the DPDP Act)", "; the
// titular under the LGPD, the Data Principal under the DPDP Act",
// "processor; operador under the LGPD, Data Processor under the DPDP
// Act)". A term that opens with a word that adds ("including precise
// geolocation under the GDPR") is no gloss (lawGlossOpeners).
var lawGlossRE = mustPattern(
	`\s*\(` + lawGlossTermPat + `,?\s+(?:in|under)\s+` + lawRefPat + `(?:[’']s)?(?:\s+(?:terms|words))?\)` +
		`|[;,]\s+` + lawGlossTermPat + `,?\s+(?:in|under)\s+` + lawRefPat + `(?:(?:,|\s+and|\s+or)\s+` + lawGlossTermPat + `,?\s+(?:in|under)\s+` + lawRefPat + `)*`)

// lawGlossOpeners are first words of a bracket or a clause that add to
// what the sentence names, or limit it, rather than name it again.
var lawGlossOpeners = map[string]bool{"including": true, "includes": true, "such": true, "e": true, "eg": true, "for": true, "like": true,
	"except": true, "excluding": true, "and": true, "or": true, "other": true, "any": true, "all": true, "especially": true, "particularly": true,
	"notably": true, "only": true, "unless": true, "where": true, "when": true, "if": true, "not": true, "no": true, "which": true, "who": true,
	"as": true, "we": true, "you": true, "they": true, "it": true, "this": true, "that": true, "these": true, "those": true, "also": true, "plus": true}

// lawTermsOut sets aside, from one side only, glosses that give a law's
// word for what the sentence names (lawTermRE).
func lawTermsOut(old, new string) (o, n, what string) {
	if len(old)+len(new) > maxReread {
		return old, new, ""
	}
	co, cn := lawTermsCut(old, new), lawTermsCut(new, old)
	if len(co) > 0 && len(cn) > 0 || len(co)+len(cn) == 0 {
		return old, new, ""
	}
	return cutPhrases(old, co), cutPhrases(new, cn), quoteWords(append(cn, co...))
}

// lawTermsCut returns the law glosses of s the other text does not hold.
// Each holds a quoted term, "known" or "define", and a law's name, or an
// unquoted term "in" or "under" a law named: most texts hold none, and
// the expressions, long, are not tried on them.
func lawTermsCut(s, other string) []string {
	var cut []string
	quoted := (strings.ContainsAny(s, "“\"‘") || strings.Contains(s, "known") || strings.Contains(s, "define") || strings.Contains(s, "call") || strings.Contains(s, " categories") || strings.Contains(s, " terms")) &&
		(lawNameHint(s) || strings.Contains(s, " law") || strings.Contains(s, " terms") || strings.Contains(s, "Principles"))
	if quoted {
		for _, m := range lawTermRE.FindAllString(s, -1) {
			if phrase := strings.Trim(m, ", "); !containsFold(other, phrase) {
				cut = append(cut, strings.TrimSpace(m)) // ", known in … as data brokers" goes with its comma
			}
		}
	}
	if (strings.Contains(s, " under ") || strings.Contains(s, " in ")) && lawNameHint(s) {
		for _, m := range lawGlossRE.FindAllString(s, -1) {
			phrase := strings.Trim(m, ",;() ")
			first, _, _ := strings.Cut(strings.TrimPrefix(strings.ToLower(phrase), "the "), " ")
			if !lawGlossOpeners[strings.Trim(first, ".,")] && !containsFold(other, phrase) && !slices.Contains(cut, strings.TrimSpace(m)) {
				cut = append(cut, strings.TrimSpace(m)) // "; the titular under the LGPD" goes with its semicolon
			}
		}
	}
	return cut
}
