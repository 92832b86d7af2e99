package material

import (
	"slices"
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/redline"
)

// sequenceOnly returns folded words without the words that only order a
// step after the period the sentence already states: "kept for 90 days,
// after which they are wiped", "… and then deleted", "… and wiped once that
// period is over", "Once the 14 days have passed, the footage is
// overwritten". Each says what the period says, that the next step comes
// when it ends: sequence, not a condition. A step after anything else
// ("once we no longer need them", "after you close your account", "after
// 90 days" where no 90 days was stated) is a condition, and stays. ws is
// not changed; a copy is returned when words are dropped.
func sequenceOnly(ws []string) []string {
	var drop []int
	for i, w := range ws {
		switch w {
		case "then", "thereafter", "afterwards", "subsequently":
			// "and then", "we then destroy them": the next step. "if …,
			// then" is the consequent of a condition said by its "if".
			if i == 0 || ws[i-1] != "until" && ws[i-1] != "by" && ws[i-1] != "since" && ws[i-1] != "from" {
				drop = append(drop, i)
			}
		case "until", "till":
			// "kept until deleted after 90 days" is "kept for 90 days,
			// after which it is deleted": the period is the keeping, and
			// the deletion its end, not a condition.
			if i+3 < len(ws) && deletionVerbs[ws[i+1]] != "" && ws[i+2] == "after" && timeAhead(ws, i+3) {
				drop = append(drop, i, i+2)
			}
		case "after", "once", "when", "following":
			if (w == "after" || w == "following") && i+1 < len(ws) && (ws[i+1] == "which" || ws[i+1] == "that" || ws[i+1] == "this") &&
				(i+2 >= len(ws) || !sequenceNouns[ws[i+2]]) {
				// "after which", "after that, we notify you": the step
				// before, named back.
				drop = append(drop, i)
				continue
			}
			j := i + 1
			for j < len(ws) && sequenceDeterminers[ws[j]] {
				j++
			}
			if j >= len(ws) {
				continue
			}
			if end, keep := periodNamedBack(ws, i, j); end > 0 {
				// "once that period is over", "when the retention period
				// ends", "once the six years are up".
				for k := i; k < end; k++ {
					if k < keep[0] || k >= keep[1] {
						drop = append(drop, k)
					}
				}
			}
		case "at", "on", "upon":
			// "at the end of that period", "on expiry of the six years"
			// ("end" folds to "terminate").
			k := i + 1
			if k < len(ws) && ws[k] == "the" {
				k++
			}
			if k+1 >= len(ws) || ws[k] != "end" && ws[k] != "terminate" && ws[k] != "expiry" && ws[k] != "expiration" || ws[k+1] != "of" {
				continue
			}
			j := k + 2
			for j < len(ws) && sequenceDeterminers[ws[j]] {
				j++
			}
			if end, keep := periodNamedBack(ws, i, j); end > 0 {
				for k := i; k < end; k++ {
					if k < keep[0] || k >= keep[1] {
						drop = append(drop, k)
					}
				}
			}
		}
	}
	return dropAt(ws, drop)
}

// dropAt returns ws without the words at the places drop lists, ws itself
// when it lists none; ws is not changed.
func dropAt(ws []string, drop []int) []string {
	if len(drop) == 0 {
		return ws
	}
	out := make([]string, 0, len(ws)-len(drop))
	for i, w := range ws {
		if !slices.Contains(drop, i) {
			out = append(out, w)
		}
	}
	return out
}

// periodNamedBack returns the end of a phrase of time opened at i whose
// object, at j after the words that point back, is the period the sentence
// stated before i: a noun of a period ("that period") or the same number
// and unit ("the six years"), and the words that say it is over. It
// returns 0 when the object is anything else.
func periodNamedBack(ws []string, i, j int) (end int, keep [2]int) {
	if j <= i+1 || j >= len(ws) || !sequenceDeterminers[ws[j-1]] {
		return 0, keep
	}
	if sequenceNouns[ws[j]] && (ws[j] != "window" || durationBefore(ws[:i])) {
		end = j + 1
	} else if v, n := readNumber(ws[j:]); n > 0 && j+n < len(ws) && statedBefore(ws[:i], v, ws[j+n]) {
		end = j + n + 1
	} else if _, unit := unitOf[strings.TrimSuffix(ws[min(j+n, len(ws)-1)], "s")]; n > 0 && unit && periodNoun(ws, j+n+1) > 0 {
		// "when the 60-day retention period ends": the clause states the
		// period it ends, and its number is kept, to be compared as any
		// number is.
		end, keep = periodNoun(ws, j+n+1), [2]int{j, j + n + 1}
	} else {
		return 0, keep
	}
	for k := 0; k < 3 && end < len(ws) && periodOver[ws[end]]; k++ {
		end++
	}
	return end, keep
}

