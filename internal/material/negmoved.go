package material

import (
	"maps"
	"slices"
	"strings"
)

// deniedWords returns, per word of denial or exception in ws ("not",
// "never", "rather than", "except"), the first word after it that is not
// grammar: what the sentence denies or excepts. "reviewed by a person,
// not an automated system" denies "automated". A denial falls on each
// word joined to that one by "or", "and" or "nor": "do not sell or rent"
// denies both acts, in either order.
func (c *classifier) deniedWords(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		for _, p := range c.ix.forceByFirst[ws[i]] { // longest first
			if i+len(p.words) > len(ws) || !equalWords(ws[i:i+len(p.words)], p.words) {
				continue
			}
			if s := c.rb.Force[p.class].Scale; s == "negation" || s == "exception" {
				for k := i + len(p.words); k < len(ws) && k < i+len(p.words)+4; k++ {
					if subordinators[ws[k]] && ws[k] != "except" && ws[k] != "as" {
						break // "not a human when you interact …": the denial ends where a clause opens
					}
					if mannerAdverb(ws[k]) && k+1 < len(ws) && !c.ix.grammar[ws[k+1]] && !c.ix.forceWord[ws[k+1]] {
						// "do not independently store or maintain" denies
						// storing, as "do not store or maintain …
						// independently" does: the adverb goes with its verb
						// wherever it stands (b111-45, b114-46).
						continue
					}
					if anaphors[ws[k]] {
						// "no longer need it": what "it" stands for is
						// denied, whatever it is called elsewhere.
						out = append(out, "*")
						break
					}
					if !c.ix.grammar[ws[k]] && !c.ix.forceWord[ws[k]] {
						out = append(out, ws[k])
						for m := k + 1; m < len(ws); {
							j := m
							for j < len(ws) && (ws[j] == "or" || ws[j] == "and" || ws[j] == "nor") {
								j++ // folded words write "or" as "and or"
							}
							if j == m || j == len(ws) || c.ix.grammar[ws[j]] || c.ix.forceWord[ws[j]] {
								break
							}
							out = append(out, ws[j])
							m = j + 1
						}
						break
					}
				}
			}
			i += len(p.words) - 1
			break
		}
	}
	slices.Sort(out)
	return out
}

// denialMoved returns the words a denial or an exception applies to on
// one side and not the other, when old and new have the same words in
// another order: "reviewed by a person, not an automated system" →
// "reviewed by an automated system, not a person" reverses what is done,
// with the same words. Clauses only put in another order deny the same
// things ("we do not sell your data, and we keep it safe" → "we keep your
// data safe, and we do not sell it").
func (c *classifier) denialMoved(old, new []string) []string {
	a, b := c.deniedWords(old), c.deniedWords(new)
	if equalWords(a, b) {
		return nil
	}
	r, ad := diffWords(a, b)
	// A pronoun denied on one side stands for a word denied on the
	// other: "When we no longer need your personal data, we delete it" →
	// "We delete your personal data when we no longer need it".
	r, ad = dropAnaphors(r, ad)
	r, ad = dropAnaphors(ad, r)
	return append(r, ad...)
}

// anaphors are the pronouns that stand for a thing named before or after.
var anaphors = map[string]bool{"it": true, "them": true, "this": true, "these": true, "those": true}

// dropAnaphors takes each "*" out of xs with one word of ys it may stand
// for.
func dropAnaphors(xs, ys []string) ([]string, []string) {
	for slices.Contains(xs, "*") && slices.ContainsFunc(ys, func(w string) bool { return w != "*" }) {
		xs = slices.Delete(slices.Clone(xs), slices.Index(xs, "*"), slices.Index(xs, "*")+1)
		i := slices.IndexFunc(ys, func(w string) bool { return w != "*" })
		ys = slices.Delete(slices.Clone(ys), i, i+1)
	}
	return xs, ys
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

// changeSelectors pick out some of the changes a sentence speaks of
// without a degree: "we will notify you of any changes" → "of the
// relevant changes" (b172-40) announces those the author finds relevant.
var changeSelectors = map[string]bool{"relevant": true, "pertinent": true, "applicable": true, "certain": true, "selected": true}

// thresholdOnChanges returns a word of degree put to, or taken from, the
// changes a sentence speaks of, and whether it was put: "we will notify
// you of changes" → "of material changes" announces fewer of them.
func thresholdOnChanges(old, new []string) (string, bool) {
	count := func(ws []string) map[string]int {
		var m map[string]int
		for i, w := range ws {
			if (thresholdWords[w] || changeSelectors[w]) && (i+1 < len(ws) && changeNouns[ws[i+1]] || changesAre(ws, i)) {
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
	o, n := pairs(joinerWritten(ofCompound(old, new), new)), pairs(joinerWritten(ofCompound(new, old), old))
	return len(o) > 0 && len(n) > 0 && !maps.Equal(o, n)
}

// ofCompound returns ws with each "A of B" written "B A" where other
// writes "B A": "strong encryption of data, and separation" is "strong
// data encryption, and separation", the same item of a list (b111-19,
// b112-20). ws is not changed.
func ofCompound(ws, other []string) []string {
	var out []string
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "of" {
			continue
		}
		a, b := ws[i-1], ws[i+1]
		for j := 0; j+1 < len(other); j++ {
			if other[j] == b && other[j+1] == a {
				if out == nil {
					out = slices.Clone(ws)
				}
				out[i-1], out[i], out[i+1] = "", b, a
				break
			}
		}
	}
	if out == nil {
		return ws
	}
	return slices.DeleteFunc(out, func(w string) bool { return w == "" })
}

// mannerAdverb reports a word WordNet knows first as an adverb ending in
// "-ly" ("independently", "separately"): how an act is done.
func mannerAdverb(w string) bool {
	if !strings.HasSuffix(w, "ly") {
		return false
	}
	e := wordNet().entries(w)
	return len(e) > 0 && e[0].pos[0] == 'r'
}

// joinerWritten returns ws without each "and" or "or" whose neighbours
// stand side by side in other, where a sign joined them that folding
// drops: "systems and data" is "systems & data" (b111-19). ws is not
// changed.
func joinerWritten(ws, other []string) []string {
	var out []string
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "and" && ws[i] != "or" {
			continue
		}
		for j := 0; j+1 < len(other); j++ {
			if other[j] == ws[i-1] && other[j+1] == ws[i+1] {
				if out == nil {
					out = slices.Clone(ws)
				}
				out[i] = ""
				break
			}
		}
	}
	if out == nil {
		return ws
	}
	return slices.DeleteFunc(out, func(w string) bool { return w == "" })
}
