package material

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A restructured sentence keeps its words and may still change what it
// commits to: a condition or hedge that qualified one thing now qualifies
// another. "… through browser settings or cookie consent tools where
// implemented" → "… through cookie consent tools, or through browser
// settings where implemented" promises the consent tool outright;
// "Standard Contractual Clauses where required" → "Where such transfers
// occur and where required, safeguards are implemented …" lets every
// safeguard go; "We will never retain … longer than is necessary. In most
// cases, our retention period will end …" → "In most cases, we will never
// retain …" makes the limit a usual one (b98-03, b98-08, b98-19, b98-31).
// Each word is where it was; the qualifier's reach is not.
//
// A qualifier's reach is read from the punctuation and the joins the
// sentence is written with (its clauses are the text between commas,
// semicolons, colons and dashes):
//   - one that opens its sentence, set off by a comma ("In most cases,
//     …", "Where required, …"), reaches the rest of the sentence;
//   - a default or frequency after its clause ("… by default") reaches
//     the clause;
//   - a trailing condition reaches the last thing its clause joins by
//     "and" or "or" when that is a clause or a phrase of its own ("or to
//     opt out of AI processing where technically feasible"), and
//     otherwise the last few words before it ("your name and email
//     address where required by law": the clause);
//   - one set off alone inside a clause ("is, where appropriate,
//     shared") reaches the sentence, and after "and," ("and, where
//     required, Standard Contractual Clauses") the thing joined next.
// Only the words both sides hold are compared, so that a word changed
// elsewhere is left to the rules that read it; and each old reach is
// matched with the new one that best keeps it (reachMoved).

// scopeQualifierRE finds the conditions and hedges whose reach is read.
// "necessary" counts only after what it qualifies ("information necessary
// for the integration"), not before it ("the necessary steps").
var scopeQualifierRE = mustPattern(`(?i)\b(?:(?:where|if|when)\s+(?:(?:technically|reasonably|commercially|legally|operationally)\s+)?(?:required|implemented|applicable|appropriate|necessary|possible|feasible|permitted|available|needed)|as\s+(?:required|necessary|needed|permitted|applicable|appropriate)|(?:where|when|if|as)\s+(?:the\s+|applicable\s+)?laws?\s+(?:allows?|permits?|requires?)|in\s+(?:most|some|certain|many|limited|specific|exceptional|rare)\s+(?:cases|circumstances|situations|instances)|generally|typically|usually|normally|by\s+default|necessary\s+(?:for|to))\b`)

// scopeQualifierWords are the words every match of scopeQualifierRE
// opens with, each a whole word: each branch of the expression starts
// with one, followed by a space or a word's end.
var scopeQualifierWords = map[string]bool{
	"where": true, "if": true, "when": true, "as": true, "in": true, "by": true, "necessary": true,
	"generally": true, "typically": true, "usually": true, "normally": true,
}

// scopeQualifierAtRE is scopeQualifierRE anchored: a match that starts
// where the text does.
var scopeQualifierAtRE = regexp.MustCompile(`^(?:` + scopeQualifierRE.String() + `)`)

// hasScopeQualifier is scopeQualifierRE.MatchString(s). The expression
// opens with a dozen branches and no word they all need, so Go's matcher
// tries it at every byte of s; most texts its rules ask about hold none of
// the words it opens with (scopeQualifierWords), and those are found
// first, word by word. Under (?i) "s" also matches "ſ": a text with any
// byte beyond ASCII goes to the expression. In a text of ASCII a match
// can only start at one of the words, and it is tried there alone, the
// expression anchored: "if" and "as" are in most sentences, and the
// expression tried at every byte of the rest cost more than the words.
// \b, the only part that reads what comes before, reads the same there:
// before the word stands a byte of no word, or the text's start.
func hasScopeQualifier(s string) bool {
	var buf [len("generally")]byte
	for i := 0; i < len(s); {
		if !reWordByte(s[i]) {
			if s[i] >= utf8.RuneSelf {
				return scopeQualifierRE.MatchString(s)
			}
			i++
			continue
		}
		j := i
		for j < len(s) && reWordByte(s[j]) {
			j++
		}
		if j-i <= len(buf) {
			w := buf[:j-i]
			for k := range w {
				w[k] = s[i+k] | 0x20 // ASCII letters to lower case; a digit or "_" is no letter of the words
			}
			if scopeQualifierWords[string(w)] && scopeQualifierAtRE.MatchString(s[i:]) {
				return true
			}
		}
		i = j
	}
	return false
}