// periodNoun returns the end of a noun of a period at i ("period",
// "retention period"), 0 when there is none.
func periodNoun(ws []string, i int) int {
	if i < len(ws) && (ws[i] == "retention" || ws[i] == "storage") {
		i++
	}
	if i < len(ws) && sequenceNouns[ws[i]] {
		return i + 1
	}
	return 0
}

// periodOver are the words that say a period has run: "is over", "ends",
// "have passed", "are up", "has elapsed", "expires", "closes".
var periodOver = map[string]bool{"is": true, "are": true, "has": true, "have": true, "ends": true, "end": true, "ended": true, "terminate": true, "terminates": true, "terminated": true, "expires": true, "expire": true,
	"expired": true, "over": true, "up": true, "passed": true, "elapsed": true, "lapses": true, "lapsed": true, "runs": true, "run": true, "out": true,
	"closes": true, "closed": true, "close": true}

// sequenceDeterminers point back at what a sentence has named.
var sequenceDeterminers = map[string]bool{"the": true, "that": true, "this": true, "those": true, "these": true, "said": true, "such": true, "retention": true, "storage": true}

// sequenceNouns name a period already stated. A "window" is one only
// after a duration the sentence states ("a thirty-day window ...; once that
// window closes"): alone it may be the browser's.
var sequenceNouns = map[string]bool{"period": true, "time": true, "term": true, "timeframe": true, "window": true}

// durationBefore reports a number with a unit of time among ws: "30
// days", "a thirty-day window".
func durationBefore(ws []string) bool {
	for i := range ws {
		if _, n := readNumber(ws[i:]); n > 0 && i+n < len(ws) {
			if _, ok := unitOf[ws[i+n]]; ok {
				return true
			}
		}
	}
	return false
}

// statedBefore reports the number v with the time unit unit among ws:
// "for six years" before "once the six years are up".
func statedBefore(ws []string, v float64, unit string) bool {
	if _, ok := unitOf[unit]; !ok {
		return false
	}
	for i := range ws {
		if u, n := readNumber(ws[i:]); n > 0 && u == v && i+n < len(ws) && ws[i+n] == unit {
			return true
		}
	}
	return false
}

// namedBack returns a test for a noun one side writes where the other
// has a pronoun of the thing ("it", "they", "them"), and which both sides
// name already: "we retain CCTV footage …, and we then overwrite it" →
// "… the footage is overwritten" names nothing new. The noun may be
// named back in the singular: "records of your orders …, in which you
// placed them" → "…, in which each order was placed".
func namedBack(old, new, removed, added []string) func(string) bool {
	thing := func(ws []string) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return w == "it" || w == "they" || w == "them" })
	}
	return func(w string) bool {
		same := func(v string) bool { return v == w || stem(v) == stem(w) }
		if !slices.ContainsFunc(old, same) || !slices.ContainsFunc(new, same) {
			return false
		}
		return slices.Contains(added, w) && thing(removed) || slices.Contains(removed, w) && thing(added)
	}
}

// demonstratives point back to a thing the sentence named: "that
// decision", "this request".
var demonstratives = map[string]bool{"that": true, "this": true, "those": true, "these": true}

// demonstrativeBack returns a test for a word one side writes beside a
// noun (within two words of it) where the other side writes that noun
// after a demonstrative, and which both sides name elsewhere: "respect
// the consumer's decision to opt out" → "respect that decision", in a
// sentence about a consumer who opted out, leaves out only what the
// sentence already said.
func demonstrativeBack(old, new, removed, added []string) func(string) bool {
	pointed := func(ws []string) map[string]bool {
		m := map[string]bool{}
		for i := 0; i+1 < len(ws); i++ {
			if demonstratives[ws[i]] {
				m[ws[i+1]] = true
			}
		}
		return m
	}
	po, pn := pointed(old), pointed(new)
	beside := func(ws []string, w string, nouns map[string]bool) bool {
		for i, v := range ws {
			if v != w {
				continue
			}
			for _, x := range ws[max(0, i-2):min(len(ws), i+3)] {
				if nouns[x] && !demonstratives[x] {
					return true
				}
			}
		}
		return false
	}
	return func(w string) bool {
		if !slices.Contains(old, w) || !slices.Contains(new, w) {
			return false
		}
		return slices.Contains(removed, w) && beside(old, w, pn) || slices.Contains(added, w) && beside(new, w, po)
	}
}

