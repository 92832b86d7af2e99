package material

import (
	"strings"
)

// policyRevisedPair writes every verb of revising this text, and a
// doublet of them, as "update", on both sides, when both say the power
// with such verbs, and not the same ones: "We may update or modify this
// Privacy Policy" → "We may change this Privacy Policy" (b55-07, read "an
// item removed from a list"). Updating, modifying, amending, revising,
// altering and editing a policy are one power: to make it say something
// else. Lawyers write two of them for one ("update or modify", "amend
// and/or revise"); a reader told of one is told of the other. Where both
// sides use the same verbs, or one says the power in other words ("make
// changes to this policy"), the texts are left as written: "update this"
// is a phrase of the change-notice policy, which a rewrite would put on
// one side only. Only a verb whose object is the policy, notice,
// statement or terms counts: "update or delete your data" names two acts
// on the reader's data, and "we will update this Privacy Policy" → "we
// will not change …" keeps its negation.
func policyRevisedPair(o, n string) (string, string) {
	vo, vn := reviseVerbs(o), reviseVerbs(n)
	if len(vo) == 0 || len(vn) == 0 || equalWords(vo, vn) {
		// One side says the power in other words ("make changes to this
		// policy"), or both in the same verbs: left as written.
		return o, n
	}
	return policyRevised(o), policyRevised(n)
}

// reviseVerbs lists the verb groups of revising the policy that m says,
// lower case.
func reviseVerbs(m string) []string {
	if !mayRevise(m) {
		return nil // most texts: no regular expression is run
	}
	var out []string
	for _, sub := range reviseRE.FindAllStringSubmatch(m, -1) {
		out = append(out, strings.ToLower(sub[1]))
	}
	return out
}

// mayRevise reports a text that may say the power: a policy's noun and a
// verb's stem.
func mayRevise(m string) bool {
	return (strings.Contains(m, "olic") || strings.Contains(m, "otice") || strings.Contains(m, "tatement") || strings.Contains(m, "erms")) &&
		(strings.Contains(m, "updat") || strings.Contains(m, "modif") || strings.Contains(m, "amend") || strings.Contains(m, "revis") ||
			strings.Contains(m, "chang") || strings.Contains(m, "alter") || strings.Contains(m, "edit"))
}

// policyRevised is policyRevisedPair's rewrite of one side.
func policyRevised(m string) string {
	return reviseRE.ReplaceAllStringFunc(m, func(s string) string {
		sub := reviseRE.FindStringSubmatch(s)
		verb := "update"
		switch first := strings.ToLower(sub[1]); {
		case strings.HasSuffix(first, "ing"):
			verb = "updating"
		case strings.HasSuffix(first, "ed"):
			verb = "updated"
		case strings.HasSuffix(first, "s"):
			verb = "updates"
		}
		return verb + sub[2]
	})
}

// effectSaid writes when a text takes effect as one phrase: "shall be
// effective", "will become effective", "shall take effect" and "takes
// effect" are "take effect", and "immediately upon" is "as soon
// as" ("Any such updates … shall be effective immediately upon their
// announcement" → "Any change takes effect as soon as we announce it",
// b55-07, read "Commitment weakened"). "Shall" there states when a text
// applies; it binds no one to do anything, so dropping it weakens nothing.
// A negation ("shall not take effect") or another time ("30 days after")
// is left as written, and so is "become effective" without "shall" or
// "will", which notice.period reads ("after changes become effective").
func effectSaidPair(o, n string) (string, string) {
	po, pn := effectPhrases(o), effectPhrases(n)
	if len(po) == 0 || len(pn) == 0 || equalWords(po, pn) {
		return o, n // said on one side only, or in the same words: left as written
	}
	return effectSaid(o), effectSaid(n)
}

// effectPhrases lists what m says of when a text takes effect, lower case.
func effectPhrases(m string) []string {
	if !strings.Contains(m, "effect") {
		return nil
	}
	var out []string
	for _, p := range effectPhraseRE.FindAllString(m, -1) {
		out = append(out, strings.ToLower(p))
	}
	return out
}

