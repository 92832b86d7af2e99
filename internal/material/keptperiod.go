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