// demonstrativeDropped returns a test for a noun one side writes after a
// demonstrative, naming again what an earlier word of the same side
// named, where the other side writes that noun too, and not after a
// demonstrative: "… collect personal information when you register. This
// information includes your name" → "… when you register, including your
// name". Two sentences made one leave out only the pointer back. The
// words are compared as written: the rulebook folds "personal
// information" and leaves "this information" as it is.
func demonstrativeDropped(ctxOld, ctxNew string, removed, added []string) func(string) bool {
	var ro, rn []string
	lower := func(ws []string) []string {
		for i, w := range ws {
			ws[i] = strings.ToLower(w)
		}
		return ws
	}
	restated := func(ws []string, w string) (after, plain bool) {
		for i, v := range ws {
			if v != w {
				continue
			}
			if i > 0 && demonstratives[ws[i-1]] {
				after = after || slices.Contains(ws[:i-1], w)
			} else {
				plain = true
			}
		}
		return after, plain
	}
	return func(w string) bool {
		if !slices.Contains(removed, w) && !slices.Contains(added, w) || !strings.Contains(ctxOld, w) || !strings.Contains(ctxNew, w) {
			return false // a cheap test first: both sides write the word
		}
		if ro == nil {
			ro, rn = lower(rawWords(ctxOld)), lower(rawWords(ctxNew))
		}
		ao, po := restated(ro, w)
		an, pn := restated(rn, w)
		return ao && !an && pn || an && !ao && po
	}
}

// anchored returns folded words with the starting event of a deadline
// said as "after": "within 30 days of your account being closed" is
// "within 30 days after your account is closed", and "once your account is
// closed, … within 30 days" states the same event by its "once". ws is not
// changed; a copy is returned when a word is.
func anchored(ws []string) []string {
	var out []string
	for i := 0; i+3 < len(ws); i++ {
		if ws[i] != "within" {
			continue
		}
		_, n := readNumber(ws[i+1:])
		j := i + 1 + n
		for j < len(ws) && (ws[j] == "business" || ws[j] == "working" || ws[j] == "calendar") {
			j++
		}
		if n == 0 || j+1 >= len(ws) {
			continue
		}
		if _, unit := unitOf[ws[j]]; !unit || ws[j+1] != "of" && ws[j+1] != "from" {
			continue
		}
		if out == nil {
			out = slices.Clone(ws)
		}
		out[j+1] = "after"
	}
	if out == nil {
		return ws
	}
	return out
}

// anchorFrame returns the category of a period whose starting event is
// all that changed: what the sentence before the event is about. "We keep
// the records of your orders for six years from the end of the financial
// year …" → "… from the date on which you close your account" moves a
// retention period, though "financial" is a word of data: the event a
// period runs from is a term of what the period is of. "" when the words
// before the event differ, or name no category.
func (c *classifier) anchorFrame(old, new []string) string {
	for i := 0; i < len(old); i++ {
		_, n := readNumber(old[i:])
		j := i + n
		if n == 0 || j+1 >= len(old) {
			continue
		}
		if _, unit := unitOf[old[j]]; !unit {
			continue
		}
		switch old[j+1] {
		case "from", "after", "of", "following":
		default:
			continue
		}
		a := j + 2
		if a >= len(new) || !equalWords(old[:a], new[:a]) {
			return ""
		}
		k, hit, _ := c.categorizeAside(old[:a], nil, nil)
		if hit {
			return k
		}
		return ""
	}
	return ""
}

