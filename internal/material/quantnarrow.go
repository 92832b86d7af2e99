package material

import (
	"strings"
	"unicode"
)

// universals are the words that make a sentence hold of every one of a
// kind: a word put between one and its noun leaves some out.
var universals = map[string]bool{"all": true, "any": true, "every": true, "each": true}

// quantifierNarrowed returns the words put between a universal and its
// noun, or taken from there, in a sentence otherwise the same: "We respond
// to all requests" → "… to all GDPR requests" answers fewer (b304-28, a
// miss where the policy names GDPR elsewhere), "all verified requests",
// "any material changes", "all permanent staff". put is false where the
// words were taken: "any compelling legitimate grounds" → "any legitimate
// grounds" holds of more. Sixteen labelled edits of this shape are all
// material. The words are compared as the rules read them: a
// "third-party" the disclaimer rules have set aside is no longer there
// (thirdparty.go). A word that only points or counts ("all such requests", "all
// your requests", "every five (5) years") is no kind of the noun.
func quantifierNarrowed(o, n []string) (words string, put bool) {
	p, s := sharedWordEnds(o, n)
	mid, short := n[p:len(n)-s], o
	put = true
	if len(o)-p-s > 0 {
		mid, short, put = o[p:len(o)-s], n, false
		if len(n)-p-s != 0 {
			return "", false
		}
	}
	if len(mid) == 0 || len(mid) > 2 || p == 0 || !universals[short[p-1]] || s == 0 || len(wordNet().entries(short[p])) == 0 {
		// What follows must be a word of the dictionary, no preposition:
		// "at any without" → "at any time without" mends a phrase.
		return "", false
	}
	for _, w := range mid {
		if determiners[w] || w == "other" || w == "of" || numberWords[w] != 0 || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return "", false
		}
	}
	return strings.Join(mid, " "), put
}

// coordinatorDropped returns the two words an "and" or an "or" stood
// between, in a sentence otherwise the same, where it was taken out and
// they now stand together: "marketing and research companies" →
// "marketing research companies" names one kind of company where it named
// two (b308-13); "based on legitimate interests or for direct marketing" →
// "… interests for direct marketing" makes two grounds one (b152-27). Both
// are labelled material. A coordinator next to another ("email and or a
// notice"), after a comma, one that leaves the words apart ("open
// Settings and select Privacy" made two steps), or beside a word that only joins ("buyers or in
// connection with") is a slip mended, and is left to the other rules.
func coordinatorDropped(o, n []string, old, new string) (a, b string) {
	if len(o) != len(n)+1 {
		return "", ""
	}
	p, q := sharedWordEnds(o, n)
	if p == 0 || p+1 >= len(o) || o[p] != "and" && o[p] != "or" || p+q != len(n) {
		return "", ""
	}
	a, b = o[p-1], o[p+1]
	for _, w := range [...]string{a, b} {
		if w == "and" || w == "or" || prepositions[w] || determiners[w] || len(wordNet().entries(w)) == 0 {
			return "", ""
		}
	}
	if !containsFold(old, a+" "+o[p]+" "+b) || !containsFold(new, a+" "+b) {
		// A comma or a bracket stood between, or stands between now:
		// "open Settings and select Privacy" split into two steps.
		return "", ""
	}
	return a + " " + o[p] + " " + b, a + " " + b
}
