package material

import "strings"

// speaksAsWe reports a name that the old (or new) text of a change uses
// for its author where the other text says "we" or "our": a sentence of
// ctx opens with the name (or its possessive) and a sentence of other
// opens with "We" (or "Our") and the same next word, by its stem
// ("OmniCRM implements" → "We implement", "Zentrix's team" → "Our
// team"). The paragraph that names it must not speak as "we", "us" or
// "our" itself, else the name is someone beside the author ("Paylio
// processes payments for us"); and a party the rules know by name is
// never the author by this reading.
func (c *classifier) speaksAsWe(e, ctx, other string) bool {
	if c.ix.countries[e] || len(c.knownEntities([]string{e})) > 0 {
		return false
	}
	for _, w := range rawWords(ctx) {
		switch strings.ToLower(w) {
		case "we", "us", "our", "ours", "ourselves":
			return false
		}
	}
	next := func(s, first string) []string {
		var out []string
		for _, sn := range sentences(s) {
			sn = strings.TrimLeft(sn, "-*+#>0123456789. ")
			if rest, ok := strings.CutPrefix(sn, first+" "); ok {
				if ws := rawWords(rest); len(ws) > 0 {
					out = append(out, stem(strings.ToLower(ws[0])))
				}
			}
		}
		return out
	}
	for _, pair := range [][2]string{{e, "We"}, {e + "'s", "Our"}, {e + "’s", "Our"}} {
		for _, a := range next(ctx, pair[0]) {
			for _, b := range next(other, pair[1]) {
				if a == b || strings.TrimSuffix(a, "s") == b {
					return true
				}
			}
		}
	}
	return false
}

// authorAsWe writes "we" (or "our") for a name either text uses for its
// author where the other says "we" (see speaksAsWe), so that the words
// compared are the commitments, not who is speaking.
func (c *classifier) authorAsWe(ctxOld, ctxNew, mOld, mNew string) (string, string) {
	eo, en := c.entities(ctxOld), c.entities(ctxNew)
	swap := func(m string, es []string, ctx, other string) string {
		for _, e := range es {
			if c.speaksAsWe(e, ctx, other) {
				m = strings.NewReplacer(e+"'s", "our", e+"’s", "our", e, "we").Replace(m)
			}
		}
		return m
	}
	return swap(mOld, minusNames(eo, en), ctxOld, ctxNew), swap(mNew, minusNames(en, eo), ctxNew, ctxOld)
}