// reWordByte is a byte of a word as \b reads it: an ASCII letter or
// digit, or "_".
func reWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// qualifiedNouns are the nouns that make "where applicable" an adjective
// before them ("where applicable law requires"), not a qualifier.
var qualifiedNouns = map[string]bool{"law": true, "laws": true, "legislation": true, "regulation": true, "regulations": true, "rules": true, "data": true, "information": true}

// maxQualifiers is the most qualifiers a side may hold for their reaches
// to be read; no policy paragraph comes near it.
const maxQualifiers = 64

// qualifierReachWords is how many words before a trailing qualifier it is read to
// reach.
const qualifierReachWords = 4

// reach is what a qualifier qualifies: its words, sorted, as compared,
// and its text, as quoted.
type reach struct {
	key, text string
	elsewhere map[string]bool // the words of the sentence's other clauses
	window    bool            // the last words before a trailing condition, not a whole clause
}

// qualifierReach gives, for each qualifier of s (lower-case, spaces
// single), the reach of each time s uses it: the words of content,
// kept to those in keep.
func (c *classifier) qualifierReach(s string, keep map[string]bool) map[string][]reach {
	out := map[string][]reach{}
	words := func(t string) []string {
		var ws []string
		for _, w := range c.content(c.ix.fold(t)) {
			if keep[w] && !c.ix.grammar[w] && w != "and" && w != "or" {
				ws = append(ws, w)
			}
		}
		return ws
	}
	for _, sent := range sentences(stripMarkdown(s)) {
		clauses := strings.FieldsFunc(sent, func(r rune) bool { return r == ',' || r == ';' || r == ':' || r == '–' || r == '—' })
		var cw [][]string // each clause's words, read once: a reach is made of whole clauses
		for k, cl := range clauses {
			for _, m := range scopeQualifierRE.FindAllStringIndex(cl, -1) {
				if cw == nil {
					cw = make([][]string, len(clauses))
					for j, o := range clauses {
						cw[j] = words(o)
					}
				}
				q := strings.ToLower(strings.Join(strings.Fields(cl[m[0]:m[1]]), " "))
				if next, _, _ := strings.Cut(strings.TrimSpace(cl[m[1]:]), " "); qualifiedNouns[strings.ToLower(next)] {
					continue
				}
				var ws []string
				var text string
				window := false
				before := words(cl[:m[0]])
				rest := words(cl[m[1]:])
				switch {
				case k == 0 && len(clauses) > 1 && conditionOpener(cl):
					for _, o := range cw[1:] { // opens the sentence, set off by a comma
						ws = append(ws, o...)
					}
					text = strings.Join(clauses[1:], ",")
				case len(rest) > 0 && opensJoined(cl[:m[0]]):
					// Opening a thing joined by "and" or "or" ("…, and in
					// certain circumstances with the other companies", "as
					// long as your account is active or as needed to
					// provide the Service"): the rest of what it opens
					// (b325-17).
					ws, text = rest, cl[m[1]:]
				case len(before) > 0 && sentenceAdverb(q):
					// "… stored client CRM records by default": the clause
					// before it, whole.
					ws, text = before, cl[:m[0]]
				case len(before) > 0:
					// What a trailing condition qualifies is what comes just
					// before it: the last of the things the clause joins by
					// "and" or "or", or its last few words (a comma put in
					// earlier in the clause moves nothing).
					text = cl[:m[0]]
					joined := false
					if j := lastJoin(text); j >= 0 && len(words(text[j:])) > 0 && clauseJoined(text[j:]) {
						text, joined = text[j:], true
					}
					ws = words(text)
					if len(ws) > qualifierReachWords {
						// A window of the last words: not all the clause it
						// ends, unless it is the last thing joined.
						ws, window = ws[len(ws)-qualifierReachWords:], !joined
					} else {
						window = !joined
					}
				case len(rest) == 0 && len(clauses) > 1 && (sentenceAdverb(q) || k == 0 || !endsWithJoin(clauses[k-1])):
					// "this Date of Birth is, by default, not publicly
					// displayed", "Your personal information is, where
					// appropriate, shared": the sentence it is set off in.
					for j, o := range cw {
						if j != k {
							ws = append(ws, o...)
						}
					}
					text = sent
				case len(rest) == 0 && len(clauses) > 1:
					// Set off alone after "and" or "or" ("and, where
					// required, Standard Contractual Clauses"): the thing
					// joined after it, or the one before.
					j := k + 1
					if j == len(clauses) {
						j = k - 1
					}
					ws, text = slices.Clone(cw[j]), clauses[j] // sorted below: cw stays as read
				default:
					continue // "necessary to" with nothing before it: not read
				}
				slices.Sort(ws)
				ws = slices.Compact(ws)
				elsewhere := map[string]bool{}
				for j, o := range cw {
					if j != k {
						for _, w := range o {
							elsewhere[w] = true
						}
					}
				}
				out[q] = append(out[q], reach{strings.Join(ws, " "), strings.Join(strings.Fields(text), " "), elsewhere, window})
			}
		}
	}
	return out
}

