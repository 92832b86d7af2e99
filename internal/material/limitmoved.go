package material

import (
	"slices"
	"strings"
)

// A limit reaches the words it stands beside. "We process it only on
// behalf of the customer acting as controller" limits on whose behalf;
// "… on behalf of the customer acting only as controller" limits in which
// role. "We use safeguards where required and only transfer data under a
// valid mechanism" makes the safeguards conditional; "… and, where
// required, only transfer …" makes the transfer rule conditional instead.
// The words are the same, so a reordering check alone would call both
// edits the same commitments.

// limitWords restrict a commitment to the phrase that follows them.
var limitWords = map[string]bool{"only": true, "solely": true, "exclusively": true, "just": true, "purely": true}

// linkPrepositions open the phrase that says for whom, how, in what role
// or on what terms: a limit moved past one of them limits another phrase.
var linkPrepositions = map[string]bool{"on": true, "for": true, "with": true, "as": true, "to": true, "in": true, "by": true, "from": true,
	"under": true, "within": true, "through": true, "via": true, "at": true, "of": true}

// coordinators join two clauses or two conjuncts ("and/or" written as one
// word): a condition moved across one conditions the other clause, and a
// phrase moved past one governs another conjunct (reorder.go).
var coordinators = map[string]bool{"and": true, "or": true, "but": true, "and/or": true}

// limitMoved returns the words of a limit or a condition that qualify
// another part of a sentence in new than in old, where old and new have
// the same words, and the words it moved past (what it qualified, or now
// qualifies): a limit ("only") moved past a preposition, or to or from
// the front of its sentence, before the subject, or a
// condition ("where", "if", "unless") moved across "and" or "or" from
// one clause into the middle of the other. A condition moved to the front
// or the end of its sentence still governs the whole of it ("We collect
// it where required" → "Where required, we collect it"), and "only" moved
// past its verb limits the same phrase ("we only share it with" → "we
// share it only with").
func (c *classifier) limitMoved(old, new string) (limit, reach []string) {
	so, sn := c.changedSentences(old, new)
	if so == "" || sn == "" {
		return nil, nil
	}
	a, b := c.ix.fold(so), c.ix.fold(sn)
	if len(a) > 120 || len(a) != len(b) || !slices.ContainsFunc(a, func(w string) bool { return limitWords[w] || conditionOpeners[w] }) {
		return nil, nil
	}
	if r, ad := diffWords(a, b); len(r)+len(ad) > 0 {
		return nil, nil
	}
	// The words of old kept in order in new (a longest common
	// subsequence), and the one block of words that moved.
	n, m := len(a), len(b)
	dp := make([]int32, (n+1)*(m+1))
	at := func(i, j int) *int32 { return &dp[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case a[i] == b[j]:
				*at(i, j) = *at(i+1, j+1) + 1
			case *at(i+1, j) >= *at(i, j+1):
				*at(i, j) = *at(i+1, j)
			default:
				*at(i, j) = *at(i, j+1)
			}
		}
	}
	keptA, keptB := make([]bool, n), make([]bool, m)
	var lcs []string
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			keptA[i], keptB[j] = true, true
			lcs = append(lcs, a[i])
			i, j = i+1, j+1
		case *at(i+1, j) >= *at(i, j+1):
			i++
		default:
			j++
		}
	}
	// block returns the one run of words not kept, its start, and how
	// many kept words stand before it; ok is false for more than one run.
	block := func(ws []string, kept []bool) (run []string, start, before int, ok bool) {
		start = -1
		for i, k := range kept {
			switch {
			case !k && start < 0:
				start = i
			case !k && i > 0 && kept[i-1]:
				return nil, 0, 0, false // a second run
			case k && start < 0:
				before++
			}
		}
		if start < 0 {
			return nil, 0, 0, false
		}
		for i := start; i < len(ws) && !kept[i]; i++ {
			run = append(run, ws[i])
		}
		return run, start, before, true
	}
	ra, sa, pa, okA := block(a, keptA)
	rb, sb, pb, okB := block(b, keptB)
	if !okA || !okB || !equalWords(ra, rb) {
		return nil, nil
	}
	jumped := lcs[min(pa, pb):max(pa, pb)]
	has := func(ws []string, set map[string]bool) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return set[w] })
	}
	if len(ra) == 1 && limitWords[ra[0]] && len(jumped) >= 2 && (sa == 0) != (sb == 0) {
		// Put before the sentence's subject, or taken from there, the
		// limit says who instead of what or why: "personnel access this
		// data only to perform support" → "Only personnel access this
		// data to perform support" (b132-42).
		return ra, jumped
	}
	if len(ra) == 1 && limitWords[ra[0]] && samePhraseLimited(jumped, sa, sb, n) {
		return nil, nil
	}
	if len(ra) == 1 && limitWords[ra[0]] && len(jumped) > 0 && slices.ContainsFunc(jumped, isNoun) && !slices.ContainsFunc(jumped, func(w string) bool { return canBe(w, 'v') && !isNoun(w) }) {
		// Moved past a noun and no verb, the limit limits the thing
		// instead of how or why it is done: "processes this data only in
		// accordance with instructions" → "processes only this data in
		// accordance with instructions" (b139-02). Past its verb it
		// limits the same phrase ("we only share it with" → "we share it
		// only with").
		return ra, jumped
	}
	for _, pair := range [2][2][]string{{ra, jumped}, {jumped, ra}} {
		moved, over := pair[0], pair[1]
		if has(moved, limitWords) && has(over, linkPrepositions) && !(len(over) == 1 && len(moved) == 1) {
			// (Past its own preposition alone, "to only those" → "only
			// to those", it limits the same phrase, b89-20.)
			limit, reach = moved, over
		}
		if has(moved, conditionOpeners) && has(over, coordinators) {
			// Not to the front or the end of the sentence, where a
			// condition governs all of it; but one in brackets governs
			// the words before it, at the end too: "support messages, and
			// marketing communications (where permitted)" → "support
			// messages (where permitted), and marketing communications"
			// (b152-34).
			if sa > 0 && sb > 0 && (sa+len(ra) < n && sb+len(rb) < m || bracketed(so, ra[0]) && bracketed(sn, ra[0])) {
				limit, reach = moved, over
			}
		}
	}
	return limit, reach
}

