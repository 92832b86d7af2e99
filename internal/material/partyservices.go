package material

import (
	"slices"
	"strings"
)

// The examples in brackets after a noun of parties say what those parties
// do for the author: "service providers who perform services on our
// behalf (e.g., hosting, data storage, payment processing, email/SMS
// delivery, analytics)". One more ("…, analytics, advertising", "…,
// analytics, AI transcription") is one more kind of party data goes to,
// a recipient (17 labelled edits of as many batches, all so labelled),
// whatever category its own word names: advertising is a purpose, and AI
// processing an AI category, where the author does them.

// partyKindAdded returns the items a list in brackets gained, keeping
// those it had, where the words before the bracket, in its sentence, name
// parties; and the noun that names them. nil when there is no such list.
func (c *classifier) partyKindAdded(ctxOld, ctxNew string) (gained []string, party string) {
	if !strings.Contains(ctxOld, "(") || !strings.Contains(ctxNew, "(") || !mentionsParties(ctxNew) || len(ctxOld)+len(ctxNew) > maxReread {
		return nil, ""
	}
	// A sentence holds a few brackets; a hostile one of thousands is
	// read no further than its first (each is matched against each).
	const maxBrackets = 32
	var lists [][]string
	for _, m := range bracketRE.FindAllStringSubmatch(ctxOld, maxBrackets) {
		lists = append(lists, exampleItems("("+m[1]+")"))
	}
	for _, m := range bracketRE.FindAllStringSubmatchIndex(ctxNew, maxBrackets) {
		in := exampleItems("(" + ctxNew[m[2]:m[3]] + ")")
		k := slices.IndexFunc(lists, func(io []string) bool {
			return len(io) >= 2 && len(in) > len(io) && in[0] == io[0] && !slices.ContainsFunc(io, func(it string) bool { return !slices.Contains(in, it) })
		})
		if k < 0 {
			continue
		}
		before := ctxNew[:m[0]]
		if i := strings.LastIndexAny(before, ".;:"); i >= 0 {
			before = before[i+1:]
		}
		ws := c.ix.fold(before)
		if i := slices.IndexFunc(ws[max(0, len(ws)-10):], partyNoun); i >= 0 {
			for _, it := range in {
				if !slices.Contains(lists[k], it) {
					gained = append(gained, it)
				}
			}
			return gained, ws[max(0, len(ws)-10)+i]
		}
	}
	return nil, ""
}