// qualifierMoved reports a qualifier that both sides hold as often, whose
// reach differs, with the words it reaches on each side.
func (c *classifier) qualifierMoved(old, new string) (q, was, now string) {
	if !restructured(old, new) || !hasScopeQualifier(old) || !hasScopeQualifier(new) {
		return "", "", ""
	}
	if len(scopeQualifierRE.FindAllStringIndex(old, maxQualifiers+1)) > maxQualifiers || len(scopeQualifierRE.FindAllStringIndex(new, maxQualifiers+1)) > maxQualifiers {
		return "", "", "" // each reach is read against its sentence's clauses: a text of thousands would take minutes
	}
	keep := map[string]bool{}
	for _, w := range c.ix.fold(stripMarkdown(old)) {
		keep[w] = true
	}
	shared := map[string]bool{}
	for _, w := range c.ix.fold(stripMarkdown(new)) {
		if keep[w] {
			shared[w] = true
		}
	}
	ro, rn := c.qualifierReach(old, shared), c.qualifierReach(new, shared)
	for _, k := range slices.Sorted(maps.Keys(ro)) {
		a, b := ro[k], rn[k]
		if len(a) != len(b) {
			continue // a qualifier added or dropped is a word changed, read elsewhere
		}
		// Each reach of the old side is matched with the new side's
		// that best keeps it: moved when none does.
		for _, x := range a {
			if x.key == "" {
				continue
			}
			var near *reach
			moved := true
			for i := range b {
				if b[i].key == "" {
					continue
				}
				if !reachMoved(k, x, b[i]) {
					moved = false
					break
				}
				if near == nil || overlap(x.key, b[i].key) > overlap(x.key, near.key) {
					near = &b[i]
				}
			}
			if moved && near != nil {
				return k, x.text, near.text
			}
		}
	}
	return "", "", ""
}

// reachReason says that qualifier q reached was and now reaches now, in
// category cat: "Scope changed: 'where implemented' qualified 'or cookie
// consent tools', now 'or through browser settings' (cookies and
// tracking)".
func (c *classifier) reachReason(q, was, now, cat string) string {
	return fmt.Sprintf("Scope changed: '%s' qualified %s, now %s (%s)", q, quoteReach(was), quoteReach(now), strings.ToLower(c.label(cat)))
}

// quoteReach quotes what a qualifier reaches, as the text has it.
func quoteReach(s string) string { return quote(readable(strings.TrimSpace(s))) }

// conditionOpener reports a clause that opens with a condition or hedge
// ("Where such transfers occur and where required", "In most cases"):
// set off by a comma at the head of its sentence, it reaches the rest.
func conditionOpener(clause string) bool {
	w, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(clause)), " ")
	switch w {
	case "where", "wherever", "if", "when", "whenever", "unless", "in", "as", "generally", "typically", "usually", "normally", "by":
		return true
	}
	return false
}

