package material

import "slices"

// freeChoiceAny returns ws with each "any" that speaks of every one of a
// kind written "all", where other says "all" (or "every", "each") more
// often than ws does: in a plain statement, what holds for any datum or
// system holds for all of them, and "or" between the nouns of such a
// phrase is the "and" of a list of all ("a need-to-know policy for access
// to any data or systems" is "… for access to all data and systems"). The
// "any" is read so only where nothing in the words makes it "some", or
// "even one": a denial anywhere ("we do not sell any data" sells none, "we
// do not sell all data" may sell most), a question ("whether any") or a
// comparison ("than any"); or, before it, a condition or a time ("if any
// data is lost", "before any data is shared"), an exception, a bound or
// a permission ("you may delete any photo" lets the reader pick; "all
// photos" may be all or nothing). Unless other puts its "all" before the
// permission, over it: "All computers have the ability to decline
// cookies" lets each one decline, as "You can refuse cookies on any
// computer" does (b66-14), where ws has no "all" of its own over its
// permission; it is "you can refuse cookies on all computers" that may be
// read as all at once. ws is not changed.
func (c *classifier) freeChoiceAny(ws, other []string) []string {
	i := slices.Index(ws, "any")
	if i < 0 || universalCount(other) <= universalCount(ws) {
		return ws
	}
	wide := c.universalOverPermission(other) && !c.universalOverPermission(ws)
	for k, w := range ws {
		if wide && k > i {
			break // a denial after the leave denies something else
		}
		if c.ix.negation[w] || anySome[w] {
			return ws
		}
	}
	var out []string
	for ; i >= 0 && i+1 < len(ws); i = indexFrom(ws, "any", i+1) {
		if next := ws[i+1]; c.ix.forceWord[next] || anyNotAll[next] || isNumber(next) || c.ix.number[next] {
			continue // "any of", "any time", "any one": not a kind named whole
		}
		if c.scopesAny(ws[:i], wide) {
			break // and every "any" after it
		}
		if out == nil {
			out = slices.Clone(ws)
		}
		out[i] = "all"
		// "or" folds to "and or": the nouns of the phrase, a few words
		// with no word of grammar or force between them, are a list of
		// all of them.
		for j := i + 2; j+1 < len(out) && j <= i+4; j++ {
			if out[j] == "and" && out[j+1] == "or" {
				out[j+1] = ""
				break
			}
			if c.ix.grammar[out[j]] || c.ix.forceWord[out[j]] {
				break
			}
		}
	}
	if out == nil {
		return ws
	}
	return slices.DeleteFunc(out, func(w string) bool { return w == "" })
}

// universalCount counts the words of ws that speak of every one of a kind.
func universalCount(ws []string) int {
	n := 0
	for _, w := range ws {
		if w == "all" || w == "every" || w == "each" {
			n++
		}
	}
	return n
}

// indexFrom is slices.Index of ws[from:], as an index of ws; -1 when w is
// not there.
func indexFrom(ws []string, w string, from int) int {
	if k := slices.Index(ws[from:], w); k >= 0 {
		return from + k
	}
	return -1
}

// scopesAny reports, in the words before an "any", a word that makes it
// "even one" or lets the reader pick: a condition or a time ("if any
// data is lost", "before any data is shared"), an exception, a bound, a
// permission or a hedge ("you may delete any photo"). Such a word after
// it says when or how the act on all of them is done ("any data is
// deleted after 30 days" is "all data is deleted after 30 days"). With
// wide, a permission does not: the other side's "all" stands over its
// permission, and a free choice of any one is leave for each.
func (c *classifier) scopesAny(before []string, wide bool) bool {
	count, _ := c.ix.forces(before)
	for k, n := range count {
		if n == 0 {
			continue
		}
		switch f := c.rb.Force[k]; {
		case f.Scale == "condition", f.Scale == "time", f.Scale == "exception", f.Scale == "bound":
			return true
		case k == c.ix.permission && !wide, k == c.ix.hedged, k == c.ix.hedge:
			return true
		}
	}
	return false
}

// anySome are words that make an "any" of their sentence "some" or "even
// one": a question ("whether any"), a comparison ("than any"), a word of
// scarcity ("hardly any", "barely any").
var anySome = map[string]bool{"whether": true, "than": true, "hardly": true, "barely": true, "scarcely": true}

// anyNotAll are the words after which "any" names no kind whole: "any
// one", "any time" (anytime.go), "any of", "any other" (one more than
// those named), "any way", "any case", and "any" as "at all" ("any
// longer", "any more", "any further").
var anyNotAll = map[string]bool{"one": true, "time": true, "times": true, "of": true, "other": true, "longer": true, "more": true,
	"further": true, "way": true, "case": true}

// universalOverPermission reports an "all" (every, each) of ws before its
// first word of permission, a few words before it, with no condition or
// time between: "All computers have the ability to", "every user can".
// The universal then takes the permission in its scope: each one may.
func (c *classifier) universalOverPermission(ws []string) bool {
	j := slices.IndexFunc(ws, func(w string) bool { return w == "all" || w == "every" || w == "each" })
	if j < 0 {
		return false
	}
	if count, _ := c.ix.forces(ws[:j]); count[c.ix.permission] > 0 {
		return false
	}
	count, _ := c.ix.forces(ws[j+1 : min(len(ws), j+6)])
	for k, n := range count {
		if n == 0 {
			continue
		}
		if s := c.rb.Force[k].Scale; s == "condition" || s == "time" || s == "exception" || s == "negation" {
			return false
		}
	}
	return count[c.ix.permission] > 0
}
