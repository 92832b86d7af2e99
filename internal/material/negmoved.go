package material

import "strings"

// negationMoved returns a word of denial that, the words of a sentence
// being the same, stands before another word than it did: what it denies
// changed. "" when each denial denies what it did.
func negationMoved(old, new []string) string {
	next := func(ws []string) map[string]int {
		var m map[string]int
		for i, w := range ws {
			if negationWords[w] && i+1 < len(ws) {
				if m == nil {
					m = map[string]int{}
				}
				m[w+" "+ws[i+1]]++
			}
		}
		return m
	}
	o, n := next(old), next(new)
	for k, c := range o {
		if n[k] != c {
			w, _, _ := strings.Cut(k, " ")
			return w
		}
	}
	for k, c := range n {
		if o[k] != c {
			w, _, _ := strings.Cut(k, " ")
			return w
		}
	}
	return ""
}

// opensExamples reports words that make what follows examples of a
// class: "a payment processor, Stripe" → "payment processors, such as
// Stripe" names one processor among others. Such words are no typo.
func opensExamples(ws []string) bool {
	for i, w := range ws {
		w = strings.ToLower(w)
		switch {
		case w == "including" || w == "e.g." || w == "e.g" || w == "eg":
			return true
		case i+1 < len(ws) && (w == "such" && strings.EqualFold(ws[i+1], "as") || w == "for" && (strings.EqualFold(ws[i+1], "example") || strings.EqualFold(ws[i+1], "instance"))):
			return true
		}
	}
	return false
}

// thresholdOnChanges returns a word of degree put to, or taken from, the
// changes a sentence speaks of, and whether it was put: "we will notify
// you of changes" → "of material changes" announces fewer of them.
func thresholdOnChanges(old, new []string) (string, bool) {
	count := func(ws []string) map[string]int {
		var m map[string]int
		for i, w := range ws {
			if thresholdWords[w] && i+1 < len(ws) && changeNouns[ws[i+1]] {
				if m == nil {
					m = map[string]int{}
				}
				m[w]++
			}
		}
		return m
	}
	o, n := count(old), count(new)
	for w, k := range n {
		if o[w] < k {
			return w, true
		}
	}
	for w, k := range o {
		if n[w] < k {
			return w, false
		}
	}
	return "", false
}

// changeNouns name the changes of a policy.
var changeNouns = map[string]bool{"change": true, "changes": true, "update": true, "updates": true, "revision": true, "revisions": true,
	"amendment": true, "amendments": true, "modification": true, "modifications": true}

// linkingPrepositions tie a word to another as its complement, out of a
// list: "profiling or tracking for marketing purposes".
var linkingPrepositions = map[string]bool{"for": true, "of": true, "in": true, "on": true, "with": true, "by": true, "from": true}

// listRegrouped reports the same words with an "or" or "and" now joining
// other words: "not used for profiling, tracking, or marketing purposes"
// → "not used for profiling or tracking for marketing purposes" no longer
// bans profiling for other ends. A word joined to a list, or taken out of
// it, is more than grammar.
func listRegrouped(old, new []string) bool {
	pairs := func(ws []string) map[string]int {
		var m map[string]int
		for i := 1; i < len(ws); i++ {
			if ws[i] == "or" || ws[i] == "and" {
				if m == nil {
					m = map[string]int{}
				}
				m[ws[i-1]+" "+ws[i]]++
			}
		}
		return m
	}
	o, n := pairs(old), pairs(new)
	if len(o) == 0 || len(n) == 0 {
		return false
	}
	for k, c := range o {
		if n[k] != c {
			return true
		}
	}
	for k, c := range n {
		if o[k] != c {
			return true
		}
	}
	return false
}
