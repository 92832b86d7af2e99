package material

import (
	"slices"
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/redline"
)

// A limit word that ends or opens the clause punctuation marks out
// reaches that clause: "IP address (anonymized for analytics) — only with
// your analytics consent" collects the address only with consent;
// "IP address (anonymized for analytics only) — with your analytics
// consent" only limits what the anonymised address is used for (b114-22).
// The words are the same and in the same order; the brackets and the dash
// moved, and with them what "only" confines.

// limitEdgeWords are the limits whose reach is read from the clause they
// open or end.
var limitEdgeWords = map[string]bool{"only": true, "solely": true, "exclusively": true}

// clauseWord is a word of a text and the clause it stands in, clauses
// being the runs between commas, semicolons, colons, brackets, dashes,
// slashes and ampersands (which join as "and" or "or" do), sentence ends
// and line breaks.
type clauseWord struct {
	w      string
	clause int
}

// punctClauses splits s into its words, lower-case, each with the number
// of its clause.
func punctClauses(s string) []clauseWord {
	var out []clauseWord
	clause := 0
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, clauseWord{strings.ToLower(b.String()), clause})
			b.Reset()
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case (r == '\'' || r == '’' || r == '-') && b.Len() > 0 && i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1])):
			b.WriteRune(r) // "don't", "AI-generated": inside a word
		default:
			flush()
			if strings.ContainsRune(",;:()[]—–.!?\n/&", r) || r == '-' {
				clause++
			}
		}
	}
	flush()
	return out
}

// markupRE is a tag or comment of HTML, which bounds a clause as a line
// break does and holds no word ("<br/>" is "<br>").
var markupRE = mustPattern(`<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*[^<>]*>`)

// limitReachMoved reports a limit word ("only") whose clause changed
// though no word did: old and new hold the same words in the same order,
// and the limit opens or ends its clause on one side, confining those
// words, and stands beside others on the other. It returns the limit and
// the clause it confines on each side, as written in lower case.
func limitReachMoved(old, new string) (limit, was, now string) {
	if !containsFold(old, "only") && !containsFold(old, "solely") && !containsFold(old, "exclusively") {
		return "", "", ""
	}
	a, b := punctClauses(markupRE.ReplaceAllString(old, "\n")), punctClauses(markupRE.ReplaceAllString(new, "\n"))
	if len(a) != len(b) || len(a) > 400 {
		return "", "", ""
	}
	for i := range a {
		if a[i].w != b[i].w {
			return "", "", ""
		}
	}
	clauseOf := func(ws []clauseWord, i int) (words []string, edge bool) {
		lo, hi := i, i
		for lo > 0 && ws[lo-1].clause == ws[i].clause {
			lo--
		}
		for hi+1 < len(ws) && ws[hi+1].clause == ws[i].clause {
			hi++
		}
		for _, x := range ws[lo : hi+1] {
			words = append(words, x.w)
		}
		return words, (lo == i || hi == i) && hi > lo
	}
	for i := range a {
		if !limitEdgeWords[a[i].w] {
			continue
		}
		ca, ea := clauseOf(a, i)
		cb, eb := clauseOf(b, i)
		if (ea || eb) && strings.Join(ca, " ") != strings.Join(cb, " ") {
			return a[i].w, strings.Join(ca, " "), strings.Join(cb, " ")
		}
	}
	return "", "", ""
}

// reachVerdict is asked of a change whose words are the same, or differ
// only in grammar: a condition, hedge or limit that now reaches other
// words (qualifierscope.go, and limitReachMoved above) is a commitment
// changed.
func (c *classifier) reachVerdict(ch redline.Change, fo []string) (Verdict, bool) {
	q, was, now := c.qualifierMoved(ch.Old, ch.New)
	if q != "" {
		// A serial comma put in or taken out ("support messages, and
		// marketing communications (where permitted)"), or a space put
		// after a full stop ("account.Where applicable"), moves nothing.
		if q2, _, _ := c.qualifierMoved(plainCommas(ch.Old), plainCommas(ch.New)); q2 == "" {
			q = ""
		}
	}
	if q == "" {
		q, was, now = limitReachMoved(ch.Old, ch.New)
	}
	if q == "" {
		return Verdict{}, false
	}
	k, _, _ := c.categorize(fo, nil, c.headingWords(ch.Section)) // "unclassified" when nothing names one
	v := c.material(ch, k+".reach", &signals{}, nil, nil, "")
	v.Reason = c.reachReason(q, was, now, v.Category)
	return v, true
}

// An "or" put between two words that stood together, or taken from
// between them, changes how many things a phrase names: "to retain data
// for legal compliance purposes" is one purpose, "for legal or compliance
// purposes" two, the second of any compliance at all (b114-28); "does not
// use customer data for marketing or independent purposes" denies two
// uses, "for independent marketing purposes" one of them (b114-45). "And"
// between two words that describe the same thing mostly keeps both
// ("secure and encrypted storage" is "secure, encrypted storage"), so only
// "or" is read. Words joined across punctuation or a line ("company name,
// role" → "company name or role"; a list's items run into a sentence) are
// a list's, not one phrase's.

