package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What the law makes the author do, said instead as what the author
// needs or judges fit, is no longer a duty: "Where we are required to
// process your data … to protect … from fraud" → "Where we need to
// process …" turns a legal obligation into the author's own need (b99-15:
// the rulebook folds "need" to "require", which is right for "the
// service requires your email" and wrong here); "Standard Contractual
// Clauses where required" → "… where appropriate" makes the safeguard
// the author's choice (b99-07). The duty is the law's or a rule's in two
// shapes: the author "is required (obliged, obligated) to" act, or a
// thing is done "where (if, when, as) required". Only the author's own
// duty counts: "you are required to give your email" → "you need to give
// your email" asks the same of the reader.

// authorDutyRE finds a duty the law or a rule puts on the author.
var authorDutyRE = mustPattern(`(?i)\b(?:we|us)\s+(?:are|were|will\s+be|may\s+be|might\s+be|can\s+be|have\s+been|be)\s+(?:legally\s+)?(?:required|obliged|obligated|compelled|mandated)\s+to\b|\b(?:where|if|when|as)\s+(?:legally\s+)?required\b|\bwhere\s+applicable\b|\brequired\s+by\s+(?:applicable\s+|the\s+)?(?:law|laws|regulation|regulations|legislation)\b|\b(?:the\s+)?(?:applicable\s+)?(?:law|laws|regulations?|legislation)\s+requires?\b`)

// duties gives the author's duties s states. "As required to deliver
// services" and "where required for the service" say what a purpose
// needs, not what the law requires (b96-49).
func duties(s string, from, to int) []string {
	var out []string
	for _, m := range authorDutyRE.FindAllStringIndex(s, -1) {
		if m[1] <= from || m[0] >= to {
			continue // in the words both sides share
		}
		w := strings.ToLower(s[m[0]:m[1]])
		rest := strings.ToLower(s[m[1]:])
		if strings.HasSuffix(w, "required") && !strings.Contains(w, " to") && (strings.HasPrefix(rest, " to ") || strings.HasPrefix(rest, " for ")) {
			continue
		}
		out = append(out, s[m[0]:m[1]])
	}
	return out
}

// authorChoiceRE finds what the author does by its own need or judgement.
var authorChoiceRE = mustPattern(`(?i)\bwe\s+(?:need|want|wish|choose|decide|consider\s+it\s+necessary)\s+to\b|\b(?:where|if|when|as)\s+(?:(?:reasonably|commercially)\s+)?(?:appropriate|necessary|needed|possible|practicable|feasible|suitable|useful|desirable|reasonable|convenient|we\s+(?:deem|consider|think|believe)\b)|\bat\s+our\s+(?:sole\s+)?discretion\b`)

// purposeNeedRE and purposeFitRE find what a purpose needs and what
// suits it: "as required to deliver", "as convenient to deliver".
var (
	purposeNeedRE = mustPattern(`(?i)\b(?:as|where|when|if)\s+(?:required|necessary|needed)\s+(?:to|for)\b`)
	purposeFitRE  = mustPattern(`(?i)\b(?:as|where|when|if)\s+(?:convenient|appropriate|useful|helpful|desirable|suitable)\s+(?:to|for)\b`)
)

// dutyLoosened reports a duty of the author's made a choice of its own
// (-1), or the reverse (+1), with the words of each side; 0 when the
// sides hold as many duties as each other.
func dutyLoosened(old, new string) (dir int, was, now string) {
	if !strings.Contains(old, "requir") && !strings.Contains(new, "requir") && !strings.Contains(old, "oblig") && !strings.Contains(new, "oblig") &&
		!strings.Contains(old, "applicable") && !strings.Contains(new, "applicable") && !strings.Contains(old, "necessary") && !strings.Contains(old, "needed") {
		return 0, "", ""
	}
	p, q := sharedEnds(old, new)
	do, dn := duties(old, p, len(old)-q), duties(new, p, len(new)-q)
	co, cn := changedMatches(authorChoiceRE, old, p, len(old)-q), changedMatches(authorChoiceRE, new, p, len(new)-q)
	if len(do) == len(dn) {
		// What a purpose needs, made what suits it: "as required to
		// deliver services" → "as convenient to deliver services"
		// (b108-49).
		no, nn := changedMatches(purposeNeedRE, old, p, len(old)-q), changedMatches(purposeNeedRE, new, p, len(new)-q)
		fo, fn := changedMatches(purposeFitRE, old, p, len(old)-q), changedMatches(purposeFitRE, new, p, len(new)-q)
		switch {
		case len(no) > len(nn) && len(fn) > len(fo):
			return -1, no[len(no)-1], fn[len(fn)-1]
		case len(nn) > len(no) && len(fo) > len(fn):
			return 1, fo[len(fo)-1], nn[len(nn)-1]
		}
	}
	switch {
	case len(do) > len(dn) && len(cn) > len(co):
		return -1, do[len(do)-1], cn[len(cn)-1]
	case len(dn) > len(do) && len(co) > len(cn):
		return 1, co[len(co)-1], dn[len(dn)-1]
	}
	return 0, "", ""
}

