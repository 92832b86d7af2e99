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
	if eo < len(wo) && !strings.HasSuffix(wo[eo-1], ",") && trailingQualifier(wo[eo]) {
		// A condition after the last item is said of it: "support
		// messages, and marketing emails (where permitted)" → "marketing
		// emails, and support messages (where permitted)" (b224-33).
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

// trailingQualifier reports w opening a condition or a bracket after a
// list: "(where permitted)", "where permitted", "if", "unless", "only".
func trailingQualifier(w string) bool {
	w = strings.ToLower(strings.TrimLeft(w, "(["))
	switch w {
	case "where", "when", "if", "unless", "except", "only", "provided", "subject", "once", "until":
		return true
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
			return coordinators[ws[0]] || slices.ContainsFunc(ws, func(w string) bool { return strings.HasSuffix(w, ",") })
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
	return phraseMoved(wo, wn, func(clause, rest []string) bool {
		return standsAlone(wo, wn, clause) && !reachChanged(wo, wn, clause, rest)
	}) != nil
}

// phraseMoved returns the first phrase of wo moved whole to another place
// in wn, every other word kept, for which ok holds of it and of the words
// it moved across; nil when there is none. The moved phrase is a run of
// words at the start of one changed middle and the end of the other:
// clause + rest in one, rest + clause in the other.
func phraseMoved(wo, wn []string, ok func(clause, rest []string) bool) []string {
	if len(wo) != len(wn) {
		return nil
	}
	to, tn := trimCommas(wo), trimCommas(wn)
	p, eo, en := changedSpan(to, tn)
	mo, mn := to[p:eo], tn[p:en]
	for k := 1; k < len(mo); k++ {
		for _, pair := range [2][2][]string{{mo, mn}, {mn, mo}} {
			a, b := pair[0], pair[1]
			clause, rest := a[:k], a[k:]
			if slices.Equal(rest, b[:len(b)-k]) && slices.Equal(clause, b[len(b)-k:]) && ok(clause, rest) {
				return clause
			}
		}
	}
	return nil
}

// reachChanged reports a phrase moved across words (rest) so that it
// governs another part of the sentence: across a clause of its own
// (clauseCrossed), between two joined words it moved past
// (betweenConjuncts).
func reachChanged(wo, wn, clause, rest []string) bool {
	return clauseCrossed(wo, wn, rest) || len(rest) <= 2 && (betweenConjuncts(wo, clause) || betweenConjuncts(wn, clause))
}

// clauseCrossed reports words a moved phrase was taken across that hold a
// clause of their own: a comma before its subject ("of a breach affecting
// your data, we will notify you within 72 hours" → "aware, within 72
// hours, of a breach …, we will notify you", b224-08). The phrase then
// governs another verb.
func clauseCrossed(wo, wn, rest []string) bool {
	for _, ws := range [][]string{wo, wn} {
		for i := 0; i+len(rest) <= len(ws); i++ {
			if !slices.Equal(trimCommas(ws[i:i+len(rest)]), rest) {
				continue
			}
			for j := i; j+1 < i+len(rest); j++ {
				if strings.HasSuffix(ws[j], ",") && commaSubjects[strings.ToLower(ws[j+1])] {
					return true
				}
			}
		}
	}
	return false
}

// commaSubjects open a clause after a comma: "…, we will notify you".
var commaSubjects = map[string]bool{"we": true, "you": true, "they": true, "it": true, "i": true, "he": true, "she": true}

// betweenConjuncts reports clause set off in ws right after "and" or "or",
// before the conjunct it joins: "is retained and, according to client
// policies, managed" (b224-46) says it of "managed" alone. It is asked
// where the phrase moved past a conjunct of a word or two: after a long
// one with its own object ("and may route your data through any active
// provider based on capability" → "and, based on capability, may route
// …", b224-24) it said it of that conjunct alone already.
func betweenConjuncts(ws, clause []string) bool {
	t := trimCommas(ws)
	for i := 1; i+len(clause) < len(t); i++ {
		if slices.Equal(t[i:i+len(clause)], clause) && coordinators[strings.ToLower(t[i-1])] {
			return true
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

// bracketMoved returns a bracket both texts hold once that follows other
// words in new than in old, where one of the places is inside a list (a
// comma after it): "calendar events, emails, and contacts (when you
// enable this integration)" → "calendar events (when you enable this
// integration), emails, and contacts" (b224-22) says it of one item. ""
// otherwise.
func bracketMoved(old, new string) string {
	if !strings.Contains(old, "(") || len(old)+len(new) > maxReread {
		return ""
	}
	for from := 0; ; {
		i := strings.IndexByte(old[from:], '(')
		if i < 0 {
			return ""
		}
		i += from
		j := strings.IndexByte(old[i:], ')')
		if j < 0 {
			return ""
		}
		b := old[i : i+j+1]
		from = i + j + 1
		k := strings.Index(new, b)
		if k < 0 || strings.Count(old, b) != 1 || strings.Count(new, b) != 1 {
			continue
		}
		before := func(s string, at int) string {
			ws := strings.Fields(s[:at])
			if len(ws) == 0 {
				return ""
			}
			return strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:"))
		}
		inList := func(s string, at int) bool {
			return strings.HasPrefix(s[at+len(b):], ",")
		}
		if before(old, i) != before(new, k) && (inList(old, i) || inList(new, k)) {
			return strings.Trim(b, "()")
		}
	}
}

// maxReread bounds the texts that rules reading them again for each
// phrase they hold (bracketMoved, frontedIntoList, countLabelOut,
// lawReservationsOut) look at: a sentence whose phrase moved is short,
// and a paragraph of a megabyte would take each a pass per phrase.
const maxReread = 1 << 16

// phraseReachMoved returns the words of a phrase moved whole within a
// sentence so that it governs another part of it: taken across a clause
// of its own (clauseCrossed), put between two joined words
// (betweenConjuncts), or moved past a conjunct ("by email and/or a
// notice … at least 30 days before" → "by email at least 30 days before
// … and/or a notice", b224-30). "" otherwise.
func phraseReachMoved(old, new string) string {
	so, sn := reorderSentences(old), reorderSentences(new)
	if len(so) != len(sn) {
		return ""
	}
	for i := range so {
		wo, wn := strings.Fields(so[i]), strings.Fields(sn[i])
		if m := phraseMoved(wo, wn, func(clause, rest []string) bool {
			return reachChanged(wo, wn, clause, rest) || coordinators[rest[0]] || coordinators[clause[0]]
		}); m != nil {
			return strings.Join(m, " ")
		}
	}
	return ""
}

// frontedIntoList returns a condition that opens a sentence on one side
// and, on the other, stands inside a list, set off by commas after one of
// its items: "Depending on your location, you may have the right to
// access, correct, delete or restrict …" → "… access, correct, or,
// depending on your location, delete or restrict …" (b224-38) says it of
// the items after it alone. "" otherwise.
func frontedIntoList(old, new string) string {
	if len(old)+len(new) > maxReread {
		return ""
	}
	lo, ln := strings.ToLower(stripMarkdown(old)), strings.ToLower(stripMarkdown(new))
	for _, pair := range [2][2]string{{lo, ln}, {ln, lo}} {
		a, b := pair[0], pair[1]
		for _, s := range reorderSentences(a) {
			p := frontedCondition(s)
			if p == "" || strings.HasPrefix(strings.TrimSpace(b), p) {
				continue
			}
			for _, lead := range []string{" or, ", " and, ", ", "} {
				// set off after an item of a list, words of the sentence
				// before it: "as and when we do so" opens its sentence
				// (b149-11); "rights or if you have questions, please"
				// joins two conditions, no list (real 342)
				if i := strings.Index(b, lead+p+","); i >= 0 && (strings.Contains(b[:i], ",") || len(strings.Fields(b[:i])) >= 3) &&
					!movedWithClause(s[len(p):], b[i+len(lead)+len(p)+1:]) {
					return p
				}
			}
		}
	}
	return ""
}

// movedWithClause reports the verb that followed a fronted condition
// (after its subject and modal) among the first words after it on the
// other side: the condition moved with its clause when two sentences
// were joined ("When you order, we need to provide them" → "… and, when
// you order, to provide them", b72-14), and governs the same act.
func movedWithClause(after, other string) bool {
	verb := ""
	for _, w := range strings.Fields(strings.Trim(after, " ,")) {
		w = strings.Trim(w, ",.;:")
		switch w {
		case "we", "you", "they", "it", "i", "may", "might", "can", "could", "will", "would", "shall", "should", "must", "need", "needs", "to", "also", "then":
			continue
		}
		verb = w
		break
	}
	if verb == "" {
		return false
	}
	ws := strings.Fields(other)
	for _, w := range ws[:min(len(ws), 5)] {
		if strings.Trim(w, ",.;:") == verb {
			return true
		}
	}
	return false
}

// frontedCondition returns the condition that opens sentence s, lower
// case, up to its comma or, after a participle, to the subject after it
// ("when using our website or services we may collect"): two to sixteen
// words opening with a word of condition. "" for none.
func frontedCondition(s string) string {
	first, _, found := strings.Cut(s, " ")
	if !found {
		return "" // one word, no condition after it ("where" alone)
	}
	switch first {
	case "when", "where", "if", "depending", "unless", "subject", "with", "once":
	default:
		return ""
	}
	end := strings.IndexByte(s, ',')
	if second, _, _ := strings.Cut(s[len(first)+1:], " "); strings.HasSuffix(second, "ing") {
		// A participle has no subject of its own: the first "we" or
		// "you" is the sentence's ("when using our apps we may").
		for _, subj := range []string{" we ", " you "} {
			if i := strings.Index(s[len(first)+1:], subj); i >= 0 && (end < 0 || len(first)+1+i < end) {
				end = len(first) + 1 + i
			}
		}
	}
	if end < 0 {
		return ""
	}
	p := s[:end]
	if n := len(strings.Fields(p)); n < 2 || n > 16 {
		return ""
	}
	return p
}
