package material

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words that only frame a sentence commit to nothing it does not: a
// pointer to another part of this policy put at a sentence's edge ("In
// the sections below, it …", "…, as explained in the next sentence",
// "…, as the following points explain", "…, as explained under Data
// Storage and Retention") and a connective or a courtesy that opens it
// ("In the same way,", "As you would expect,", "For completeness,"): b211,
// an adversary who edits only the openings and endings of sentences,
// had eleven such frames read as changes. A frame that qualifies the
// commitment ("Generally,", "Where appropriate,", "…, where possible",
// "…, subject to our terms") is no frame: it hedges, conditions or
// excepts, and the rules of force judge it.

// internalPointerRE finds a pointer to another part of this policy, as a
// clause: where it is ("in the sections below"), or what explains it
// ("as the following points explain", "as explained in the next
// sentence", "as explained under Data Storage and Retention").
var internalPointerRE = regexp.MustCompile(`(?i)^(?:(?:as\s+)?(?:(?:explained|described|set out|detailed|shown)\s+)?(?:in|under)\s+the\s+(?:[a-z]+\s+){0,3}(?:sections?|paragraphs?|points?|parts?|sentences?)\s+(?:below|above|that\s+follows?|which\s+follows?)|as\s+(?:explained|described|set out|detailed|shown)\s+(?:in|under)\s+(?:the\s+)?(?:next|following|previous|preceding)\s+(?:sections?|paragraphs?|sentences?|points?)|as\s+the\s+(?:following|next|previous)\s+(?:points?|sections?|paragraphs?|sentences?)\s+(?:explains?|shows?|sets?\s+out|describes?)|as\s+(?:explained|described|set out|detailed)\s+(?:below|above)|as\s+(?:explained|described|detailed)\s+under\s+(?:[A-Z][\w’']*(?:\s+(?:and|&|of|the|[A-Z][\w’']*))*))$`)

// framingOpeners are the connectives and courtesies that open a sentence
// and say nothing of what it commits to.
var framingOpeners = map[string]bool{
	"in the same way": true, "likewise": true, "similarly": true, "as you would expect": true, "as a matter of course": true,
	"for completeness": true, "for the sake of completeness": true, "for the avoidance of doubt": true, "as with any policy": true,
	"to keep things simple for you": true, "to keep things simple": true, "for illustration only": true, "for illustration": true,
	"for your convenience": true, "for your information": true, "to be clear": true, "put simply": true, "in short": true,
	"in summary": true, "of course": true, "naturally": true, "in addition": true, "additionally": true, "furthermore": true,
	"moreover": true, "also": true, "further": true,
}

// framesOut returns old and new without each frame only one of them has,
// and the frames cut, quoted; what is "" where none was.
func framesOut(old, new string) (o, n, what string) {
	if !strings.Contains(old, ",") && !strings.Contains(new, ",") || len(old)+len(new) > maxFramed {
		return old, new, ""
	}
	// A frame is set off by a comma, which what changed holds.
	mo, mn := changedWithMargin(old, new, 40)
	if !strings.Contains(mo, ",") && !strings.Contains(mn, ",") {
		return old, new, ""
	}
	if o, n, what := alwaysAsidesOut(old, new); what != "" {
		return o, n, what
	}
	if !frameWordIn(mo, mn) {
		return old, new, ""
	}
	out := func(s, other string) (string, []string) {
		var cut []string
		for _, t := range sentences(s) {
			body := strings.TrimRight(t, ".!?;: ")
			// An opener: the words before the sentence's first comma.
			if i := strings.Index(body, ", "); i > 0 {
				lead := body[:i]
				if (framingOpeners[strings.ToLower(lead)] || internalPointerRE.MatchString(lead)) && !strings.Contains(other, lead) {
					rest := body[i+2:]
					if r, size := utf8.DecodeRuneInString(rest); size > 0 {
						rest = string(unicode.ToUpper(r)) + rest[size:] // a whole letter: "Émile", not its first byte
					}
					cut = append(cut, lead)
					s = strings.Replace(s, body, rest, 1)
					body = rest
				}
			}
			// A closer: the words after the sentence's last comma.
			if i := strings.LastIndex(body, ", "); i > 0 {
				tail := body[i+2:]
				if internalPointerRE.MatchString(tail) && !strings.Contains(other, tail) {
					cut = append(cut, tail)
					s = strings.Replace(s, body, body[:i], 1)
				}
			}
		}
		return s, cut
	}
	return cutFromBoth(old, new, out)
}

// frameWordIn reports a word a frame needs in what changed (with its
// margin) on either side: a place in the policy, a verb that explains, or
// a framing opener. Most changes have none, and their sentences are not
// split.
func frameWordIn(mo, mn string) bool {
	// The words are in ASCII lower case: lowerIn finds them as the
	// lowered text would hold them, without lowering it.
	return frameWordList.lowerIn(mo) || frameWordList.lowerIn(mn)
}

// frameWords are the words and phrases frameWordIn looks for.
var frameWords = func() []string {
	ws := []string{"below", "above", "follow", "next", "explain", "under", "section"}
	for o := range framingOpeners {
		ws = append(ws, o)
	}
	slices.Sort(ws)
	return ws
}()

// frameWordList is frameWords, looked for in one pass (foldList).
var frameWordList = newFoldList(frameWords...)

// maxFramed bounds the texts framesOut reads: a frame stands at a
// sentence's edge, and a paragraph of many kilobytes (long_test.go) is
// not split into sentences for it.
const maxFramed = 1 << 16

// alwaysPhrases say that a commitment holds at every time, which a
// commitment said without them does too: "we will not, now or at any
// time, discriminate", "whether now or in the future" (b217: read as an
// item added to a list). A time that limits it ("for now", "until …",
// "during the term of …") is no such phrase.
var alwaysPhrases = []string{"now and going forward", "now or at any time", "whether now or in the future", "now or in the future",
	"now and in the future", "on a continuing basis", "on an ongoing basis", "at any time now or in the future"}

// alwaysAsidesOut cuts from each side each such phrase set off by commas
// that the other side does not have.
func alwaysAsidesOut(old, new string) (o, n, what string) {
	if !strings.Contains(old, " now") && !strings.Contains(new, " now") && !strings.Contains(old, "basis") && !strings.Contains(new, "basis") {
		return old, new, ""
	}
	return cutFromBoth(old, new, func(s, other string) (string, []string) {
		var cut []string
		for _, p := range alwaysPhrases {
			if strings.Contains(other, p) {
				continue
			}
			for _, form := range [...]string{", " + p + ",", ", " + p} {
				if i := strings.Index(s, form); i >= 0 {
					rest := s[i+len(form):]
					if form[len(form)-1] != ',' && rest != "" && !strings.ContainsAny(rest[:1], ".;:)") {
						continue // ", now or in the future the …": no closing comma, no end
					}
					cut = append(cut, p)
					if form[len(form)-1] == ',' {
						s = s[:i] + "," + rest
						s = strings.Replace(s, ",,", ",", 1)
					} else {
						s = s[:i] + rest
					}
					break
				}
			}
		}
		return s, cut
	})
}
