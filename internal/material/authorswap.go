package material

import (
	"iter"
	"strings"
)

// authorReplaced reports a name that ctx writes where other, at the same
// place, says "we", "us" or "our": the author's name put for the
// pronoun, or the pronoun for the name ("WarnerMedia websites" → "Our
// websites", "offered by WarnerMedia to consumers" → "offered by us to
// consumers", "the WarnerMedia brand" → "our brands": b43-04, b43-05).
// speaksAsWe reads only sentences that open with the name, and only in a
// text that never says "we" itself; a policy that calls itself both ways
// changes its name for the pronoun anywhere in a sentence. The place is
// the same when "our" stands before the word the name (or its
// possessive) stood before, or "we"/"us" between the same two words as
// the name, more often in other than in ctx. A name the rules know as a party is never the author, and a
// name the words before it give data to is a recipient whatever replaces
// it ("processed by Paylio on our behalf" → "processed by us on our
// behalf" takes a processor away).
func (c *classifier) authorReplaced(ctx, other, e string) bool {
	if c.neverAuthor(e) || !writesWe(other) {
		return false
	}
	ow, cw := rawWords(other), rawWords(ctx)
	for before, after := range occurrences(ctx, e) {
		if before != "" && isAlnumByte(before[len(before)-1]) {
			continue // inside a longer word
		}
		after = strings.TrimPrefix(strings.TrimPrefix(after, "'s"), "’s")
		if after != "" && isAlnumByte(after[0]) {
			continue
		}
		bw, aw := rawWords(lastLine(before)), rawWords(firstLine(after))
		var prev, next string
		if len(bw) > 0 {
			prev = strings.ToLower(bw[len(bw)-1])
		}
		if len(aw) > 0 {
			next = strings.ToLower(aw[0])
		}
		if c.givenData(bw) {
			return false
		}
		if pronounPlaces(ow, prev, next) > pronounPlaces(cw, prev, next) || ourGroupFor(ow, bw, e) {
			return true
		}
	}
	return false
}

// ourGroupFor reports the author's group named where the other side says
// "our group" after the same word: "that make up the Omnis Software
// Group" → "that make up our group of companies" (b48-40). The name must
// end in the group word.
func ourGroupFor(ow, bw []string, e string) bool {
	fs := strings.Fields(e)
	if len(fs) < 2 || len(bw) == 0 {
		return false
	}
	last := strings.ToLower(fs[len(fs)-1])
	if !groupWords[last] {
		return false
	}
	prev := strings.ToLower(bw[len(bw)-1])
	if prev == "the" && len(bw) > 1 {
		prev = strings.ToLower(bw[len(bw)-2])
	}
	for j := 1; j+1 < len(ow); j++ {
		if strings.ToLower(ow[j]) == "our" && strings.ToLower(ow[j+1]) == last && strings.ToLower(ow[j-1]) == prev {
			return true
		}
	}
	return false
}

// pronounPlaces counts the places of ws where "our" stands before next
// (by its stem), or "we"/"us" between prev and next.
func pronounPlaces(ws []string, prev, next string) int {
	n := 0
	for j, w := range ws {
		var a, b string
		if j > 0 {
			a = strings.ToLower(ws[j-1])
		}
		if j+1 < len(ws) {
			b = strings.ToLower(ws[j+1])
		}
		switch strings.ToLower(w) {
		case "our":
			if next != "" && sameNoun(b, next) {
				n++
			}
		case "we", "us":
			if prev != "" && next != "" && a == prev && b == next {
				n++
			}
		}
	}
	return n
}

