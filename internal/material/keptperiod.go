package material

import "slices"

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
		near := ws[i+1 : min(len(ws), i+9)]
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

// keepVerbs are the verbs that say data is kept, as folded.
var keepVerbs = map[string]bool{"retain": true, "retains": true, "retained": true, "keep": true, "keeps": true, "kept": true,
	"store": true, "stores": true, "stored": true, "hold": true, "holds": true, "held": true}
