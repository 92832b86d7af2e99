package material

import (
	"slices"
	"strings"
)

var (
	// labelQuoteRE is one label of a definition labelRE matches.
	labelQuoteRE = mustPattern(`[“"‘]([^”"’()]{1,40})[”"’]`)
	// spanWordRE is a word of a text, found with where it stands.
	spanWordRE = mustPattern(`[\p{L}\p{N}][\p{L}\p{N}'’-]*`)
)

// backWords open a phrase that refers back to a thing the text has named:
// "they", "these providers", "such networks", "the said companies".
var backWords = map[string]bool{"they": true, "them": true, "their": true, "these": true, "those": true, "such": true, "said": true}

// definedBack returns old and new with each label defined on one side
// only (labelRE: "(together, "Service Providers")") taken out, and each
// use of that label after its definition written as the phrase the other
// side refers back with in that place: "These providers are obligated" →
// "(together, "Service Providers") … Service Providers are obligated". A
// label stands for the phrase it labels, as "they" or "these providers"
// do, and commits to nothing; what the sentence says of it is compared.
// A use of the label where the other side names anyone else is kept.
func definedBack(old, new string) (string, string) {
	if !containsJoined(old, new, "(") {
		return old, new
	}
	lo, ln := labels(old), labels(new)
	return useBack(old, new, lo, ln), useBack(new, old, ln, lo)
}

// labels returns the labels s defines.
func labels(s string) []string {
	var out []string
	for _, d := range labelRE.FindAllString(s, -1) {
		for _, m := range labelQuoteRE.FindAllStringSubmatch(d, -1) {
			out = append(out, strings.TrimSpace(m[1]))
		}
	}
	return out
}

// useBack returns s, whose labels are mine, without the definitions of
// those the other text does not define, and with their uses written as
// other refers back in their place; s itself when no use is.
func useBack(s, other string, mine, theirs []string) string {
	var fresh []string
	for _, l := range mine {
		if !slices.ContainsFunc(theirs, func(t string) bool { return strings.EqualFold(t, l) }) {
			fresh = append(fresh, l)
		}
	}
	if len(fresh) == 0 {
		return s
	}
	// Each definition goes when every label in it is fresh.
	orig, used := s, false
	s = labelRE.ReplaceAllStringFunc(s, func(d string) string {
		for _, m := range labelQuoteRE.FindAllStringSubmatch(d, -1) {
			if !slices.Contains(fresh, strings.TrimSpace(m[1])) {
				return d
			}
		}
		return ""
	})
	ow := spanWords(other)
	for _, l := range fresh {
		lw := rawWords(strings.ToLower(l))
		if len(lw) == 0 {
			continue
		}
		var b strings.Builder
		last := 0
		sw := spanWords(s)
		for i := 0; i+len(lw) <= len(sw); i++ {
			j := i
			if sw[j].w == "the" && !equalWords(sw[j:j+len(lw)].words(), lw) {
				j++ // "the Hosts"
			}
			if j+len(lw) > len(sw) || !equalWords(sw[j:j+len(lw)].words(), lw) {
				continue
			}
			end := j + len(lw)
			if p, q, ok := referBack(ow, sw, i, end); ok {
				b.WriteString(s[last:sw[i].start])
				b.WriteString(other[ow[p].start:ow[q-1].end])
				last = sw[end-1].end
				i = end - 1
				used = true
			}
		}
		b.WriteString(s[last:])
		s = b.String()
	}
	if !used {
		// A label given and never used for the other side's words is
		// compared as it stands (relabelled).
		return orig
	}
	return s
}

// spanWord is a word of a text, folded to lower case, and where it stands.
type spanWord struct {
	w          string
	start, end int
}

type spanWordList []spanWord

func (l spanWordList) words() []string {
	out := make([]string, len(l))
	for i, x := range l {
		out[i] = x.w
	}
	return out
}

func spanWords(s string) spanWordList {
	var out spanWordList
	for _, m := range spanWordRE.FindAllStringIndex(s, -1) {
		out = append(out, spanWord{strings.ToLower(s[m[0]:m[1]]), m[0], m[1]})
	}
	return out
}

// referBack finds in other, between the same words as sw[i:end] stands
// between (the word before it, the two after it), a phrase that refers
// back: a word of backWords and at most two words after it. It returns
// where that phrase starts and ends in other.
func referBack(other, sw spanWordList, i, end int) (int, int, bool) {
	after := sw[end:min(len(sw), end+2)].words()
	for p := range other {
		if !backWords[other[p].w] {
			continue
		}
		if i > 0 && (p == 0 || other[p-1].w != sw[i-1].w) || i == 0 && p != 0 {
			continue
		}
		for q := p + 1; q <= min(len(other), p+3); q++ {
			if q+len(after) <= len(other) && equalWords(other[q:q+len(after)].words(), after) {
				return p, q, true
			}
		}
	}
	return 0, 0, false
}