// sharedWith reports a name ctx writes right after "with" or "to" (an
// article aside) that a verb of sharing, within six words, gives data to:
// "Sharing with Airbnb Payments", "may be shared with Airbnb GSL". Data
// put "on the Airbnb Platform" or provided "to the Airbnb Platform" goes
// to the author's own offering.
func (c *classifier) sharedWith(ctx, e string) bool {
	if first, _, _ := strings.Cut(e, " "); strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s") {
		return false // "sent to Microsoft’s Password Monitor": the author's own feature
	}
	for before := range occurrences(ctx, e) {
		bw := rawWords(lastLine(before))
		if n := len(bw); n > 0 && strings.EqualFold(bw[n-1], "the") {
			bw = bw[:n-1]
		}
		if n := len(bw); n == 0 || !strings.EqualFold(bw[n-1], "with") && !strings.EqualFold(bw[n-1], "to") {
			continue
		}
		for _, w := range bw[max(0, len(bw)-6):] {
			lw := strings.ToLower(w)
			for _, v := range affiliateGivingStems {
				if strings.HasPrefix(lw, v) {
					return true
				}
			}
		}
	}
	return false
}

// affiliateGivingStems are the stems of the verbs that give data to whom "with"
// or "to" names.
var affiliateGivingStems = []string{"shar", "disclos", "transfer", "sell", "sold", "sent", "send"}

// givenData reports words before a name that give it data or have it
// handle data: "share your data with", "disclosed to", "processed by",
// "hosted by". Up to six words are read, within the sentence. A verb of
// sending gives data only to a name after "to" or "with": "sent by
// Corvanta" names the sender.
func (c *classifier) givenData(before []string) bool {
	k := len(before)
	for j := len(before) - 1; j >= 0 && j >= len(before)-6; j-- {
		if w := before[j]; strings.HasSuffix(w, ".") || strings.HasSuffix(w, ";") {
			break
		}
		k = j
	}
	window := strings.Fields(strings.ToLower(strings.Join(before[k:], " ")))
	if len(window) == 0 {
		return false
	}
	if c.recipientsWords(c.ix.fold(strings.Join(window, " "))) {
		return true
	}
	to := window[len(window)-1] == "to" || window[len(window)-1] == "with"
	for _, w := range window {
		for _, v := range handlingVerbs {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
		if to {
			for _, v := range dataGivingStems {
				if strings.HasPrefix(w, v) {
					return true
				}
			}
		}
	}
	return false
}

// dataGivingStems are the stems of the verbs that hand data to whom "to" or
// "with" names.
var dataGivingStems = []string{"shar", "disclos", "transfer", "sell", "sold", "sent", "send", "provid", "mak", "pass", "giv"}

// sameNoun reports two words by their stem, a plural's "s" aside:
// "brand", "brands".
func sameNoun(a, b string) bool {
	if a == b {
		return true
	}
	sa, sb := stem(a), stem(b)
	return sa == sb || strings.TrimSuffix(sa, "s") == strings.TrimSuffix(sb, "s")
}

// lastLine is s after its last line break; firstLine s before its first.
func lastLine(s string) string {
	return s[strings.LastIndexByte(s, '\n')+1:]
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// occurrences yields each place e stands in text, from the left: the text
// between the place before (or the start) and this one, and all the text
// after it. The readers of names (authorReplaced, sharedWith,
// linkedPage, bylineAuthor, writingAuthor, planName) each ask of every
// place where a name stands what is written around it.
func occurrences(text, e string) iter.Seq2[string, string] {
	return func(yield func(before, after string) bool) {
		if e == "" {
			return
		}
		for rest := text; ; {
			i := strings.Index(rest, e)
			if i < 0 || !yield(rest[:i], rest[i+len(e):]) {
				return
			}
			rest = rest[i+len(e):]
		}
	}
}

// wordPlaces yields where e stands in text as a whole word, no letter or
// digit right before or after it ("US", not the "US" of "USB"): its
// start and its end.
func wordPlaces(text, e string) iter.Seq2[int, int] {
	return func(yield func(start, end int) bool) {
		if e == "" {
			return
		}
		for at := 0; ; {
			i := strings.Index(text[at:], e)
			if i < 0 {
				return
			}
			i += at
			at = i + len(e)
			if i > 0 && isAlnumByte(text[i-1]) || at < len(text) && isAlnumByte(text[at]) {
				continue
			}
			if !yield(i, at) {
				return
			}
		}
	}
}
