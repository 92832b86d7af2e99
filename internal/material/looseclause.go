package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A restrictive relative clause picks out the members of a set a
// statement holds for; a non-restrictive one, set off by a comma, says
// something of all of them. "We share user information with … the
// subsidiaries it controls that follow practices at least as protective"
// shares with those subsidiaries only; "…, which follow practices …"
// with every one, the practices now a description, not a condition
// (b49-03). "with our processors" → "with those of our processors that
// request them" confines a transfer safeguard to the processors that
// ask (b49-33). "that" and "which" are grammar words and the clause's
// words may all be said elsewhere, so the rules read grammar or the same
// commitments; the clause is read here. "that" → "which" with no comma
// keeps the clause restrictive; a comma put alone before "which" or
// "who" is left, as editors put it for style as often as for sense, but
// for "who" after a plural noun of people or bodies: "We may disclose
// data to authorities who have a valid court order" → "… to
// authorities, who have a valid court order" discloses to every
// authority, the order now said of them all (a comma changes no word,
// so the rules read punctuation only).

// commaTokens returns the words of s lowercased, each comma a word of
// its own and other punctuation dropped.
func commaTokens(s string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(s)) {
		comma := strings.HasSuffix(strings.TrimRight(f, ")\"'”’"), ",")
		if w := strings.Trim(f, ".,;:!?()[]\"'“”‘’*_"); w != "" {
			out = append(out, w)
		}
		if comma {
			out = append(out, ",")
		}
	}
	return out
}

// clauseLoosened reports a restrictive relative clause made
// non-restrictive, or the other way, its words kept: "subsidiaries that
// follow" → "subsidiaries, which follow" gives true, true.
func clauseLoosened(old, new string) (loosened, ok bool) {
	to, tn := commaTokens(old), commaTokens(new)
	p, os, ns := changedSpan(to, tn)
	if p == 0 || !lexPOS(to[p-1], 'n') {
		return false, false
	}
	// tight: "that follow …"; loose: ", which follow …", a comma perhaps
	// closing the clause.
	match := func(tight, loose []string) bool {
		if len(tight) == 0 || len(loose) < 2 || !relativeWords[tight[0]] || loose[0] != "," || !relativeWords[loose[1]] || tight[0] == loose[1] && tight[0] != "that" && !(tight[0] == "who" && peopleNoun(to[p-1])) {
			return false
		}
		rt, rl := tight[1:], loose[2:]
		if len(rl) > 0 && rl[len(rl)-1] == "," {
			rl = rl[:len(rl)-1]
		}
		if len(rt) > 0 && rt[len(rt)-1] == "," {
			rt = rt[:len(rt)-1]
		}
		return equalWords(rt, rl)
	}
	if os-p+ns-p == 1 && os < len(to) && to[os] == "who" && peopleNoun(to[p-1]) {
		// a comma alone before "who": "authorities who" → "authorities, who"
		if ns > p && tn[p] == "," {
			return true, true
		}
		if os > p && to[p] == "," {
			return false, true
		}
	}
	switch {
	case match(to[p:os], tn[p:ns]):
		return true, true
	case match(tn[p:ns], to[p:os]):
		return false, true
	}
	return false, false
}

// looseClauseVerdict is the verdict on a relative clause made
// non-restrictive or restrictive (clauseLoosened), k the category of the
// text.
func (c *classifier) looseClauseVerdict(ch redline.Change, k string) (Verdict, bool) {
	loosened, ok := clauseLoosened(ch.Old, ch.New)
	if !ok {
		return Verdict{}, false
	}
	if k == "" || c.rb.categoryIndex(k) < 0 {
		k = "unclassified"
	}
	v := c.material(ch, k+".scope", &signals{}, nil, nil, "")
	how := "widened: a clause that picked out which ones now describes them all"
	v.Direction = Expands
	if !loosened {
		how, v.Direction = "narrowed: a clause that described them all now picks out which ones", Restricts
	}
	what := c.asWritten(ch)
	if r, a := c.writtenDiff(ch); len(r) == 0 && len(a) == 0 {
		what = "a comma taken from before “who”"
		if loosened {
			what = "a comma put before “who”"
		}
	}
	v.Reason = fmt.Sprintf("Scope %s (%s): %s (%s)", how, what, quoteChange(ch.Old, ch.New), strings.ToLower(c.label(v.Category)))
	return v, true
}

// partitiveWords may open the noun a restrictive clause is put after:
// "those of our processors that request them".
var partitiveWords = map[string]bool{"those": true, "of": true, "the": true, "ones": true, "any": true, "such": true, "only": true}