// bracketed reports w opening a bracket in s: "(where permitted)".
func bracketed(s, w string) bool {
	return strings.Contains(strings.ToLower(s), "("+w)
}

// listItemRE splits a run-in list into its items.
var listItemRE = mustPattern(`\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+`)

// listPermuted reports old and new the same items of a list in another
// order, each item whole: "we collect, use, disclose, and sell" → "we
// collect, use, sell, and disclose" moves nothing across a clause.
func listPermuted(old, new string) bool {
	if !strings.Contains(old, ",") {
		return false
	}
	a, b := listItemRE.Split(strings.TrimSpace(old), -1), listItemRE.Split(strings.TrimSpace(new), -1)
	if len(a) < 3 || len(a) != len(b) {
		return false
	}
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// compoundPrepositionNouns are the nouns of prepositions of three words:
// "in accordance with", "in line with", "on behalf of".
var compoundPrepositionNouns = map[string]bool{"accordance": true, "line": true, "behalf": true, "respect": true, "relation": true,
	"compliance": true, "connection": true, "addition": true}

// samePhraseLimited reports a limit moved past the words jumped without
// limiting another part of its sentence (of n words; sa and sb are where
// the limit stood in old and in new): from before a phrase that ends the
// sentence to its end, or back ("of only approved systems" → "of approved
// systems only", b322-46; "only in accordance with customer instructions"
// → "in accordance with customer instructions only", b224-01), the
// phrase one phrase (no verb, a preposition only at its start); or from
// after a verb's object to before the verb, or back ("personnel access
// this data only to perform" → "personnel only access this data to
// perform", b322-42), the object opened by a determiner, and the limit
// not put at the sentence's front (before the subject it limits who).
func samePhraseLimited(jumped []string, sa, sb, n int) bool {
	if len(jumped) == 0 || len(jumped) > 8 || sa == 0 || sb == 0 {
		return false
	}
	if max(sa, sb) == n-1 {
		if len(jumped) > 3 && jumped[0] == "as" && jumped[1] == "described" && jumped[2] == "in" {
			jumped = jumped[2:] // "in accordance with", as fold writes it
		}
		for i, w := range jumped {
			if canBe(w, 'v') && !isNoun(w) && !canBe(w, 'a') || coordinators[w] && i == 0 {
				return false // a clause, not a phrase
			}
			if i > 0 && linkPrepositions[w] && !(i == 2 && compoundPrepositionNouns[jumped[1]]) {
				return false // another phrase: "with our processor for billing"
			}
		}
		return true
	}
	return len(jumped) >= 2 && len(jumped) <= 4 && canBe(jumped[0], 'v') && determiners[jumped[1]] &&
		!slices.ContainsFunc(jumped[2:], func(w string) bool { return linkPrepositions[w] || coordinators[w] })
}
