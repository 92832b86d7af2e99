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
var referenceVerbRE = mustPattern(`(?i)\b(?:explains?|explained|describes?|described|summari[sz]ed|summari[sz]es|details|detailed|gives? further details|listed|named)\b`)

// referenceWordIn reports a text that may hold a verb of referenceVerbRE,
// by a piece of each that its capitals do not touch: most texts hold
// none, and the expression is not run on them.
func referenceWordIn(s string) bool {
	for _, w := range [...]string{"xplain", "escrib", "ummari", "etail", "isted", "amed"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// referencePlaceRE finds what a pointer points to: a section, a
// document, a page, or a place in this one.
var referencePlaceRE = mustPattern(`(?i)\b(?:section|sections|policy|policies|notice|page|pages|agreement|agreements|terms|schedule|above|below)\b|[“"][^”"]+[”"]`)

// referenceBarRE finds what makes a pointer more than one.
var referenceBarRE = mustPattern(`(?i)\b(?:govern|governs|governed|appl(?:y|ies)|instead|rather|only|solely|may|might|must|shall|will|replace[sd]?|supersede[sd]?|incorporated|unless|except)\b`)

// referenceClauseRE finds a clause a pointer could stand in: set off by
// commas, or opening a sentence with "As … ,". A pointer in brackets, and
// "see …", are read by the rules of pointers in brackets and pointers
// added, which ask whether the title pointed to is the policy's own; "set
// out in" another document brings its terms in.
var referenceClauseRE = regexp.MustCompile(`,\s+([^,;.()]{3,160}),|(?:^|\.\s+)(As\s+[^,;.]{3,120}),`)

// referenceAsidesOut returns old and new with each pointer only one of
// them has cut out, and the pointers cut, quoted; what is "" where none
// was.
func referenceAsidesOut(old, new string) (o, n, what string) {
	if mo, mn := changedWithMargin(old, new, 16); !referenceWordIn(mo) && !referenceWordIn(mn) {
		return old, new, ""
	}
	out := func(s, other string) (string, []string) {
		var cut []string
		var b strings.Builder
		at := 0
		for _, m := range referenceClauseRE.FindAllStringSubmatchIndex(s, -1) {
			g := 1 // ", …,"
			if m[2] < 0 {
				g = 2 // "As …,"
			}
			body := s[m[2*g]:m[2*g+1]]
			if strings.Contains(other, body) || !referenceVerbRE.MatchString(body) || !referencePlaceRE.MatchString(body) || referenceBarRE.MatchString(body) {
				continue
			}
			cut = append(cut, strings.TrimSpace(body))
			switch g {
			case 1: // ", …," keeps one comma
				b.WriteString(s[at:m[0]] + ",")
			case 2: // "As …, " opening a sentence: what stood before it stays
				b.WriteString(s[at:m[2*g]])
			}
			at = m[1]
			if g == 2 {
				for at < len(s) && s[at] == ' ' {
					at++
				}
			}
		}
		b.WriteString(s[at:])
		return b.String(), cut
	}
	return cutFromBoth(old, new, out)
}

// A sentence of its own can point, too, or only invite questions:
// "Section 6 explains how we use this information.", "The safeguards we
// use for these transfers are described below.", "Please contact us if
// you have any questions about these transfers." (b195, an editor who
// adds or removes whole sentences: such sentences were read as changes
// of the paragraph's category).

// questionsInviteRE finds a sentence that asks the reader to bring
// questions, and does nothing else.
var questionsInviteRE = mustPattern(`(?i)^(?:please\s+)?(?:feel free to\s+)?(?:contact|get in touch with|reach out to|write to|ask)\s+(?:us|our\s+\w+(?:\s+team)?)\s+(?:if|with|about|should)\b[^.;]*\bquestions?\b[^.;]*[.!]?$|^(?:our|the)\s+\w+(?:\s+team)?\s+(?:is|are)\s+(?:happy|glad)\s+to\s+(?:help|answer)\b[^.;]*\bquestions?\b[^.;]*[.!]?$`)

// pointerSentencesOut returns old and new without each sentence only one
// of them has that points elsewhere or only invites questions, and the
// sentences cut, quoted; what is "" where none was.
func pointerSentencesOut(old, new string) (o, n, what string) {
	if mo, mn := changedWithMargin(old, new, 16); !referenceWordIn(mo) && !referenceWordIn(mn) && !strings.Contains(mo, "question") && !strings.Contains(mn, "question") {
		return old, new, ""
	}
	out := func(s, other string) (string, []string) {
		var cut []string
		if !strings.Contains(s, ". ") && !strings.HasSuffix(s, ".") || !referenceWordIn(s) && !strings.Contains(s, "question") {
			return s, nil
		}
		var others []string
		for _, t := range sentences(s) {
			pointer := referenceWordIn(t) && referenceVerbRE.MatchString(t) && referencePlaceRE.MatchString(t) && !referenceBarRE.MatchString(t) && len(strings.Fields(t)) <= 20
			if !pointer && !(strings.Contains(t, "question") && questionsInviteRE.MatchString(strings.TrimSpace(t))) || strings.Contains(other, t) {
				continue
			}
			if others == nil {
				others = sentences(other)
			}
			if rewrittenFrom(t, others) {
				continue // a sentence both sides have, reworded, is judged as such
			}
			cut = append(cut, t)
			s = strings.Replace(strings.Replace(s, " "+t, "", 1), t, "", 1)
		}
		return s, cut
	}
	return cutFromBoth(old, new, out)
}

// rewrittenFrom reports a sentence that shares half its words or more
// with one of others: the same sentence reworded, not one added.
func rewrittenFrom(t string, others []string) bool {
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range normWords(s) {
			m[w] = true
		}
		return m
	}
	wt := words(t)
	for _, o := range others {
		wo := words(o)
		shared := 0
		for w := range wt {
			if wo[w] {
				shared++
			}
		}
		if 2*shared >= len(wt) {
			return true
		}
	}
	return false
}

// cutFromBoth runs cut on each side, the other side beside it, the new
// side first, and returns both texts cut and what was cut, quoted; what
// is "" where nothing was.
func cutFromBoth(old, new string, cut func(s, other string) (string, []string)) (o, n, what string) {
	n, wn := cut(new, old)
	o, wo := cut(old, new)
	if len(wn)+len(wo) == 0 {
		return old, new, ""
	}
	return o, n, quoteWords(append(wn, wo...))
}