// companyForm returns a test for a word of a company's form ("inc",
// "llc") traded for another after the same name: "WhatsApp Inc." →
// "WhatsApp LLC" is the company under another legal form, not another
// party. So is the name alone named in full, or the full name cut to the
// name ("Reddit complies" → "Reddit, Inc., complies"): the form stands
// where the other side has the name and then the word after the form.
// The name must stand before a form on both sides, or bare in the same
// place; a form whose name changed ("WhatsApp Inc." → "Meta Inc.") is
// still compared, by the name, and a word of name added with the form
// ("Reddit Europe, Inc.") is compared too. A form added to a bare name
// must be written as one, after a capital, in the text it stands in
// (rawOld, rawNew): "access limited to staff" limits, "Zentrova Limited"
// is a company.
func companyForm(old, new []string, rawOld, rawNew string) func(string) bool {
	named := func(ws []string) map[string]bool {
		out := map[string]bool{}
		for i := 1; i < len(ws); i++ {
			if formWord(ws[i]) && !formWord(ws[i-1]) {
				out[ws[i-1]] = true
			}
		}
		return out
	}
	inOld, inNew := named(old), named(new)
	// before reports a form word w of ws whose name, the word before its
	// run of forms, stands before a form on the other side too.
	before := func(ws []string, other map[string]bool, w string) bool {
		for i := range ws {
			if ws[i] != w {
				continue
			}
			j := i
			for j > 0 && formWord(ws[j-1]) {
				j--
			}
			if j > 0 && other[ws[j-1]] {
				return true
			}
		}
		return false
	}
	// bare reports a form word w of ws whose run of forms, taken out,
	// leaves words the other side has in that place: the word before its
	// name (or the start of both), the name, and then the word after the
	// run (or the end of both). "by Glassdoor LLC, including" → "by
	// Indeed, Inc. (“Glassdoor”), including" names another company.
	// The run takes in the trade words the name ends in ("Lotame
	// Solutions, Inc." → "Lotame", tradename.go); they are never traded
	// for others as forms are.
	bare := func(ws, other []string, raw, w string) bool {
		for i := range ws {
			if ws[i] != w {
				continue
			}
			j, k := i, i+1
			for j > 0 && formOrTrade(ws[j-1]) {
				j--
			}
			for k < len(ws) && formOrTrade(ws[k]) {
				k++
			}
			if j == 0 || !writtenForm(raw, ws[j-1], w) {
				continue
			}
			for p := range other {
				if other[p] != ws[j-1] {
					continue
				}
				if j-1 == 0 != (p == 0) || p > 0 && other[p-1] != ws[j-2] {
					continue // the name stands between other words
				}
				if p+1 == len(other) && k == len(ws) || p+1 < len(other) && k < len(ws) && other[p+1] == ws[k] {
					return true
				}
			}
		}
		return false
	}
	// A form of one country's law ("Pte. Ltd.", "GmbH", "B.V.") traded
	// for another form is a company of another country, not the same one
	// converted: "TP-Link Corporation Limited" → "TP-Link Corporation Pte.
	// Ltd." names the Singapore company for the Hong Kong one.
	swapped := func(ws, other []string, w string) bool {
		return countryForms[w] && !slices.Contains(other, w)
	}
	return func(w string) bool {
		return formWord(w) && (before(old, inNew, w) && !swapped(old, new, w) || before(new, inOld, w) && !swapped(new, old, w)) ||
			formOrTrade(w) && (bare(old, new, rawOld, w) || bare(new, old, rawNew, w))
	}
}

// formOrTrade reports a company's legal form or a trade word after its
// name (tradeWords).
func formOrTrade(w string) bool { return formWord(w) || tradeWords[w] }

// countryForms are the legal forms of one country's law (or a few
// countries' that share it), unlike "Inc.", "LLC" or "Limited".
var countryForms = map[string]bool{"pte": true, "pty": true, "gmbh": true, "ag": true, "sa": true, "sas": true, "sarl": true, "bv": true, "b": true, "v": true, "nv": true,
	"ab": true, "oy": true, "spa": true, "srl": true, "kk": true, "ulc": true}

// writtenForm reports the form word w written in raw as a company's
// form: capitalised ("Inc.", "GmbH", "LLC"), after the name capitalised,
// or after other forms of it ("Pty Ltd"), a comma between them or not.
func writtenForm(raw, name, w string) bool {
	fs := strings.Fields(raw)
	lower := func(f string) string { return strings.ToLower(strings.Trim(f, ".,;:()")) }
	upper := func(f string) bool { return f != "" && unicode.IsUpper([]rune(f)[0]) }
	for i, f := range fs {
		if lower(f) != w || !upper(f) {
			continue
		}
		j := i - 1
		for j >= 0 && formOrTrade(lower(fs[j])) && upper(fs[j]) {
			j--
		}
		if j >= 0 && lower(fs[j]) == name && upper(fs[j]) {
			return true
		}
	}
	return false
}

// formWord reports a word that is only a company's legal form: "the",
// "company" or "group" are words of a name's phrase too, and "Example
// Holdings Inc." is the parent of "Example Ltd.", another company.
func formWord(w string) bool {
	return legalForms[w] && w != "as" && w != "co"
}

// keptWords are the words that say data is kept for a period and then
// goes, folded: "are kept for 90 days and then", "we keep … for 90 days,
// after which".
var keptWords = map[string]bool{"keep": true, "kept": true, "keeps": true, "hold": true, "held": true, "holds": true, "for": true,
	"after": true, "and": true, "then": true, "which": true, "they": true, "them": true, "it": true, "are": true, "is": true, "be": true, "once": true}

