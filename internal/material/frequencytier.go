package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// How often a measure runs is its strength when no period is named: "We
// monitor our systems continuously for intrusions" → "… periodically
// …" leaves gaps between the checks; "we regularly back up" → "we
// occasionally back up" checks less. The adverbs are ordinary English,
// so the rules read the same commitments; the frequency is read here, in
// tiers: without a pause, at regular intervals, now and then, seldom. An
// adverb of the same tier ("continuously" → "constantly", "regularly" →
// "periodically") is no change.

// frequencyTiers rank the adverbs of frequency, most often first.
var frequencyTiers = map[string]int{"continuously": 4, "constantly": 4, "continually": 4, "permanently": 4, "round-the-clock": 4,
	"regularly": 3, "periodically": 3, "routinely": 3, "frequently": 3, "often": 3, "systematically": 3,
	"occasionally": 2, "sometimes": 2, "intermittently": 2, "sporadically": 2,
	"rarely": 1, "seldom": 1, "infrequently": 1}

// frequencyChanged returns the adverb of frequency each side says where
// only it changed, to another tier.
func frequencyChanged(old, new []string) (string, string) {
	p, os, ns := changedSpan(old, new)
	if os != p+1 || ns != p+1 {
		return "", ""
	}
	to, tn := frequencyTiers[old[p]], frequencyTiers[new[p]]
	if to == 0 || tn == 0 || to == tn {
		return "", ""
	}
	return old[p], new[p]
}

// frequencyVerdict is the verdict on how often a commitment holds, said
// by an adverb of another tier (frequencyChanged).
func (c *classifier) frequencyVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	wo, wn := frequencyChanged(old, new)
	if wo == "" {
		return Verdict{}, false
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".frequency", &signals{}, nil, nil, "")
	verb := "less"
	if frequencyTiers[wn] > frequencyTiers[wo] {
		verb = "more"
	}
	v.Direction = Neutral
	v.Reason = fmt.Sprintf("How often it holds changed, now %s often, '%s' → '%s': %s (%s)", verb, wo, wn, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}
