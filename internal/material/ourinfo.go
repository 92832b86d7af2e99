package material

import (
	"regexp"
	"strings"
)

// ourInfoRE is a phrase naming the information a policy is about by whose
// it is or who collects it: "your information", "personal data about
// you", "the information (that) we collect (about you)", "personal data
// collected by us". Group 1 or 2 is the noun; for "we collect" and
// "collected by us", the text after the match decides (ourInfoEnds).
var ourInfoRE = mustPattern(`(?i)\byour\s+((?:personal\s+)?(?:information|data))\b|\b(?:the\s+)?((?:personal\s+)?(?:information|data))\s+(?:(about\s+you)\b|(?:that\s+|which\s+)?we\s+collect(?:\s+about\s+you)?\b|collected\s+by\s+us\b)`)

// ourInfoEnds are the words that may follow "the information we collect"
// without saying which of it: what the main clause goes on with.
var ourInfoEnds = map[string]bool{"against": true, "and": true, "is": true, "are": true, "was": true, "were": true, "will": true, "may": true,
	"must": true, "shall": true, "can": true, "remains": true, "remain": true}

// maxOurInfoText is the longest pair of texts ourInformation reads: 64 KB,
// pages of text, where a paragraph of a policy is a few hundred words.
const maxOurInfoText = 64 << 10

// ourInformation returns old and new with "your information", "information
// about you" and "the information we collect" written as "information":
// in a policy about the information its author collects, they name the
// same data, and what is done with it is compared. "we collect" followed
// by words that say which of it ("from partners", "when you …") is kept,
// and so is a sentence that gives the reader a power ("You can download
// your information"), whose "your" says what is theirs.
func (c *classifier) ourInformation(old, new string) (string, string) {
	if !strings.Contains(old, "nformation") && !strings.Contains(new, "nformation") && !strings.Contains(old, "data") && !strings.Contains(new, "data") {
		return old, new
	}
	if len(old)+len(new) > maxOurInfoText {
		// Deciding costs four foldings of the whole text: a paragraph
		// of tens of pages (a table written as one) is compared as
		// written.
		return old, new
	}
	rewrite := func(m string) string {
		// ourInfoRE needs "information" or "data", and "your", "about"
		// or "collect(ed)": without them, it is not run. Its matches
		// are sought once: a text without any is given back as it is
		// (at is 0).
		if !containsFold(m, "information") && !containsFold(m, "data") ||
			!containsFold(m, "your") && !containsFold(m, "about") && !containsFold(m, "collect") {
			return m
		}
		var b strings.Builder
		at := 0
		for _, sp := range ourInfoMatches(m) {
			var noun string
			if sp[2] >= 0 {
				noun = m[sp[2]:sp[3]]
			} else {
				noun = m[sp[4]:sp[5]]
				if sp[6] < 0 {
					// "we collect": only where nothing says which of it.
					rest := strings.TrimLeft(m[sp[1]:], " ")
					if rest != "" && !strings.ContainsRune(".,;:)", rune(rest[0])) {
						w := rest
						if i := strings.IndexAny(rest, " ,.;:)"); i >= 0 {
							w = rest[:i]
						}
						if !ourInfoEnds[strings.ToLower(w)] {
							continue
						}
					}
				}
			}
			b.WriteString(m[at:sp[0]])
			b.WriteString(noun)
			at = sp[1]
		}
		if at == 0 {
			return m
		}
		b.WriteString(m[at:])
		return b.String()
	}
	o, n := rewrite(old), rewrite(new)
	if o == old && n == new || c.userPermission(c.ix.fold(old), false) || c.userPermission(c.ix.fold(new), false) {
		return old, new
	}
	// Only where it leaves fewer words changed: one side's "the data we
	// collect" against the other's "data we hold" is compared as written.
	r0, a0 := diffWords(c.ix.fold(old), c.ix.fold(new))
	if r1, a1 := diffWords(c.ix.fold(o), c.ix.fold(n)); len(r1)+len(a1) >= len(r0)+len(a0) {
		return old, new
	}
	return o, n
}

// ourInfoAtRE is ourInfoRE anchored: a match that starts where the text
// does.
var ourInfoAtRE = regexp.MustCompile(`^(?:` + ourInfoRE.String() + `)`)

// ourInfoMatches is ourInfoRE.FindAllStringSubmatchIndex(m, -1). Every
// match starts at a word's start with "your", "the", "personal",
// "information" or "data", in any case: the expression is tried anchored
// at each word that opens with one of their first letters, and a match
// read on from its end, where Go's matcher tried it at every byte. \b
// reads the byte before the word as it does in m. Under (?i) "s" also
// matches "ſ", which no first letter is but "personal" and "us" hold: a
// text with one is left to the expression.
func ourInfoMatches(m string) [][]int {
	if strings.Contains(m, "ſ") {
		return ourInfoRE.FindAllStringSubmatchIndex(m, -1)
	}
	var out [][]int
	for p := 0; p < len(m); p++ {
		switch m[p] {
		case 'y', 'Y', 't', 'T', 'p', 'P', 'i', 'I', 'd', 'D':
		default:
			continue
		}
		if p > 0 && reWordByte(m[p-1]) {
			continue
		}
		sp := ourInfoAtRE.FindStringSubmatchIndex(m[p:])
		if sp == nil {
			continue
		}
		for k := range sp {
			if sp[k] >= 0 {
				sp[k] += p
			}
		}
		out = append(out, sp)
		p = sp[1] - 1 // the next match starts where this one ends, at the earliest
	}
	return out
}
