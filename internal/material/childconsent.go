package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A consent or a right said of a child is the children category's: the
// rubric's "age thresholds, parental consent". Whose permission a minor
// needs ("only with the supervision of the account holder" → "only with
// the permission of the account holder", "without parental consent" →
// "without parental notice"), or to whom a sentence of rights or consent
// applies by age ("If you are under 15 years of age or a minor in your
// country of residence, please ask your legal guardian's permission" →
// "If you are under 15 years of age, please ask …"), is the children
// category's, not the legal basis's or the reader's rights'. The words of
// consent say how; the child says whose.
//
// childrenOnly returns "children" for a material verdict of legal-basis
// whose changed sentences name a child, a minor, a parent or a guardian,
// under a heading of children or in changed words near that name; and
// for a material verdict of legal-basis or rights whose changed words
// themselves name one. "" keeps the verdict's category: a legal basis or
// a right in a sentence of no child ("You may withdraw your consent at
// any time") is the legal basis's or the rights'.
func (c *classifier) childrenOnly(v Verdict, ch redline.Change) string {
	if v.Category != "legal-basis" && v.Category != "rights" {
		return ""
	}
	if ch.Kind != redline.Replace {
		return "" // a sentence added or removed whole says more than whose consent
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	// Cheap test: a child named in the changed sentences at all.
	if so == "" || sn == "" || !containsAny(strings.ToLower(so+" "+sn), childStems) {
		return ""
	}
	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	if os-p > childSpan || ns-p > childSpan {
		return "" // a sentence rewritten: the rest of what it says decides
	}
	for _, span := range [][]string{ow[p:os], nw[p:ns]} {
		if slices.ContainsFunc(span, childWord) {
			return "children" // the change's own words name a child
		}
	}
	if v.Category != "legal-basis" {
		return ""
	}
	if !slices.ContainsFunc(ow, childWord) && !slices.ContainsFunc(nw, childWord) {
		return ""
	}
	if slices.ContainsFunc(c.headingWords(ch.Section), childWord) || c.headingCategory(c.headingWords(ch.Section)) == "children" {
		return "children"
	}
	// Near the change: "without parental consent" → "without parental notice".
	for _, side := range []struct {
		ws  []string
		end int
	}{{ow, os}, {nw, ns}} {
		lo, hi := max(p-childReach, 0), min(side.end+childReach, len(side.ws))
		if slices.ContainsFunc(side.ws[lo:hi], childWord) {
			return "children"
		}
	}
	return ""
}

// childSpan is the most words a side of the change may have for the
// child named near it to say whose consent it is: a few words traded.
const childSpan = 8

// childReach is how many words from a change a child named still says
// whose consent the change is of.
const childReach = 3

// childStems are the stems of childWord's words, for a byte scan.
var childStems = []string{"child", "minor", "parent", "guardian", "teen", "kid"}

// childWord reports a word naming a child, or the parent who consents for
// one. "Parent company" is no parent of a child: the word alone is taken,
// and the rubric's "parent" is always of a child beside consent.
func childWord(w string) bool {
	switch strings.TrimRight(w, ".,;:!?)\"'”’") {
	case "child", "children", "childs", "minor", "minors", "parent", "parents", "parental",
		"guardian", "guardians", "teen", "teens", "teenager", "teenagers", "kid", "kids":
		return true
	}
	return false
}

// changedSpan returns the words old and new share at their start (p) and
// where the shared words at their end begin on each side: old[p:os] and
// new[p:ns] are what changed.
func changedSpan(old, new []string) (p, os, ns int) {
	for p < len(old) && p < len(new) && old[p] == new[p] {
		p++
	}
	os, ns = len(old), len(new)
	for os > p && ns > p && old[os-1] == new[ns-1] {
		os--
		ns--
	}
	return p, os, ns
}

// putSpan returns, where one side only puts words in between the words
// both share (or the other only takes them out), where they start,
// those words, and whether they were put in: "analysis and to help" →
// "analysis, to infer …, and to help" puts "to infer …" at 1. ok is false
// where both sides have words of their own there, or neither.
func putSpan(old, new []string) (p int, span []string, put, ok bool) {
	p, os, ns := changedSpan(old, new)
	switch {
	case os == p && ns > p:
		return p, new[p:ns], true, true
	case ns == p && os > p:
		return p, old[p:os], false, true
	}
	return p, nil, false, false
}

// sentencesPut is putSpan over the plain words of the sentences a change
// touches (changedSentences): the words a change only puts in, or only
// takes out, and ok.
func (c *classifier) sentencesPut(ch redline.Change) (span []string, ok bool) {
	so, sn := c.changedSentences(ch.Old, ch.New)
	_, span, _, ok = putSpan(plainWords(so), plainWords(sn))
	return span, ok
}
