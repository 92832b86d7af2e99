package material

import (
	"slices"
	"strings"
)

// A period is as long as what it runs from, or lasts for: "7 years after
// the end of your relationship with us" and "7 years after your last
// purchase from us" keep data for different times, the number the same;
// "as long as your account is active" ends sooner than "as long as your
// account exists". The words of the event or state are ordinary English,
// so the period's bound is compared apart.

// periodUnit reports a unit a period is counted in: hours, days, weeks,
// months, years (quantity.go's units, without seconds and minutes).
func periodUnit(w string) bool {
	u, ok := unitOf[w]
	return ok && u.unit != "s"
}

// periodFrom opens the event a period is counted from.
var periodFrom = map[string]bool{"after": true, "from": true, "following": true, "since": true}

// periodWhile opens the state a period lasts for; a sentence must keep
// or delete something for it to be a period.
var periodWhile = map[string]bool{"while": true, "until": true, "whilst": true}

// boundEnd ends the words of a bound: another condition or purpose begins.
var boundEnd = map[string]bool{"or": true, "and": true, "unless": true, "except": true, "but": true, "whichever": true, "to": true, "for": true, "as": true}

// linking verbs say a state, not which state.
var linkingVerbs = map[string]bool{"is": true, "are": true, "be": true, "been": true, "being": true, "remains": true, "remain": true,
	"stays": true, "stay": true, "was": true, "were": true}

// periodBounds returns the words of content of each bound of a period in
// text. A bound ends where its clause
// does.
func (c *classifier) periodBounds(text string) (out [][]string) {
	keeps := false
	var clauses [][]string
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",;:.()—–", r) }) {
		ws := c.ix.fold(part)
		keeps = keeps || slices.ContainsFunc(ws, func(w string) bool { return retentionVerbs[w] })
		clauses = append(clauses, ws)
	}
	for _, ws := range clauses {
		for i := 0; i+1 < len(ws); i++ {
			start := -1
			switch {
			case periodUnit(ws[i]) && periodFrom[ws[i+1]]:
				start = i + 2
			case keeps && ws[i] == "long" && i > 0 && ws[i-1] == "as" && ws[i+1] == "as":
				start = i + 2
			case keeps && periodWhile[ws[i]]:
				start = i + 1
			}
			if start < 0 {
				continue
			}
			var b []string
			for k := start; k < len(ws) && k < start+7 && !boundEnd[ws[k]]; k++ {
				if w := ws[k]; !c.ix.grammar[w] && !c.ix.forceWord[w] && person[w] == 0 && !linkingVerbs[w] {
					b = append(b, w)
				}
			}
			if len(b) > 0 {
				out = append(out, b)
			}
		}
	}
	return out
}

// deemedWords say the reader is taken to agree from some point on.
var deemedWords = map[string]bool{"acceptance": true, "accept": true, "accepted": true, "accepts": true, "constitutes": true, "deemed": true, "agree": true}

// changeMoments are the two moments a changed policy can bind from: when
// it is posted, and when it takes effect.
var changeMoments = map[string]string{"post": "posted", "posts": "posted", "posted": "posted", "posting": "posted", "publish": "posted",
	"published": "posted", "publishes": "posted", "effect": "in effect", "effective": "in effect"}

// deemedFrom returns the moments from which old and new take the reader
// to agree to a changed policy, when they differ: "your continued use
// after changes become effective constitutes acceptance" → "after we post
// changes" binds the reader before the changes apply.
func deemedFrom(old, new []string) (string, string) {
	moment := func(ws []string) string {
		if !slices.ContainsFunc(ws, func(w string) bool { return deemedWords[w] }) {
			return ""
		}
		out := ""
		for _, w := range ws {
			if m, ok := changeMoments[w]; ok {
				if out != "" && out != m {
					return "" // both said: the sentence speaks of each
				}
				out = m
			}
		}
		return out
	}
	mo, mn := moment(old), moment(new)
	if mo == "" || mn == "" || mo == mn {
		return "", ""
	}
	return mo, mn
}

// retentionVerbs keep or delete what a period is about.
var retentionVerbs = map[string]bool{"retain": true, "retains": true, "retained": true, "keep": true, "keeps": true, "kept": true,
	"store": true, "stores": true, "stored": true, "hold": true, "holds": true, "held": true, "delete": true, "deleted": true,
	"preserve": true, "preserved": true, "retention": true}

// periodBoundChanged reports old and new counting the same number of
// periods, a bound of one of them in other words of content.
func (c *classifier) periodBoundChanged(fOld []string, old, new string) bool {
	// Most sentences count no period: a unit or a verb of keeping first.
	if !slices.ContainsFunc(fOld, func(w string) bool { return periodUnit(w) || retentionVerbs[w] }) ||
		!slices.ContainsFunc(fOld, func(w string) bool { return periodFrom[w] || periodWhile[w] || w == "long" }) {
		return false
	}
	bo, bn := c.periodBounds(old), c.periodBounds(new)
	if len(bo) == 0 || len(bo) != len(bn) {
		return false
	}
	stems := func(ws []string) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = stem(w)
		}
		slices.Sort(out)
		return out
	}
	wn := wordNet()
	for i := range bo {
		if equalWords(stems(bo[i]), stems(bn[i])) {
			continue
		}
		// One state said for another ("while your account is open" →
		// "is active") names the same state of the same thing; a thing
		// said to exist, or another event, does not.
		r, a := diffWords(bo[i], bn[i])
		if len(r) == 1 && len(a) == 1 && adjectiveFirst(wn, r[0]) && adjectiveFirst(wn, a[0]) {
			continue
		}
		// The same event in other words: "the end of your relationship"
		// → "your relationship … ends".
		if len(r) == len(a) && !slices.ContainsFunc(r, func(x string) bool {
			return !slices.ContainsFunc(a, func(y string) bool { return stem(x) == stem(y) || wn.close(x, y) || wn.close(y, x) })
		}) {
			continue
		}
		return true
	}
	return false
}

// exampleNarrowed returns the word that made what follows an example of
// a class, dropped with the class, the example's words kept: "a child,
// in particular any child under 13" → "a child under 13" is about fewer
// children. Examples dropped whole ("data, such as your name" → "data")
// are not: the class stays.
func (c *classifier) exampleNarrowed(fNew, removed, added []string) string {
	if len(added) > 0 || len(removed) < 2 || len(removed) > 6 {
		return ""
	}
	marker, kept := "", 0
	for _, w := range removed {
		switch {
		case exampleMarkers[w]:
			marker = w
		case c.ix.grammar[w] || c.ix.forceWord[w] || universalWords[w]:
		case slices.Contains(fNew, w):
			kept++
		default:
			return ""
		}
	}
	if kept == 0 {
		return ""
	}
	return marker
}

// exampleMarkers make what follows them examples of what precedes.
var exampleMarkers = map[string]bool{"particular": true, "particularly": true, "especially": true, "notably": true, "including": true, "example": true, "instance": true}
