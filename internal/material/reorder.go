package material

import (
	"slices"
	"strings"
)

// The same words in another order say the same where whole units moved:
// sentences or list lines swapped, the items of a list put in another
// order, or a clause set off by commas, or standing at a sentence's end,
// moved to its start or end ("Where OmniCRM acts as a Data Processor,
// requests may be forwarded …" → "Requests may be forwarded … where OmniCRM
// acts as a Data Processor"). Words moved inside a clause, or from one
// sentence to another, change what they govern: "data is primarily stored
// on AWS infrastructure located in the US" → "… located primarily in the
// US", "customers have 30 days to export their data after this period" →
// "30 days after this period to export", "under 16 (or 13 …)" → "under 13
// (or 16 …)" (b194, an editor who only reorders: eight such moves read
// "Words reordered, with the same words").

// reorderedRest returns the sentences of old and of new, joined, that are
// not whole units reordered (above), and whether there are none.
func reorderedRest(old, new string) (ro, rn string, whole bool) {
	so, sn := reorderSentences(old), reorderSentences(new)
	if sameMultiset(so, sn) {
		return "", "", true // sentences or lines in another order
	}
	if len(so) != len(sn) {
		return old, new, false
	}
	var keepO, keepN []string
	for i := range so {
		if so[i] == sn[i] || itemsReordered(so[i], sn[i]) || clauseMoved(so[i], sn[i]) || phrasesSwappedAtEnd(so[i], sn[i]) {
			continue
		}
		keepO, keepN = append(keepO, so[i]), append(keepN, sn[i])
	}
	return strings.Join(keepO, ". "), strings.Join(keepN, ". "), len(keepO) == 0
}

// middles returns the words of old and new between the words they
// start and end with alike, and whether the middles reach the end.
func middles(old, new string) (mo, mn []string, atEnd bool) {
	wo, wn := strings.Fields(old), strings.Fields(new)
	p, eo, en := changedSpan(wo, wn)
	return wo[p:eo], wn[p:en], eo == len(wo)
}

// itemsReordered reports the items of a list in another order: the
// words between what the sentences share at their ends, split at commas
// and at "and" and "or" (reorderItems), are the same items. The shared
// words may take an item's first word or two with them ("by
// following … or by contacting us" → "by contacting us or by following
// …" share "by"): up to two of them are given back to the middles.
func itemsReordered(old, new string) bool {
	wo, wn := strings.Fields(old), strings.Fields(new)
	p, eo, en := changedSpan(wo, wn)
	if p == eo {
		return false
	}
	for back := 0; back <= 2 && p-back >= 0; back++ {
		for fwd := 0; fwd <= 2 && eo+fwd <= len(wo); fwd++ {
			a := wo[p-back : eo+fwd]
			b := wn[p-back : en+fwd]
			if sameMultiset(reorderItems(strings.Join(a, " ")), reorderItems(strings.Join(b, " "))) {
				return true
			}
		}
	}
	return false
}

// phrasesSwappedAtEnd reports two phrases at a sentence's end in the
// other order: "notify you via email … at least 30 days before changes
// take effect" → "notify you at least 30 days before … via email …". A
// phrase that opens with "or" or "and" is a conjunct, not a phrase of
// the same clause: "human review … or to opt out … where technically
// feasible" → "… where technically feasible or to opt out" moves the
// condition to the other conjunct (b194-24); one with a comma holds a
// clause's end ("aware of a breach …, we will notify the customer within
// 48 hours" → "aware within 48 hours of a breach …", b194-08).
func phrasesSwappedAtEnd(old, new string) bool {
	mo, mn, atEnd := middles(old, new)
	if !atEnd || len(mo) != len(mn) || len(mo) < 2 {
		return false
	}
	for k := 1; k < len(mo); k++ {
		a, b := mo[:k], mo[k:]
		if !slices.Equal(mn[:len(b)], b) || !slices.Equal(mn[len(b):], a) {
			continue
		}
		conj := func(ws []string) bool {
			return ws[0] == "or" || ws[0] == "and" || ws[0] == "but" || slices.ContainsFunc(ws, func(w string) bool { return strings.HasSuffix(w, ",") })
		}
		return !conj(a) && !conj(b)
	}
	return false
}

// reorderSentences splits a text, lower-cased, into its sentences and
// lines, without list markers or the stop that ends each. A colon does
// not end one: "Sentry (United States): Error monitoring" holds a party
// and what it does (b194-27).
func reorderSentences(s string) []string {
	s = strings.ToLower(s)
	var out []string
	start := 0
	flush := func(end int) {
		t := strings.TrimSpace(s[start:end])
		t = strings.TrimSpace(strings.TrimLeft(t, "•-*·"))
		if t != "" {
			out = append(out, t)
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			flush(i)
			start = i + 1
		case '.', ';', '!', '?':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' {
				flush(i)
				start = i + 1
			}
		}
	}
	flush(len(s))
	return out
}

// reorderItems splits a sentence at its commas and at "and" and "or",
// each item without the conjunction that joins it.
func reorderItems(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		for _, w := range strings.Split(" "+part+" ", " and ") {
			for _, x := range strings.Split(" "+w+" ", " or ") {
				if x = strings.Trim(strings.TrimSpace(x), ".;:()[]"); x != "" {
					out = append(out, x)
				}
			}
		}
	}
	return out
}

