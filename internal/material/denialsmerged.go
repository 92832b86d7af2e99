package material

import "slices"

// One negation over a coordination denies each thing it joins, as a
// negation in each clause does: "We do not sell your personal information
// to third parties. We do not "share" your personal information for
// cross-context behavioral advertising." is "We do not sell your personal
// information to third parties or "share" it for …" and "We neither sell
// … nor "share" it …" (b72-30, a UX writer merging two denials). The
// negations are counted one per clause, so the merged text has fewer;
// what each side denies is the same. deMorgan (force.go) reads the
// connective traded where the negations stay; this reads the negations
// said once where the things denied stay.

// sameDenials reports old and new denying the same things, one side
// with fewer negations that joins what it denies with "or" or "nor":
// each side's negations and joins together the same in number, and the
// negations counted here all the negations the force words count (delta,
// new's less old's), so that no other denial ("without your consent")
// comes or goes beside them.
func sameDenials(old, new []string, delta int) bool {
	no, to, jo, ok1 := denied(old)
	nn, tn, jn, ok2 := denied(new)
	if !ok1 || !ok2 || to == tn || tn-to != delta || to+jo != tn+jn || len(no) == 0 || len(no) != len(nn) {
		return false
	}
	for w := range no {
		if !nn[w] {
			return false
		}
	}
	return true
}

// denied returns the first word each negation of ws denies ("not sell",
// "never share", "neither rent"), past auxiliaries and adverbs, with the
// word after each "or" or "nor" within ten words after a negation; how
// many negations and joins; ok false where a "nor" stands with no
// "neither" before it (a negation of its own).
func denied(ws []string) (set map[string]bool, negations, joins int, ok bool) {
	last := -100
	for i, w := range ws {
		switch {
		case w == "not" || w == "never" || w == "neither" || w == "no":
			negations++
			last = i
		case w == "nor" && !slices.Contains(ws[max(i-8, 0):i], "neither"):
			return nil, 0, 0, false
		case (w == "or" || w == "nor") && i-last <= 10:
			joins++
			last = i
		default:
			continue
		}
		k := i + 1
		for k < len(ws) && deniedSkip[ws[k]] {
			k++
		}
		if k < len(ws) {
			if set == nil {
				set = map[string]bool{}
			}
			set[ws[k]] = true
		}
	}
	return set, negations, joins, true
}

// deniedSkip are the auxiliaries and adverbs between a negation and what
// it denies, and the "and" the fold writes before "or" ("and/or").
var deniedSkip = map[string]bool{"do": true, "does": true, "did": true, "will": true, "would": true, "shall": true, "ever": true,
	"knowingly": true, "currently": true, "be": true, "is": true, "are": true, "and": true}

// scaleDelta is how many more force words of the scale new has than old.
func scaleDelta(classes []ForceClass, scale string, fo, fn map[int]int) int {
	n := 0
	for k := range classes {
		if classes[k].Scale == scale {
			n += fn[k] - fo[k]
		}
	}
	return n
}
