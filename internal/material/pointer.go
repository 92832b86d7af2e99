package material

import (
	"slices"
	"strings"
)

var (
	// bracketRE is a bracket at the end of a clause, and the space before it.
	bracketRE = mustPattern(`\s*\(([^()]*)\)`)
	// pointerVerbRE says where a thing is stated: "is given in", "see",
	// "please refer to", "for more information, consult".
	pointerVerbRE = mustPattern(`(?i)^(?:please\s+)?see\b|\b(?:see|refer to|consult)\s+(?:the\s+)?(?:section|sections|heading|paragraph|clause|chapter|"|“)|\b(?:given|set out|set forth|listed|described|explained|found|shown)\s+(?:in|under|below|above)\b|\bprovided\s+(?:in|under)\b`)
	// placeRE names a place in the policy: "the section …", "below".
	placeRE = mustPattern(`(?i)\b(?:section|sections|below|above|paragraph|clause|heading|chapter)\b`)
	// titleRE is a title quoted in a pointer: "Who are we?".
	titleRE = mustPattern(`"[^"]*"|“[^”]*”|'[^']*'`)
	// backRE opens a bracket about a thing the sentence names: "its
	// address", "their names".
	backRE = mustPattern(`(?i)^(?:its|their)\s+\S+`)
	// pointedPlaceRE is the place a pointer points to, by its number or
	// its quoted title: "described in section 7", "see "Our legal
	// obligations" below", "set out in the section “Your rights”", "you
	// can find the DPA linked within clause 7".
	pointedPlaceRE = mustPattern(`(?i)\b((?:see|(?:given|set out|listed|described|explained|found|shown|detailed|linked)\s+(?:in|under|within)|find\s+(?:the|our|a|an)\s+[^,.;()]{1,60}?\s+(?:in|under|within))\s+)(?:the\s+)?(?:(?:section|chapter|paragraph|clause)\s+(?:\d+(?:\.\d+)*\b|"[^"]*"|“[^”]*”)|"[^"]*"|“[^”]*”)(?:\s+(?:section|below|above)\b)*`)
	// crossRefRE ends in the number of a part of the policy, where a
	// bracket after it gives that part's title: "Section 5 (Your Rights)".
	crossRefRE = mustPattern(`(?i)\b(?:section|clause|paragraph|chapter|part|article|schedule|annex|appendix)\s+\d+(?:\.\d+)*[a-z]?$`)
	// detailsPointerRE points the reader to where the policy gives the
	// details of a thing: "using the details in the “Contact Us” section
	// below", "with the contact information set out in section 9".
	detailsPointerRE = mustPattern(`(?i),?\s*\b(?:using|via|with|through|by using)\s+the\s+(?:contact\s+)?(?:details|information|addresses|address)\s+(?:(?:given|set out|listed|provided|shown)\s+)?(?:in|under|at)\s+(?:the\s+)?(?:(?:section|clause|paragraph)\s+(?:\d+(?:\.\d+)*|"[^"]*"|“[^”]*”)|(?:"[^"]*"|“[^”]*”)\s+(?:section|heading))(?:\s+(?:below|above))?`)
	// titleWordsRE is a title: words, each of more than three letters
	// capitalised ("Your Privacy Rights", "Sharing with Partners").
	titleWordsRE = mustPattern(`^(?:[A-Z][\p{L}'’-]*|[a-z]{1,3})(?:\s+(?:[A-Z][\p{L}'’-]*|[a-z]{1,3}|&))*$`)
)

// pointsHint is strings.ContainsAny(s, "0123456789\"“"), the “ found by
// its bytes: ContainsAny decodes every character when a mark is beyond
// ASCII. A pointer names a place by its number or its quoted title.
func pointsHint(s string) bool {
	return strings.ContainsAny(s, "0123456789\"") || strings.Contains(s, "“")
}

// samePlaces writes every place a pointer points to as one word, so that
// a section named by its number is the section named by its title: which
// part of the policy says a thing commits to nothing. ("described in
// section 7" → "described in "Our legal obligations" below").
func samePlaces(s string) string {
	if !pointsHint(s) || !mayPoint(s) && !containsFold(s, "given") && !containsFold(s, "listed") && !containsFold(s, "found") && !containsFold(s, "shown") && !containsFold(s, "find") && !containsFold(s, "linked") {
		return s
	}
	return pointedPlaceRE.ReplaceAllString(s, "${1}section")
}

// withoutPointers returns s without its brackets, and its phrases
// sending the reader to the details a part of the policy gives, that only
// point to where the policy states something: "(its address is given in the section "Who
// are we?")", "(see the section "Contact details" below)". Such a bracket
// commits to nothing. A bracket that says what we do ("we"), states a
// force or a number, or names a term of a category, beyond the one thing
// "its"/"their" points back to ("its address"), is kept: "(see section 5
// for our advertising partners)" tells the reader there are some.
func (c *classifier) withoutPointers(s string) string {
	if containsFold(s, "section") || containsFold(s, "heading") || containsFold(s, "clause") || containsFold(s, "paragraph") {
		// A phrase that sends the reader to the details a part of the
		// policy gives commits to nothing: those details are compared
		// where they stand.
		s = detailsPointerRE.ReplaceAllString(s, "")
	}
	if !strings.Contains(s, "(") {
		return s
	}
	s = c.withoutSectionTitles(s)
	if !strings.Contains(s, "(") {
		return s
	}
	return bracketRE.ReplaceAllStringFunc(s, func(b string) string {
		in := bracketRE.FindStringSubmatch(b)[1]
		if !pointerVerbRE.MatchString(in) || !placeRE.MatchString(in) {
			return b
		}
		rest := titleRE.ReplaceAllString(in, " ")
		rest = backRE.ReplaceAllString(rest, "")
		for _, w := range rawWords(strings.ToLower(rest)) {
			if w == "we" || w == "us" || w == "our" || isNumber(w) || c.ix.number[w] {
				return b
			}
		}
		f := c.ix.fold(rest)
		if count, _ := c.ix.forces(f); len(count) > 0 || len(c.ix.strongHits(f)) > 0 {
			return b
		}
		return ""
	})
}

// withoutSectionTitles returns s without the titles it gives, in brackets,
// of the parts of the policy it points to by number: "See Section 5 (Your
// Rights)" points to section 5 whatever its title says, so a title
// reworded ("Your Privacy Rights") commits to nothing. The section it
// points to is compared where it stands. A bracket with a number, a force
// or "we" in it is not a title: "Section 5 (kept for 30 days)" is kept.
func (c *classifier) withoutSectionTitles(s string) string {
	var cut []replacement
	for _, m := range bracketRE.FindAllStringSubmatchIndex(s, -1) {
		in := s[m[2]:m[3]]
		// Only the words just before the bracket can name the part: the
		// expression is not run over all the text before each bracket.
		if !crossRefRE.MatchString(s[max(0, m[0]-48):m[0]]) || !titleWordsRE.MatchString(strings.TrimSpace(in)) {
			continue
		}
		// "We" capitalised is a word of the title ("How Long We Keep
		// Data"); "we" in lower case says what we do.
		if ws := rawWords(in); slices.ContainsFunc(ws, func(w string) bool {
			return w == "we" || w == "us" || w == "our" || isNumber(w) || c.ix.number[strings.ToLower(w)]
		}) {
			continue
		}
		if count, _ := c.ix.forces(c.ix.fold(in)); len(count) > 0 {
			continue
		}
		cut = append(cut, replacement{from: m[0], to: m[1]})
	}
	return replaced(s, cut)
}