// A standard hedged by an adverb or adjective put before it is a lower
// standard: "as long as is necessary" → "as long as is reasonably
// necessary" (b101-18), "reasonable measures" → "commercially reasonable
// measures" (b102-36). Taken away, the standard is raised.

// hedgedStandardRE finds a standard with the word that hedges it.
var hedgedStandardRE = mustPattern(`(?i)\b(reasonably|commercially|generally|practically|technically|economically|substantially)\s+(necessary|reasonable|required|appropriate|secure|feasible|possible|practicable|adequate|sufficient|accurate)\b`)

// hedgeableRE finds the standards hedgedStandardRE hedges, hedged or not.
var hedgeableRE = mustPattern(`(?i)\b(?:necessary|reasonable|required|appropriate|secure|feasible|possible|practicable|adequate|sufficient|accurate)\b`)

// standardHedged reports a standard hedged on the new side that is plain
// on the old (-1, weakened), or the reverse (+1), with the hedged words.
func standardHedged(old, new string) (dir int, hedged string) {
	p, q := sharedEnds(old, new)
	ho, hn := changedMatches(hedgedStandardRE, old, p, len(old)-q), changedMatches(hedgedStandardRE, new, p, len(new)-q)
	if len(ho) == len(hn) {
		return 0, ""
	}
	if len(changedMatches(hedgeableRE, old, p, len(old)-q)) != len(changedMatches(hedgeableRE, new, p, len(new)-q)) {
		return 0, "" // a standard put in or taken out whole: for the other rules
	}
	if len(hn) > len(ho) {
		return -1, hn[len(hn)-1]
	}
	return 1, ho[len(ho)-1]
}

// localTrade is the most words a side may change for a duty and a
// choice, or a hedge, to be read as traded for each other.
const localTrade = 12