// effectSaid is effectSaidPair's rewrite of one side.
func effectSaid(m string) string {
	if !strings.Contains(m, "effect") {
		return m
	}
	m = effectRE.ReplaceAllString(m, "take effect")
	var b strings.Builder
	last := 0
	for _, at := range immediatelyUponRE.FindAllStringIndex(m, -1) {
		if onDate(m[at[1]:]) {
			// "takes effect on the date stated in it", "on 1 May": a day
			// named, not the act it takes effect upon (b37-08).
			continue
		}
		b.WriteString(m[last:at[0]])
		b.WriteString("take effect as soon as")
		last = at[1]
	}
	if last == 0 {
		return m
	}
	b.WriteString(m[last:])
	return b.String()
}

// onDate reports text that opens with a day named, after "on": "the
// date", "the day", "the effective date", a number or a month.
func onDate(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) > 0 && f[0] == "the" {
		f = f[1:]
	}
	if len(f) > 0 && (f[0] == "effective" || f[0] == "same") {
		f = f[1:]
	}
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[0], ".,;:")
	return w == "date" || w == "day" || months[w] || w != "" && w[0] >= '0' && w[0] <= '9'
}

var (
	effectRE          = mustPattern(`(?i)\b(?:(?:shall|will|would)\s+(?:be|become)\s+effective|(?:shall|will|would)\s+take\s+effect|takes\s+effect)\b`)
	effectPhraseRE    = mustPattern(`(?i)\b(?:(?:shall|will|would)\s+(?:be|become)\s+effective|(?:shall|will|would)\s+take\s+effect|takes?\s+effect)(?:\s+(?:immediately\s+)?(?:upon|on|after)|\s+as\s+soon\s+as)?\b`)
	immediatelyUponRE = mustPattern(`(?i)\btake effect\s+(?:immediately\s+upon|immediately\s+on|immediately\s+after|upon|on)\b`)
)

// reviseVerb is a verb of revising a text, in any of its forms.
const reviseVerb = `(?:updat(?:e|es|ed|ing)|modif(?:y|ies|ied|ying)|amend(?:s|ed|ing)?|revis(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|alter(?:s|ed|ing)?|edit(?:s|ed|ing)?)`

// reviseRE matches a verb of revising, or two or three of them joined by
// "or", "and", "and/or" or commas, before "this", "our" or "the" and the
// policy's noun a word or two on.
var reviseRE = mustPattern(`(?i)\b(` + reviseVerb + `(?:(?:,\s*|,?\s+(?:or|and/or|and)\s+)` + reviseVerb + `){0,2})(\s+(?:this|our|the)\s+(?:[\w-]+\s+){0,2}(?:policy|notice|statement|terms)\b)`)

// versionPublishedPair writes "update this Privacy Policy (from time to
// time) by publishing an updated version" as "publish an updated version
// of this Privacy Policy (from time to time)", on both sides, when one side
// says the act of revising and the other the act of publishing (b55-40:
// "We may update this Privacy Policy from time to time by publishing an
// updated version" → "From time to time, we may publish an updated
// version of this Privacy Policy", read "The change-notice policy"
// changed). The revision is made by publishing it: the two say one act,
// and how the reader learns of it is the same page. Anything said beside
// the version ("and emailing you") is compared as written.
func versionPublishedPair(o, n string) (string, string) {
	if !containsJoined(o, n, "version") {
		return o, n
	}
	bo, bn := byPublishingRE.MatchString(o), byPublishingRE.MatchString(n)
	po, pn := versionOfRE.MatchString(o), versionOfRE.MatchString(n)
	if !(bo && !bn && pn && !po || bn && !bo && po && !pn) {
		return o, n
	}
	canon := func(m string) string {
		m = byPublishingRE.ReplaceAllString(m, "publish an updated version of $1$2")
		return versionOfRE.ReplaceAllString(m, "publish an updated version of ")
	}
	return canon(o), canon(n)
}

var (
	// byPublishingRE: the policy revised by publishing a new version.
	byPublishingRE = mustPattern(`(?i)\b(?:updat(?:e|es)|chang(?:e|es)|modif(?:y|ies)|revis(?:e|es)|amends?)\s+((?:this|our|the)\s+(?:[\w-]+\s+){0,2}?(?:policy|notice|statement))(\s+from\s+time\s+to\s+time)?\s+by\s+(?:posting|publishing)\s+(?:an?|the)\s+(?:new|updated|revised|amended)\s+version\b`)
	// versionOfRE: a new version of the policy published.
	versionOfRE = mustPattern(`(?i)\b(?:publish(?:es)?|posts?)\s+(?:an?|the)\s+(?:new|updated|revised|amended)\s+version\s+of\s+`)
)
