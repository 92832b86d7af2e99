package material

import "strconv"

// Two sentences say the same thing in the same words when their words
// differ only in how a number or a word of force is written: "checks run
// every 5 minutes with automated alerting on service degradation" and
// "… every five minutes, with automatic alerts when the service degrades"
// (b60-27) state one commitment, the second with its case said as a
// clause. A number is its value; a word of force is its class, one
// strength however it is spelt ("automated", "automatic"), and never
// another class ("automatic" is not "manual"). Such keys are counted, not
// only noted: "we may offer it" → "we may offer it, where available" adds
// a second permission, which the class alone would hide.

// contentKey returns the key a content word is compared by when it is a
// number ("#5") or a one-word force phrase ("force:automatic"); "" for any
// other word, which is compared by its stem.
func (c *classifier) contentKey(w string) string {
	if v, ok := numberValue[w]; ok {
		return "#" + strconv.FormatFloat(v, 'f', -1, 64)
	}
	if allDigits(w) {
		if v, err := strconv.ParseFloat(w, 64); err == nil {
			return "#" + strconv.FormatFloat(v, 'f', -1, 64)
		}
	}
	for _, p := range c.ix.forceByFirst[w] {
		if len(p.words) == 1 {
			return "force:" + c.rb.Force[p.class].Class
		}
	}
	return ""
}