// reachMoved reports that a qualifier reaches other words: the two
// reaches share fewer than half the words of the smaller; or one holds the
// other and three words more; or, for a condition ("where available"), a
// word it reached is now in another clause of its sentence, out of its
// reach ("the dashboard or the API where available" → "the API, or the
// dashboard where available"). A word or two in or out is a clause
// reworded, not a condition moved; and what "necessary for" needs is read
// only from the first test, as a comma put in before it narrows its
// clause without moving it.
func reachMoved(q string, a, b reach) bool {
	wa, wb := strings.Fields(a.key), strings.Fields(b.key)
	shared := 0
	for _, w := range wa {
		if slices.Contains(wb, w) {
			shared++
		}
	}
	small, large := min(len(wa), len(wb)), max(len(wa), len(wb))
	if 2*shared < small && small >= 2 {
		return true // a word alone on a side ("as otherwise necessary to") is too little to say what it reached
	}
	if strings.HasPrefix(q, "necessary") {
		return false
	}
	if shared == small && large-small >= 3 && !a.window && !b.window {
		return true // a window of words holds fewer than the clause it ends
	}
	if sentenceAdverb(q) {
		return false
	}
	for _, w := range wa {
		if !slices.Contains(wb, w) && b.elsewhere[w] {
			return true
		}
	}
	for _, w := range wb {
		if !slices.Contains(wa, w) && a.elsewhere[w] {
			return true
		}
	}
	return false
}

// sentenceAdverb reports a qualifier that says how often or by what
// default the whole clause holds, not which of its things.
func sentenceAdverb(q string) bool {
	return q == "by default" || q == "generally" || q == "typically" || q == "usually" || q == "normally" || strings.HasSuffix(q, " cases")
}

// clauseJoined reports a thing joined by "and" or "or" that is a clause
// or a phrase of its own ("or to opt out of AI processing", "and on
// Standard Contractual Clauses", "or through browser settings"), which a
// condition after it qualifies alone; "your name and email address where
// required by law" joins two nouns, and the condition qualifies the clause.
func clauseJoined(joined string) bool {
	ws := strings.Fields(strings.ToLower(joined))
	if len(ws) < 2 {
		return false
	}
	w := ws[1] // after the "and" or "or"
	return w == "to" || prepositions[w] || pronounSubject(w) || modalStrength[w] > 0
}

// lastJoin is where the last thing a clause joins by "and" or "or" starts
// (-1 when it joins none).
func lastJoin(s string) int {
	lo := strings.ToLower(s)
	return max(strings.LastIndex(lo, " and "), strings.LastIndex(lo, " or "))
}

// endsWithJoin reports a clause that ends with "and" or "or": what is set
// off after it is the next thing joined.
// opensJoined reports text before a qualifier that ends with "and" or
// "or", or with one and words of degree that only lead into the
// qualifier ("or as long as needed", "and only where required").
func opensJoined(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-3; i-- {
		switch ws[i] {
		case "and", "or":
			return true
		case "as", "so", "for", "long", "only", "also":
			continue
		}
		return false
	}
	return false
}

func endsWithJoin(clause string) bool {
	lo := strings.ToLower(strings.TrimSpace(clause))
	return strings.HasSuffix(lo, " and") || strings.HasSuffix(lo, " or") || lo == "and" || lo == "or"
}

// restructured reports that the text two sides differ in holds a mark
// that bounds a clause or a sentence, or a qualifier (with a few words
// around it): where it holds neither, every clause of the one side is a
// clause of the other with words traded, and no qualifier can reach
// anything else. Most edits are of that kind, and this is asked of every
// change the rules find the same.
func restructured(old, new string) bool {
	p, q := sharedEnds(old, new)
	for _, s := range []string{old, new} {
		mid := s[p : len(s)-q]
		if strings.ContainsAny(mid, ",;:.!?\n–—") {
			return true
		}
		// A qualifier the change touches: the text around it, far enough
		// to hold the longest ("in certain cases") whole.
		if hasScopeQualifier(s[max(0, p-20):min(len(s), len(s)-q+20)]) {
			return true
		}
	}
	return false
}

// overlap counts the words two reaches share.
func overlap(a, b string) int {
	n := 0
	wb := strings.Fields(b)
	for _, w := range strings.Fields(a) {
		if slices.Contains(wb, w) {
			n++
		}
	}
	return n
}
