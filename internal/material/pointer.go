package material

import (
	"regexp"
	"strings"
)

var (
	// bracketRE is a bracket at the end of a clause, and the space before it.
	bracketRE = regexp.MustCompile(`\s*\(([^()]*)\)`)
	// pointerVerbRE says where a thing is stated: "is given in", "see".
	pointerVerbRE = regexp.MustCompile(`(?i)^see\b|\b(?:given|set out|listed|described|explained|found|shown)\s+(?:in|under|below|above)\b`)
	// placeRE names a place in the policy: "the section …", "below".
	placeRE = regexp.MustCompile(`(?i)\b(?:section|sections|below|above|paragraph|clause|heading|chapter)\b`)
	// titleRE is a title quoted in a pointer: "Who are we?".
	titleRE = regexp.MustCompile(`"[^"]*"|“[^”]*”|'[^']*'`)
	// backRE opens a bracket about a thing the sentence names: "its
	// address", "their names".
	backRE = regexp.MustCompile(`(?i)^(?:its|their)\s+\S+`)
	// pointedPlaceRE is the place a pointer points to, by its number or
	// its quoted title: "described in section 7", "see "Our legal
	// obligations" below", "set out in the section “Your rights”".
	pointedPlaceRE = regexp.MustCompile(`(?i)\b((?:see|(?:given|set out|listed|described|explained|found|shown|detailed)\s+(?:in|under))\s+)(?:the\s+)?(?:(?:section|chapter|paragraph|clause)\s+(?:\d+(?:\.\d+)*\b|"[^"]*"|“[^”]*”)|"[^"]*"|“[^”]*”)(?:\s+(?:section|below|above)\b)*`)
)

// samePlaces writes every place a pointer points to as one word, so that
// a section named by its number is the section named by its title: which
// part of the policy says a thing commits to nothing. ("described in
// section 7" → "described in "Our legal obligations" below").
func samePlaces(s string) string {
	if !strings.ContainsAny(s, "0123456789\"“") {
		return s
	}
	return pointedPlaceRE.ReplaceAllString(s, "${1}section")
}

// withoutPointers returns s without its brackets that only point to where
// the policy states something: "(its address is given in the section "Who
// are we?")", "(see the section "Contact details" below)". Such a bracket
// commits to nothing. A bracket that says what we do ("we"), states a
// force or a number, or names a term of a category, beyond the one thing
// "its"/"their" points back to ("its address"), is kept: "(see section 5
// for our advertising partners)" tells the reader there are some.
func (c *classifier) withoutPointers(s string) string {
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