// alternativesSplit reports an "or" put between (split) or taken from
// between two words of content that stand side by side, with nothing
// between them, on the other side; old and new otherwise hold the same
// words, the two perhaps traded on the side without the "or".
func (c *classifier) alternativesSplit(old, new string) (split, ok bool) {
	if orCount(old) == orCount(new) {
		return false, false // no "or" put in or taken out
	}
	if lo, ln := boldLeadRE.FindString(old), boldLeadRE.FindString(new); lo != "" && ln != "" && lo != ln && old[len(lo):] == new[len(ln):] {
		// Only a bold lead changed, the label of its paragraph: "**Buyers
		// or in connection with business transfer**." → "**Buyers in
		// connection with business transfer**." (a real PayPal update,
		// b56-30); the paragraph says what is done.
		return false, false
	}
	a, b := punctClauses(old), punctClauses(new)
	if len(a) > 400 || len(b) > 400 {
		return false, false
	}
	if c.orJoined(b, a) {
		return true, true
	}
	return false, c.orJoined(a, b)
}

// boldLeadRE is a paragraph's (or list item's) bold lead: "*   **Buyers
// or in connection with business transfer**".
var boldLeadRE = mustPattern(`^\s*(?:[*+-]\s+)?\*\*[^*\n]+\*\*`)

// orJoined finds in with an "or" between two words of content whose
// removal leaves the words of without, where the two stand side by side
// in one clause, in either order ("marketing or independent purposes" →
// "independent marketing purposes").
func (c *classifier) orJoined(with, without []clauseWord) bool {
	if len(with) != len(without)+1 {
		return false
	}
	content := func(w string) bool {
		return !c.ix.grammar[w] && !c.ix.forceWord[w] && !isNumber(w) && w != "and" && w != "or"
	}
	for i := 1; i+1 < len(with); i++ {
		// (After the "or", a preposition opening the second alternative
		// will do: "based on legitimate interests or for direct marketing"
		// → "based on legitimate interests for direct marketing", b152-27.)
		if with[i].w != "or" || !content(with[i-1].w) || !content(with[i+1].w) && !linkPrepositions[with[i+1].w] || with[i-1].clause != with[i+1].clause {
			continue
		}
		// without holds the two where with holds "x or y", side by side
		// in one clause, either way round, and every other word of with
		// in its place.
		x, y := with[i-1].w, with[i+1].w
		p, q := without[i-1], without[i]
		if p.clause != q.clause || !(p.w == x && q.w == y || p.w == y && q.w == x) {
			continue
		}
		same := true
		for k := range without {
			if k < i-1 && without[k].w != with[k].w || k > i && without[k].w != with[k+1].w {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// stopSpaceRE is a full stop with no space before the next sentence.
var stopSpaceRE = mustPattern(`([a-z])\.([A-Z])`)

// plainCommas is s without the serial comma of its lists (serialcomma.go),
// and with a space after each full stop that lacks one.
func plainCommas(s string) string {
	return stopSpaceRE.ReplaceAllString(unserialComma(s), "$1. $2")
}

// universalAlone reports a change that only drops or puts in universals
// ("all", "every", "each"): what "all" promised of each one, a
// bare plural promises as a rule, with exceptions (b114-07). A universal
// dropped with a word put into the phrase it led narrows it the more:
// "MFA for all internal staff accounts" → "for internal support staff
// accounts" (b109-04).
func universalAlone(fo, fn, removed, added []string) (q string, put bool) {
	// A denial said another way beside it is the same denial: "will never
	// retain your information" → "will not retain all of your
	// information" puts "all" under it (b139-20).
	denial := func(w string) bool { return w == "not" || w == "never" || w == "no" }
	denied := slices.ContainsFunc(fo, denial) || slices.ContainsFunc(fn, denial)
	every := func(ws []string) bool {
		// Under a denial, "all of your information" is "all your
		// information": not all of it is denied (b139-20). Elsewhere "all
		// of its functionality" is its functionality.
		return len(ws) > 0 && allWords[ws[0]] && !slices.ContainsFunc(ws, func(w string) bool { return !allWords[w] && !(denied && w == "of") })
	}
	if slices.ContainsFunc(removed, denial) && slices.ContainsFunc(added, denial) {
		removed = slices.DeleteFunc(slices.Clone(removed), denial)
		added = slices.DeleteFunc(slices.Clone(added), denial)
	}
	switch {
	case every(removed) && len(added) == 0 && !allThisIn(fo):
		return removed[0], false // "all backups and all logs" → "backups and logs" drops each
	case every(added) && len(removed) == 0 && !allThisIn(fn):
		return added[0], true
	case len(removed) == 1 && len(added) == 1 && allWords[removed[0]] && wordInPhrase(fo, fn, removed[0], added[0]):
		return removed[0], false
	}
	return "", false
}

// wordInPhrase reports that w stands, in fn, between two words that
// followed q in fo, within the three after it.
func wordInPhrase(fo, fn []string, q, w string) bool {
	i, j := slices.Index(fo, q), slices.Index(fn, w)
	if i < 0 || j < 1 || j+1 >= len(fn) {
		return false
	}
	for k := i + 1; k+1 < len(fo) && k <= i+3; k++ {
		if fo[k] == fn[j-1] && fo[k+1] == fn[j+1] {
			return true
		}
	}
	return false
}

// allWords are the universals that speak of each one of a kind.
var allWords = map[string]bool{"all": true, "every": true, "each": true}

// allThisIn reports an "all" of "all this" or "all of this" in ws, which
// points back and counts nothing (allthis.go).
func allThisIn(ws []string) bool {
	for i := range ws {
		if allThisAt(ws, i) {
			return true
		}
	}
	return false
}

// orCount counts the words "or" of s, in any case.
func orCount(s string) int {
	n := 0
	for i := 0; i+2 <= len(s); i++ {
		if s[i]|0x20 == 'o' && s[i+1]|0x20 == 'r' && (i == 0 || !isLetterByte(s[i-1])) && (i+2 == len(s) || !isLetterByte(s[i+2])) {
			n++
		}
	}
	return n
}