// clauseNarrowed returns a restrictive relative clause put after a noun
// both sides keep, or dropped, and whether it was put: "with our
// processors" → "with those of our processors that request them" gives
// "that request them", true. A clause that says only that the author
// uses the parties ("the processors we use") is not one.
func clauseNarrowed(old, new []string) (string, bool) {
	p, os, ns := changedSpan(old, new)
	find := func(short, long []string, before string) string {
		if len(short) > 1 && (short[0] == "all" || short[0] == "every" || short[0] == "any") {
			short = short[1:] // "all analytics cookies" → "analytics cookies set by us" (b161-24)
		}
		if len(short) > 1 && len(long) > 1 && backPointers[short[0]] && (long[0] == "the" || backPointers[long[0]]) && long[0] != short[0] {
			// "delete that information" → "delete the information they
			// provided" (b174-30)
			short, long = short[1:], long[1:]
		}
		i := 0
		for i < len(long) && i < 3 && partitiveWords[long[i]] && (len(short) == 0 || long[i] != short[0]) {
			i++
		}
		if n := len(short); n >= 2 && (short[n-2] == "to" || short[n-2] == "of") && (short[n-1] == "it" || short[n-1] == "them" || short[n-1] == "this") &&
			!(len(long)-i >= n+2 && equalWords(long[i:i+n], short)) {
			// "changes to it" → "changes that we consider significant":
			// what the noun is of goes without saying, the clause
			// picks out which ones (b215-20)
			short = short[:n-2]
		}
		if len(long)-i < len(short)+2 || !equalWords(long[i:i+len(short)], short) {
			return ""
		}
		noun := before
		if len(short) > 0 {
			noun = short[len(short)-1]
		} else if i > 0 {
			return ""
		}
		clause := long[i+len(short):]
		if noun == "" || !lexPOS(noun, 'n') {
			return ""
		}
		body := clause[1:] // the clause after its "that"
		if !relativeWords[clause[0]] {
			if !reducedRelative(clause) {
				return ""
			}
			body = clause // "cookies we set": no "that"
		}
		if len(body) <= 2 && (body[0] == "we" || body[0] == "i") && authorChoice[body[len(body)-1]] {
			return ""
		}
		if bindingClause(noun, body) {
			return ""
		}
		return strings.Join(clause, " ")
	}
	before := ""
	if p > 0 {
		before = old[p-1]
	}
	if w := find(old[p:os], new[p:ns], before); w != "" {
		return w, true
	}
	if w := find(new[p:ns], old[p:os], before); w != "" {
		return w, false
	}
	return "", false
}

// bindingNouns name what binds the company: "the legal obligations that
// apply to us" are all of its legal obligations.
var bindingNouns = map[string]bool{"obligations": true, "obligation": true, "law": true, "laws": true, "requirements": true,
	"regulations": true, "rules": true, "duties": true, "legislation": true}

// bindingClause reports a clause that says a law binds the company, said
// after a noun of law: "with the legal obligations that apply to us",
// "the laws we are subject to" pick out no fewer of them (b200-32).
func bindingClause(noun string, body []string) bool {
	if !bindingNouns[noun] || len(body) == 0 || len(body) > 4 {
		return false
	}
	switch body[0] {
	case "apply", "applies", "bind", "binds", "govern", "governs":
		return true
	}
	return len(body) >= 3 && body[0] == "we" && (slices.Contains(body, "subject") || slices.Contains(body, "bound")) // "subject to" folds to "bound by"
}

// reducedRelative reports a restrictive clause put after a noun without
// its relative word, all of what follows the noun: "cookies we set",
// "cookies set by us", "data they collect about you". The subject is a
// pronoun of a party followed by a verb, or the clause is a participle
// with its agent ("set by us", "placed by our partners").
func reducedRelative(clause []string) bool {
	if len(clause) < 2 || len(clause) > 8 {
		return false
	}
	switch clause[0] {
	case "we", "you", "they", "i":
		if n, ok := reducedAuxiliaries[clause[1]]; ok && len(clause) >= n {
			// "breaches we are required to report", "data we must
			// keep by law" (b204-27); "the processors we are using" is
			// the author's choice, said in three words
			return true
		}
		return lexPOS(clause[1], 'v') && !lexPOS(clause[1], 'n') || participles[clause[1]] != "" || clause[1] == "set"
	}
	part := strings.HasSuffix(clause[0], "ed") || participles[clause[0]] != "" || clause[0] == "set" || clause[0] == "put"
	if !part {
		return false
	}
	// A participle with its agent ("set by us"), or with the way the
	// thing came: "data submitted through the portal", "requests sent to
	// us directly" (b209-26).
	switch clause[1] {
	case "by", "through", "via":
		return true
	case "to", "directly":
		return len(clause) >= 3 && slices.Contains(clause[1:], "directly")
	}
	return false
}

// reducedAuxiliaries open the verb of a reduced relative clause after
// its subject: "we are required to", "we must", "you have asked us to".
// Each gives the fewest words the clause needs: a modal and its verb
// ("we must report"); "are" or "have" and two more, since "we are using"
// and "we have engaged" say only that the author uses them.
var reducedAuxiliaries = map[string]int{"are": 4, "were": 4, "have": 4, "had": 4, "must": 3, "can": 3,
	"could": 3, "may": 3, "might": 3, "will": 3, "would": 3, "need": 3, "should": 3}

// restrictiveIn reports a relative word in s without a comma before it.
func restrictiveIn(s string) bool {
	s = strings.ToLower(s)
	for w := range relativeWords {
		for i := 0; ; {
			j := strings.Index(s[i:], " "+w+" ")
			if j < 0 {
				break
			}
			if j += i; j > 0 && s[j-1] != ',' {
				return true
			}
			i = j + 1
		}
	}
	return false
}

// narrowedClauseVerdict is the verdict on a restrictive clause put or
// dropped (clauseNarrowed).
func (c *classifier) narrowedClauseVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	w, put := clauseNarrowed(old, new)
	said := ctxOld // the side that holds the clause
	if put {
		said = ctxNew
	}
	if w == "" || !restrictiveIn(said) && strings.Contains(said, ", "+w) {
		return Verdict{}, false
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".scope", &signals{}, nil, nil, "")
	how := "narrowed: a clause put that picks out which ones"
	if !put {
		how = "widened: a clause that picked out which ones dropped"
	}
	v.Direction = Neutral
	v.Reason = fmt.Sprintf("Scope %s, %s: %s (%s)", how, quoteWords([]string{w}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}

// peopleNoun reports a plural noun WordNet files under people or groups:
// "authorities", "partners", "employees" (not "Stripe", not "the CEO").
func peopleNoun(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	for _, e := range wordNet().entries(w) {
		if e.pos[0] == 'n' && (e.lexfile == 18 || e.lexfile == 14) {
			return true
		}
	}
	return false
}