// clauseMoved reports new as old with one clause moved to another place
// of the sentence, a clause standing alone in both: after the sentence's
// start or a "that" and before a comma, between commas, or at the end.
func clauseMoved(old, new string) bool {
	wo, wn := strings.Fields(old), strings.Fields(new)
	if len(wo) != len(wn) {
		return false
	}
	to, tn := trimCommas(wo), trimCommas(wn)
	p, eo, en := changedSpan(to, tn)
	mo, mn := to[p:eo], tn[p:en]
	// The moved clause is a run of words at the start of one middle and
	// the end of the other: mo = clause + rest, mn = rest + clause, or the
	// other way.
	for k := 1; k < len(mo); k++ {
		for _, pair := range [2][2][]string{{mo, mn}, {mn, mo}} {
			a, b := pair[0], pair[1]
			clause, rest := a[:k], a[k:]
			if slices.Equal(rest, b[:len(b)-k]) && slices.Equal(clause, b[len(b)-k:]) && standsAlone(wo, wn, clause) {
				return true
			}
		}
	}
	return false
}

// trimCommas is ws without the commas at the ends of its words.
func trimCommas(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.TrimRight(w, ",")
	}
	return out
}

// standsAlone reports a clause set off in both sentences: at the start,
// or after "that", and followed by a comma; between commas; or at the end.
func standsAlone(wo, wn, clause []string) bool {
	alone := func(ws []string) bool {
		t := trimCommas(ws)
		for i := 0; i+len(clause) <= len(t); i++ {
			if !slices.Equal(t[i:i+len(clause)], clause) {
				continue
			}
			end := i + len(clause)
			before := i == 0 || strings.HasSuffix(ws[i-1], ",") || strings.HasSuffix(ws[i-1], ":") || t[i-1] == "that"
			after := end == len(t) || strings.HasSuffix(ws[end-1], ",")
			if before && after || end == len(t) && i > 0 {
				return true
			}
		}
		return false
	}
	return alone(wo) && alone(wn)
}

// sameMultiset reports a and b with the same items, in any order.
func sameMultiset(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// wordsTraded returns the two phrases old and new trade places of, with
// words between them ("16 … 13" → "13 … 16"), or nil.
func wordsTraded(old, new string) []string {
	wo, wn := normWords(old), normWords(new)
	if len(wo) != len(wn) {
		return nil
	}
	p, eo, en := changedSpan(wo, wn)
	mo, mn := wo[p:eo], wn[p:en]
	// Terms of four words at most: longer runs are clauses restructured,
	// not terms traded ("We won't … if you tell us not to" → "If you tell
	// us not to …, we won't").
	for x := 1; x <= 4 && x < len(mo); x++ {
		for y := 1; y <= 4 && x+y < len(mo); y++ {
			a, m, b := mo[:x], mo[x:len(mo)-y], mo[len(mo)-y:]
			if slices.Equal(mn[:y], b) && slices.Equal(mn[y:len(mn)-x], m) && slices.Equal(mn[len(mn)-x:], a) {
				if itemsOfList(strings.ToLower(old), a, m, b) {
					return nil // "Billing Data, Transaction Data" → "Transaction Data, Billing Data": items of a list
				}
				if x == 1 && y == 1 && !isNumber(a[0]) && (slices.Contains(m, "and") || slices.Contains(m, "or")) {
					return nil // "never sell your data and we never rent it" → "never rent … and … never sell it": two acts of one kind, each still said
				}
				return []string{strings.Join(a, " "), strings.Join(b, " ")}
			}
		}
	}
	return nil
}

// normWords is s lower-cased, in words without the punctuation around
// them.
func normWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w = strings.Trim(w, ",.;:()[]\"“”'‘’•*-—–"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// movedIntoClause returns a number or a quantifier that stands in another
// clause of its sentence in new than in old (the clauses split at commas),
// or "". Words of force are not asked: a condition moved with its clause
// ("If you ask for a review, it is …" → "A review is …, if you ask for
// it") is read by the rules of reach.
func movedIntoClause(old, new string) string {
	so, sn := reorderSentences(old), reorderSentences(new)
	if len(so) != len(sn) {
		return ""
	}
	for i := range so {
		co, cn := clauses(so[i]), clauses(sn[i])
		if len(co) != len(cn) || len(co) < 2 {
			continue
		}
		whole := " " + strings.Join(normWords(so[i]), " ") + " "
		for k := range co {
			ro, rn := normWords(co[k]), normWords(cn[k])
			for j, w := range rn {
				if slices.Contains(ro, w) || !strings.Contains(whole, " "+w+" ") || !howMany[w] && !isNumber(w) {
					continue
				}
				// The word and the rest of its clause stood together
				// before: the clause moved with it, "— only with your
				// analytics consent" → "Only with your analytics
				// consent: …".
				if strings.Contains(whole, " "+strings.Join(rn[j:], " ")+" ") {
					continue
				}
				return w
			}
		}
	}
	return ""
}

// clauses splits a sentence at its commas, colons and dashes.
func clauses(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ':' || r == '—' || r == '–' })
}

// howMany say how many of a thing a sentence is about.
var howMany = map[string]bool{"all": true, "any": true, "every": true, "each": true, "some": true, "no": true, "none": true}

// itemsOfList reports a, m and b written in s as two items of a list with m
// the words they end in alike: "billing data, transaction data".
func itemsOfList(s string, a, m, b []string) bool {
	first := strings.TrimSpace(strings.Join(a, " ") + " " + strings.Join(m, " "))
	for _, joint := range []string{", ", " and ", " or ", ", and ", ", or "} {
		if strings.Contains(s, first+joint+strings.Join(b, " ")) {
			return true
		}
	}
	return false
}
