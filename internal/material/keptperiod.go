package material

import (
	"slices"

	"github.com/redline-legal/redline/internal/redline"
)

// periodWords say how long something lasts without a number: "we keep
// it forever", "stored indefinitely".
var periodWords = map[string]bool{"forever": true, "indefinitely": true, "permanently": true, "perpetually": true, "until": true}

// periodExcepted reports an exception, a condition or a bound written
// right after how long the sentence keeps something ("We keep this
// record forever" → "… forever for all our apps except for HEY", "we
// retain it for 30 days" → "… for 30 days unless you ask us"): what it
// limits is that period, a term of retention, whatever the words of the
// exception or the heading name. fOld and fNew are the folded sentences;
// the exception is put where they part. The period must stand in the
// three words before, with a word of retention ("keep", "retain",
// "store") before it in the same run of twelve.
func (c *classifier) periodExcepted(fOld, fNew []string) bool {
	k := c.rb.categoryIndex("retention")
	if k < 0 {
		return false
	}
	p := 0
	for p < len(fOld) && p < len(fNew) && fOld[p] == fNew[p] {
		p++
	}
	if p == 0 || p == len(fOld) && p == len(fNew) {
		return false
	}
	near := fOld[max(0, p-3):p]
	period := slices.ContainsFunc(near, func(w string) bool { return periodWords[w] })
	if !period {
		wn := wordNet()
		for i, w := range near {
			if i > 0 && isNumber(near[i-1]) {
				if e := wn.entries(w); len(e) > 0 && e[0].pos == "n" && e[0].lexfile == 28 {
					period = true
				}
			}
		}
	}
	if !period {
		return false
	}
	for _, h := range c.ix.strongHits(fOld[max(0, p-12):p]) {
		if int(h.k) == k {
			return true
		}
	}
	return false
}

// keptFor reports one sentence, text (folded as ws), that says how long
// something is kept: a word of keeping ("retain", "keep", "store", "hold")
// and, within the eight words after it, a period: "for as long as", "for"
// a number or a time word, "until". Such a sentence added to a paragraph
// ("If we collect a physical address, we will only retain it for as long
// as is reasonably necessary to make the shipment") states a retention
// period, whatever kind of data it names more often: its category is
// retention (GDPR Art. 13(2)(a)).
func (c *classifier) keptFor(ws []string, text string) bool {
	// The words are scanned first: most added sentences keep nothing,
	// and are not cut into sentences.
	return c.keptWithin(ws, false) && len(sentences(text)) == 1
}

// keptWithin reports a word of keeping with a period in the eight words
// after it (see keptFor); a number of time units alone where counted is
// set: "kept for 30 days", not "as long as".
func (c *classifier) keptWithin(ws []string, counted bool) bool {
	for i, w := range ws {
		if !keepVerbs[w] {
			continue
		}
		near := boundsDropped(ws[i+1 : min(len(ws), i+12)])
		near = near[:min(len(near), 8)]
		for j, x := range near {
			switch {
			case counted:
				if x == "for" && j+2 < len(near) && unitOf[near[j+2]].unit != "" && (isNumber(near[j+1]) || c.ix.number[near[j+1]]) {
					return true
				}
			case periodWords[x]:
				return true
			case x == "as" && j+2 < len(near) && near[j+1] == "long" && near[j+2] == "as":
				return true
			case x == "for" && j+1 < len(near) && (isNumber(near[j+1]) || j+2 < len(near) && unitOf[near[j+2]].unit != "" && (isNumber(near[j+1]) || c.ix.number[near[j+1]])):
				return true
			}
		}
	}
	return false
}

// periodKept returns "retention" for a material verdict filed under data
// whose changed sentence says, on both sides, how long data is kept: the
// sentence is that period's, and which data it covers, from when it runs
// and how firmly it holds are its terms, however many kinds of data it
// names ("Your email address and phone number will be maintained for at
// least six years" → "Your personal information will be maintained for
// at least six years following the … deletion of your account", b61-31).
// A name (rule ".entity") is a fact of its own. "" otherwise.
func (c *classifier) periodKept(v Verdict, ch redline.Change) string {
	if !v.Material || v.Category != "data" || hasSuffixAny(v.Rule, ".entity") || c.rb.categoryIndex("retention") < 0 {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if so == "" || sn == "" {
		return ""
	}
	fo, fn := c.ix.fold(so), c.ix.fold(sn)
	if !c.keptWithin(fo, false) || !c.keptWithin(fn, false) {
		return ""
	}
	if p, _, _ := changedSpan(fo, fn); clauseAfterKeeping(fo, p) || clauseAfterKeeping(fn, p) {
		return "" // "…, and we share them with our moderators and advertisers": another clause
	}
	return "retention"
}

// clauseAfterKeeping reports, in folded words, a clause of its own ("and
// we", "but they") begun after the first word of keeping and before
// position p: what changes there is that clause's, not the period's.
func clauseAfterKeeping(ws []string, p int) bool {
	kept := false
	for i := 0; i+1 < len(ws) && i < p; i++ {
		switch {
		case keepVerbs[ws[i]]:
			kept = true
		case kept && (ws[i] == "and" || ws[i] == "but" || ws[i] == "while") && clauseSubjects[ws[i+1]]:
			return true
		}
	}
	return false
}

// clauseSubjects are the pronouns that begin a clause of their own after
// "and" or "but".
var clauseSubjects = map[string]bool{"we": true, "they": true, "you": true, "it": true, "he": true, "she": true}

// boundsDropped returns words with the bounds said before a number left
// out ("for at least six years", "for up to 30 days", "for a minimum of
// 2 years" are "for six years", …): how firmly a period holds, not
// whether there is one. ws is not changed; a copy is returned when a
// word is dropped.
func boundsDropped(ws []string) []string {
	for i := 0; i+1 < len(ws); i++ {
		n := 0
		switch {
		case ws[i] == "at" && (ws[i+1] == "least" || ws[i+1] == "most"), ws[i] == "up" && ws[i+1] == "to":
			n = 2
		case i+2 < len(ws) && ws[i] == "a" && (ws[i+1] == "minimum" || ws[i+1] == "maximum") && ws[i+2] == "of":
			n = 3
		}
		if n > 0 {
			return append(slices.Clone(ws[:i]), ws[i+n:]...)
		}
	}
	return ws
}

// keepVerbs are the verbs that say data is kept, as folded.
var keepVerbs = map[string]bool{"retain": true, "retains": true, "retained": true, "keep": true, "keeps": true, "kept": true,
	"store": true, "stores": true, "stored": true, "hold": true, "holds": true, "held": true,
	"maintain": true, "maintains": true, "maintained": true}