// dutyVerdict judges a duty loosened or a standard hedged, where the
// change holds one.
func (c *classifier) dutyVerdict(ch redline.Change) (Verdict, bool) {
	// A word's capital changed elsewhere ("internet" → "Internet", two
	// sentences on) changes nothing, and must not make the passage look
	// rewritten (b127-37).
	p, q := sharedEndsCase(ch.Old, ch.New)
	if len(strings.Fields(ch.Old[p:len(ch.Old)-q])) > localTrade || len(strings.Fields(ch.New[p:len(ch.New)-q])) > localTrade {
		return Verdict{}, false // a passage rewritten: a duty here and a choice there need not be one traded for the other
	}
	for _, mid := range []string{ch.Old[p : len(ch.Old)-q], ch.New[p : len(ch.New)-q]} {
		for _, w := range strings.Fields(strings.ToLower(mid)) {
			if modalStrength[strings.Trim(w, ",.;:")] > 0 {
				return Verdict{}, false // "will assist" → "may assist" too: the force rules say both (b57-48)
			}
		}
	}
	// Only the words that changed and a few on each side can hold the
	// duty, the choice or the hedge traded: the rest is not read (this
	// is asked of every change). 48 bytes hold a phrase such as "we are
	// legally required to" whole.
	wo, wn := aroundChange(ch.Old, p, q, 48), aroundChange(ch.New, p, q, 48)
	what := ""
	dir := 0
	if d, was, now := dutyLoosened(wo, wn); d != 0 {
		dir = d
		what = fmt.Sprintf("what the law requires of the author, now its own need or judgement: '%s' → '%s'", strings.TrimSpace(was), strings.TrimSpace(now))
		if d > 0 {
			what = fmt.Sprintf("what was the author's own need or judgement, now required of it: '%s' → '%s'", strings.TrimSpace(was), strings.TrimSpace(now))
		}
		if purposeNeedRE.MatchString(was) || purposeFitRE.MatchString(was) {
			what = fmt.Sprintf("what a purpose needs, now what suits it: '%s' → '%s'", strings.TrimSpace(was), strings.TrimSpace(now))
			if d > 0 {
				what = fmt.Sprintf("what suited a purpose, now what it needs: '%s' → '%s'", strings.TrimSpace(was), strings.TrimSpace(now))
			}
		}
	} else if d, was, now := judgementPut(wo, wn); d != 0 {
		dir = d
		what = fmt.Sprintf("a standard made the author's judgement of it: '%s' → '%s'", strings.TrimSpace(was), strings.TrimSpace(now))
		if d > 0 {
			what = fmt.Sprintf("a standard no longer the author's judgement of it: '%s' → '%s'", strings.TrimSpace(was), strings.TrimSpace(now))
		}
	} else if d, hedged := standardHedged(wo, wn); d != 0 {
		dir = d
		what = fmt.Sprintf("a standard hedged: '%s'", hedged)
		if d > 0 {
			what = fmt.Sprintf("a standard no longer hedged: '%s'", hedged)
		}
	}
	if dir == 0 {
		return Verdict{}, false
	}
	k, _, _ := c.categorize(c.ix.fold(ch.New), nil, c.headingWords(ch.Section))
	if k == "" {
		k = "unclassified"
	}
	v := c.material(ch, k+".force", &signals{}, nil, nil, "")
	verb, d := "Commitment weakened", Restricts
	if dir > 0 {
		verb, d = "Commitment strengthened", Expands
	}
	v.Reason, v.Direction = fmt.Sprintf("%s: %s (%s)", verb, what, strings.ToLower(c.label(v.Category))), d
	return v, true
}

// judgeRE finds a standard the author judges met: "where we consider it
// technically feasible", "if we believe it necessary".
var judgeRE = mustPattern(`(?i)\b(?:where|if|when|as|unless)\s+we\s+(?:deem|consider|think|believe|judge|determine|decide)\b`)

// judgementPut reports a standard said plainly on one side and as the
// author's judgement of it on the other: "where technically feasible" →
// "where we consider it commercially feasible" (b170-24) leaves the
// author the judge of what it must do (-1); the reverse is +1.
func judgementPut(old, new string) (dir int, was, now string) {
	if !strings.Contains(old, " we ") && !strings.Contains(new, " we ") {
		return 0, "", ""
	}
	p, q := sharedEnds(old, new)
	jo, jn := changedMatches(judgeRE, old, p, len(old)-q), changedMatches(judgeRE, new, p, len(new)-q)
	if len(jo) == len(jn) || len(hedgeableRE.FindAllString(old, -1)) == 0 || len(hedgeableRE.FindAllString(new, -1)) == 0 {
		return 0, "", ""
	}
	// the words changed, whole, and the one before them: "where
	// technically" → "where we consider it commercially"
	mid := func(s string) string {
		from, to := min(p, len(s)-q), len(s)-q
		for from > 0 && s[from-1] != ' ' {
			from--
		}
		if from > 0 {
			from--
			for from > 0 && s[from-1] != ' ' {
				from--
			}
		}
		for to < len(s) && s[to] != ' ' && s[to] != '.' && s[to] != ',' {
			to++
		}
		return strings.TrimSpace(s[from:to])
	}
	if len(jn) > len(jo) {
		return -1, mid(old), mid(new)
	}
	return 1, mid(old), mid(new)
}

// changedMatches gives the matches of re in s that reach into s[from:to], the
// words that changed: a duty or a hedge elsewhere in a paragraph
// rewritten is not paired with one here.
func changedMatches(re *pattern, s string, from, to int) []string {
	var out []string
	for _, m := range re.FindAllStringIndex(s, -1) {
		if m[1] > from && m[0] < to {
			out = append(out, s[m[0]:m[1]])
		}
	}
	return out
}