// deletionVerbs are the acts that end keeping, folded, each form with its
// verb.
var deletionVerbs = map[string]string{"delete": "delete", "deleted": "delete", "deletes": "delete", "destroy": "destroy", "destroyed": "destroy",
	"destroys": "destroy", "wipe": "wipe", "wiped": "wipe", "wipes": "wipe", "remove": "remove", "removed": "remove", "removes": "remove"}

// keptThenDeleted reports a sentence that keeps data for a period and then
// deletes it said as one that deletes it after the period, or back: "Log
// files are kept for 90 days and then deleted" is "Log files are deleted
// after 90 days". The same quantities and the same acts of deletion stand
// on both sides, and every word changed only says keeping and its order.
func keptThenDeleted(old, new, removed, added []string) bool {
	if len(removed)+len(added) == 0 || !equalWords(quantities(old), quantities(new)) || len(quantities(old)) == 0 {
		return false
	}
	acts := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			if verb := deletionVerbs[w]; verb != "" {
				out = append(out, verb)
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	if a := acts(old); len(a) == 0 || !slices.Equal(a, acts(new)) {
		return false
	}
	kept := false // one side says the keeping
	for _, w := range append(append([]string{}, removed...), added...) {
		if !keptWords[w] && deletionVerbs[w] == "" {
			return false
		}
		kept = kept || w == "keep" || w == "kept" || w == "keeps" || w == "hold" || w == "held" || w == "holds"
	}
	return kept
}

// anchorOnly reports, of a material verdict, the category anchorFrame
// gives its changed sentences when it is another: a change whose
// sentences differ only from the starting event of a period on is about
// what the period is of, however the rule that decided read it. "…
// retained for four years from the date of last donation" → "… of last
// payment" moves a retention period, though the rules could not tell
// what 'payment' changes and named the purposes the sentence opens with.
// Only the first clause that changed is read, only when the two
// sentences have as many clauses, and only when it names nothing of the
// verdict's category ("information collected via cookies is kept for …"
// stays about cookies).
// A text added or removed whole, a quantity and a name keep their
// category.
func (c *classifier) anchorOnly(v Verdict, ch redline.Change) string {
	if namesOwnFact(v.Rule) {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if strings.TrimSpace(so) == "" || strings.TrimSpace(sn) == "" {
		return ""
	}
	// The clause that states the period says what it is of: "We use X to
	// email receipts and store records, which are retained for four
	// years from …" is about the records retained.
	cut := func(r rune) bool { return strings.ContainsRune(clauseCut, r) }
	co, cn := strings.FieldsFunc(so, cut), strings.FieldsFunc(sn, cut)
	if len(co) != len(cn) {
		return ""
	}
	for i := range co {
		if co[i] != cn[i] {
			fo, fn := c.ix.fold(co[i]), c.ix.fold(cn[i])
			if c.names(v.Category, fo) || c.names(v.Category, fn) {
				return "" // the clause says what the verdict says: "data collected via cookies is kept for …"
			}
			if k := c.anchorFrame(fo, fn); k != v.Category {
				return k
			}
			return ""
		}
	}
	return ""
}

// durationHead returns a test for the noun of a span of time that one
// side puts after a number and its unit, "a thirty-day window", "a
// 90-day period", where the other side states the same number and unit:
// "you have 30 days to export" is "you have a thirty-day window in which
// to export". The noun must name a span of time: one of the nouns that
// name back a period stated (sequenceNouns), or one WordNet files first
// under time. Another number, or the noun alone, is still compared.
func durationHead(old, new []string) func(string) bool {
	var heads map[string]bool
	look := func(ws, other []string) {
		for i := 0; i+2 < len(ws); i++ {
			v, n := readNumber(ws[i:])
			if n == 0 || i+n+1 >= len(ws) {
				continue
			}
			unit, head := ws[i+n], ws[i+n+1]
			if _, ok := unitOf[unit]; !ok {
				continue
			}
			if e := wordNet().entries(head); !sequenceNouns[head] && (len(e) == 0 || e[0].pos[0] != 'n' || e[0].lexfile != 28) {
				continue
			}
			if !statedBefore(other, v, unit) && !statedBefore(other, v, unit+"s") && !statedBefore(other, v, strings.TrimSuffix(unit, "s")) {
				continue
			}
			if heads == nil {
				heads = map[string]bool{}
			}
			heads[head] = true
		}
	}
	look(old, new)
	look(new, old)
	return func(w string) bool { return heads[w] }
}
