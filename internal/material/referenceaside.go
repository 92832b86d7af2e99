package material

import (
	"regexp"
	"strings"
)

// A pointer to where else the reader can read more commits to nothing
// the sentence does not: "As our Cookie Policy also explains, our website
// uses …", "safeguards, described further in its Information Security
// Policy, to protect", "using the details under “Contact Us” below"
// (b191, a lawyer working on cross-references: nine such pointers were
// read as changes). A pointer that hands the commitment to another
// document ("as set out in our Retention Schedule" in place of a period,
// "as our Terms of Service provide") changes the words around it as well,
// and is judged with them; one that says the other document governs or
// applies, or that adds "only", "may" or "instead", is no pointer.

// referenceVerbRE finds a verb that points the reader elsewhere.
var referenceVerbRE = mustPattern(`(?i)\b(?:explains?|explained|describes?|described|summari[sz]ed|summari[sz]es|details|detailed|gives? further details|see|set out|listed|named)\b`)

// referencePlaceRE finds what a pointer points to: a section, a
// document, a page, or a place in this one.
var referencePlaceRE = mustPattern(`(?i)\b(?:section|sections|policy|policies|notice|page|pages|agreement|agreements|terms|schedule|above|below)\b|[“"][^”"]+[”"]`)

// referenceBarRE finds what makes a pointer more than one.
var referenceBarRE = mustPattern(`(?i)\b(?:govern|governs|governed|appl(?:y|ies)|instead|rather|only|solely|may|might|must|shall|will|replace[sd]?|supersede[sd]?|incorporated|unless|except)\b`)

// referenceClauseRE finds a clause a pointer could stand in: set off by
// commas or brackets, or opening a sentence with "As … ,".
var referenceClauseRE = regexp.MustCompile(`\(([^()]{3,160})\)|,\s+([^,;.()]{3,160}),|(?:^|\.\s+)(As\s+[^,;.]{3,120}),`)

// referenceAsidesOut returns old and new with each pointer only one of
// them has cut out, and the pointers cut, quoted; what is "" where none
// was.
func referenceAsidesOut(old, new string) (o, n, what string) {
	if !referenceVerbRE.MatchString(old) && !referenceVerbRE.MatchString(new) {
		return old, new, ""
	}
	var cut []string
	out := func(s, other string) string {
		var b strings.Builder
		at := 0
		for _, m := range referenceClauseRE.FindAllStringSubmatchIndex(s, -1) {
			g := 1
			for g <= 3 && m[2*g] < 0 {
				g++
			}
			body := s[m[2*g]:m[2*g+1]]
			if strings.Contains(other, body) || !referenceVerbRE.MatchString(body) || !referencePlaceRE.MatchString(body) || referenceBarRE.MatchString(body) {
				continue
			}
			cut = append(cut, strings.TrimSpace(body))
			switch g {
			case 1: // "(…)": the brackets and the space before them go
				start := m[0]
				if start > 0 && s[start-1] == ' ' {
					start--
				}
				b.WriteString(s[at:start])
			case 2: // ", …," keeps one comma
				b.WriteString(s[at:m[0]] + ",")
			case 3: // "As …, " opening a sentence: what stood before it stays
				b.WriteString(s[at:m[2*g]])
			}
			at = m[1]
			if g == 3 {
				for at < len(s) && s[at] == ' ' {
					at++
				}
			}
		}
		b.WriteString(s[at:])
		return b.String()
	}
	n = out(new, old)
	o = out(old, new)
	if len(cut) == 0 {
		return old, new, ""
	}
	return o, n, quoteWords(cut)
}
