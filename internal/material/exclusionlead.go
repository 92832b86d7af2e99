package material

// leadingExclusion returns ws with each exclusion said before what it
// keeps ("for no purpose other than performing support", "with no one
// other than our processors", "nothing except your email", "for no other
// reason than to …") said by "only" before it ("only for performing
// support", "only with our processors", "only your email"): excluding
// all but one purpose, party or thing is what "only" says of it, the
// exclusive force, not a negation added. The noun the exclusion counts
// ("purpose", "one") goes: what follows names it. "for purposes other
// than …", with no "no", excludes nothing and is left as it stands, as
// is an exclusion that keeps nothing after it. ws is not changed.
func leadingExclusion(ws []string) []string {
	for i, w := range ws {
		var n int // words of the exclusion from i
		switch w {
		case "no":
			n = exclusionTail(ws, i+1, 2)
		case "nothing", "nobody", "none":
			n = exclusionTail(ws, i+1, 0)
		}
		if n == 0 || i+n >= len(ws) {
			continue
		}
		out := make([]string, 0, len(ws))
		start := i
		if i > 0 && exclusionPrepositions[ws[i-1]] {
			// "for no purpose other than X" is "only for X".
			start = i - 1
			out = append(append(append(out, ws[:start]...), "only", ws[start]), ws[i+n:]...)
		} else {
			out = append(append(append(out, ws[:i]...), "only"), ws[i+n:]...)
		}
		return leadingExclusion(out)
	}
	return ws
}

// exclusionTail returns how many words from just before j (the "no" or
// "nothing") to the end of "other than" or "except" an exclusion takes,
// with up to nouns words between ("no purpose other than", "no other
// purpose than", "nothing except"), 0 where there is none.
func exclusionTail(ws []string, j, nouns int) int {
	k := j
	other := false
	if nouns > 0 && k < len(ws) && ws[k] == "other" {
		other, k = true, k+1 // "no other purpose than"
	}
	for m := 0; m < nouns && k < len(ws) && exclusionNoun(ws[k]); m++ {
		k++
	}
	if nouns > 0 && k == j+b2i(other) {
		return 0 // "no" with no noun: "no other than" is no exclusion said
	}
	switch {
	case !other && k+1 < len(ws) && ws[k] == "other" && ws[k+1] == "than":
		return k + 2 - (j - 1)
	case other && k < len(ws) && ws[k] == "than":
		return k + 1 - (j - 1)
	case !other && k < len(ws) && ws[k] == "except":
		if k+1 < len(ws) && ws[k+1] == "for" {
			return k + 2 - (j - 1)
		}
		return k + 1 - (j - 1)
	}
	return 0
}

// exclusionNoun is a word an exclusion may count: any but the words that
// end it or join clauses.
func exclusionNoun(w string) bool {
	switch w {
	case "other", "than", "except", "and", "or", "but", "not", "no", "to", "for", "with", "of", "in", "by", "is", "are", "be":
		return false
	}
	return true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
