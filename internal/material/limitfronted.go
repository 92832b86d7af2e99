package material

import (
	"slices"
	"strings"
)

// A limit put at the front of its sentence limits who acts, not what is
// done or why: "omnie personnel access this data only to perform support
// services" limits what the access is for; "Only omnie personnel have
// access to this data, in order to perform support services" limits who
// may access it, and the purpose is no longer a limit (b327-42, a round 67
// miss read "Grammar only"). limitMoved sees such a move only where the
// words are the same; a sentence reworded around it kept its words of
// force and its topic, so nothing else spoke.

// limitFronted returns the limit word, the words it now limits at the
// front of one side's sentence (its subject), and the words it limited on
// the other side, where that side holds the limit later in the sentence,
// after the subject's first word. The subject is the two words after the
// fronted limit, an article or a possessive skipped; both sides hold one
// limit word in the sentence compared. A limit fronted over a passive
// ("Only authorised staff can access your data" → "Your data can be
// accessed only by authorised staff") limits the same words on both sides:
// they follow the limit there too, and nothing is returned.
func limitFronted(old, new string) (limit string, subject, was []string) {
	so, sn := sentences(old), sentences(new)
	if len(so) > 12 || len(sn) > 12 {
		return "", nil, nil
	}
	for _, pair := range [2][2][]string{{so, sn}, {sn, so}} {
		for _, front := range pair[0] {
			fw := limitTokens(front)
			if len(fw) < 3 || !limitWords[fw[0].w] || countLimits(fw) != 1 {
				continue
			}
			i := 1
			if i < len(fw) && frontSkip[fw[i].w] {
				i++
			}
			if i+2 > len(fw) || fw[i].end || stopOrVerb(fw[i].w) {
				continue
			}
			subj := []string{fw[i].w, fw[i+1].w}
			if fw[i+1].end || stopOrVerb(fw[i+1].w) || pronounSubject(fw[i].w) {
				subj = subj[:1]
			}
			for _, other := range pair[1] {
				ow := limitTokens(other)
				if len(ow) < 3 || countLimits(ow) != 1 || limitWords[ow[0].w] {
					continue
				}
				k := slices.IndexFunc(ow, func(t limitToken) bool { return limitWords[t.w] })
				if ow[k].end || k+1 == len(ow) || !hasToken(ow[:k], subj[0]) || hasToken(ow[k+1:], subj[0]) {
					// A limit after the words it limits ("for omnie
					// personnel only") limits them as a fronted one does.
					continue
				}
				// What the limit bound there: the words after it, up to
				// the end of its phrase.
				var bound []string
				for _, t := range ow[k+1:] {
					bound = append(bound, t.w)
					if t.end || len(bound) == 5 {
						break
					}
				}
				if len(bound) == 0 || limitOverlap(bound, wordsOf(fw[i:])) == 0 {
					continue
				}
				return fw[0].w, subj, bound
			}
		}
	}
	return "", nil, nil
}

// limitToken is a lower-cased word of a sentence, and whether a comma,
// a bracket or a colon closes its phrase.
type limitToken struct {
	w   string
	end bool
}

// limitTokens returns the words of a sentence, a list marker before it
// dropped.
func limitTokens(s string) []limitToken {
	var out []limitToken
	for _, f := range strings.Fields(strings.TrimLeft(s, "-•*+ \t")) {
		w := strings.ToLower(strings.Trim(f, ",;:.()[]\"'“”‘’!?"))
		if w == "" {
			continue
		}
		out = append(out, limitToken{w: w, end: strings.ContainsAny(f[len(f)-1:], ",;:.)]")})
	}
	return out
}

func countLimits(ts []limitToken) int {
	n := 0
	for _, t := range ts {
		if limitWords[t.w] {
			n++
		}
	}
	return n
}

func wordsOf(ts []limitToken) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.w
	}
	return out
}

// hasToken reports w among ts.
func hasToken(ts []limitToken, w string) bool {
	return slices.ContainsFunc(ts, func(t limitToken) bool { return t.w == w })
}

func limitOverlap(a, b []string) int {
	n := 0
	for _, w := range a {
		if !frontSkip[w] && !stopOrVerb(w) && slices.Contains(b, w) {
			n++
		}
	}
	return n
}

// frontSkip are the words between a fronted limit and its subject.
var frontSkip = map[string]bool{"the": true, "a": true, "an": true, "our": true, "your": true, "their": true, "its": true, "his": true, "her": true, "these": true, "those": true, "this": true, "that": true}

// stopOrVerb are words no subject starts with: a limit before them
// limits a clause, a condition or a verb ("Only if you consent", "Only
// then", "only to perform").
func stopOrVerb(w string) bool {
	switch w {
	case "if", "when", "where", "after", "before", "once", "to", "for", "with", "by", "in", "on", "at", "as", "then", "use", "uses", "used",
		"be", "is", "are", "was", "were", "can", "may", "will", "shall", "must", "should", "would", "could", "do", "does", "not", "and", "or", "so":
		return true
	}
	return false
}
