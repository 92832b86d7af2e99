package material

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/redline"
)

// Two ways an editor who splits and joins sentences can change what a
// sentence commits to while keeping its words (batch 361):
//
// A statement made a condition: "Such information will not identify you
// personally, it is statistical data about our visitors" → "where it is
// statistical data about our visitors, such information will not identify
// you personally" (b361-16). The promise held whatever the data; now it
// holds only where the data is statistical. The words the condition
// governs stood in the other text as a statement, not after a word that
// opens a condition. A condition made a statement is the same change the
// other way.
//
// Sentences joined or split: "… for the data. omnie will assist clients …
// where applicable." → "Where applicable, … for the data, and omnie will
// assist clients …" (b361-49) moved a condition to the other sentence,
// which the rules read where the sentences stand as they did; joined with
// ", and", the two were read as one sentence reworded. So a side that
// joins with ", and" or ";" what the other side writes as two sentences
// is read again split as the other side splits it.

// statementConditionRE is a condition that opens a clause: at the start
// of the text or after a comma or semicolon, its opener, then the words it
// governs up to the next comma, semicolon or full stop.
var statementConditionRE = regexp.MustCompile(`(?i)(?:^|[,;]\s+|\.\s+)(where|if|when|provided that|as long as|so long as)\s+([^,;.]{8,160})`)

// conditionOpenersBefore are words that open a condition, looked for in
// the other text's clause before a span: the span was a condition there
// too ("In the event that we make …", "Should we need …", "As soon as
// you withdraw …", "Where we have your consent or it is …").
var conditionOpenersBefore = map[string]bool{"where": true, "if": true, "when": true, "whenever": true, "provided": true, "unless": true,
	"once": true, "while": true, "should": true, "event": true, "case": true, "soon": true, "long": true, "wherever": true, "until": true, "insofar": true}

// statementMadeCondition returns the words a condition governs on one
// side that the other side states outright, and whether the new side is
// the one with the condition.
func statementMadeCondition(old, new string) (string, bool) {
	if len(old)+len(new) > maxReread || conditionOpenerCount(old) == conditionOpenerCount(new) {
		return "", false // a condition made or unmade changes how many open
	}
	if s := conditionStated(new, old); s != "" {
		return s, true
	}
	return conditionStated(old, new), false
}

// conditionOpenerCount counts the words that open a condition in s, as
// statementConditionRE finds them, cheaply: a text with as many on each
// side made no statement a condition.
func conditionOpenerCount(s string) int {
	n := 0
	for _, w := range [...]string{"where ", "Where ", "if ", "If ", "when ", "When ", "provided that ", "Provided that ", "as long as ", "As long as ", "so long as ", "So long as "} {
		n += strings.Count(s, w)
	}
	return n
}

// conditionStated returns the words of a condition of a that b holds as a
// statement: the same words in a row (four or more), with no word that
// opens a condition in their clause of b.
func conditionStated(a, b string) string {
	tb := strings.Fields(strings.ToLower(markSpaced.ReplaceAllString(tagRE.ReplaceAllString(b, " "), "$1 $2")))
	kb := make([]string, len(tb))
	for i, t := range tb {
		kb[i] = trimPunct(t)
	}
	for _, m := range statementConditionRE.FindAllStringSubmatch(a, -1) {
		span := strings.Fields(strings.ToLower(m[2]))
		for i := range span {
			span[i] = trimPunct(span[i])
		}
		if len(span) < 4 {
			continue
		}
		for i := 0; i+len(span) <= len(kb); i++ {
			if !slices.Equal(kb[i:i+len(span)], span) {
				continue
			}
			if conditionInClause(tb, kb, i) {
				break // a condition there too
			}
			return strings.Join(span, " ")
		}
	}
	return ""
}

// tagRE is an HTML tag written in Markdown ("<br/>"), which parts words.
var tagRE = regexp.MustCompile(`<[a-zA-Z/][^<>]{0,30}>`)

// markSpaced is a mark that parts words with no space after it:
// "services.If you reside".
var markSpaced = regexp.MustCompile(`([.,;:!?])(\pL)`)

// trimPunct is a word without the marks around it.
func trimPunct(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// conditionInClause reports a word that opens a condition in the clause
// of b before its i-th word (tb are b's words as written, in lower case;
// kb the same without marks): back to the last comma, semicolon, colon or
// full stop.
func conditionInClause(tb, kb []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if strings.ContainsAny(tb[j], ",;:.?!") {
			return false
		}
		if conditionOpenersBefore[kb[j]] {
			return true
		}
	}
	return false
}

// statementConditionVerdict is material where a statement was made a
// condition, or a condition a statement.
func (c *classifier) statementConditionVerdict(ch redline.Change) (Verdict, bool) {
	span, madeCondition := statementMadeCondition(ch.Old, ch.New)
	if span == "" || equalWords(c.ix.fold(ch.Old), c.ix.fold(ch.New)) {
		return Verdict{}, false // the same words: only formatting or marks changed
	}
	k := c.sectionCategory(ch) // what the section is about: the commitment made conditional
	if k == "" {
		k, _, _ = c.categorize(c.ix.fold(ch.Old), nil, c.headingWords(ch.Section))
	}
	v := c.material(ch, k+".condition", &signals{}, nil, nil, "")
	what, dir := "A statement made a condition", Restricts
	if !madeCondition {
		what, dir = "A condition made a statement", Expands
	}
	v.Reason, v.Direction = fmt.Sprintf("%s, '%s': what the sentence commits to now holds %s: %s (%s)", what, span, map[bool]string{true: "only where it is so", false: "whether or not it is so"}[madeCondition], quoteChange(ch.Old, ch.New), strings.ToLower(c.label(v.Category))), dir
	return v, true
}

// joinedRE is two clauses joined by ", and" or ";", with the word before
// the join and the word after it.
var joinedRE = regexp.MustCompile(`(\S+?)(,\s+and|;)\s+(\S+)`)

// splitAsOther returns a with each "X, and W" or "X; W" written "X. W"
// where b writes "X. W" (W capitalised as b has it) and a does not; a
// unchanged where none is.
func splitAsOther(a, b string) string {
	return joinedRE.ReplaceAllStringFunc(a, func(m string) string {
		sub := joinedRE.FindStringSubmatch(m)
		x, w := sub[1], sub[3]
		r, n := utf8.DecodeRuneInString(w)
		capital := string(unicode.ToUpper(r)) + w[n:]
		for _, s := range []string{w, capital} {
			if split := x + ". " + s + " "; strings.Contains(b, split) && !strings.Contains(a, split) {
				return x + ". " + s
			}
		}
		return m
	})
}

// splitVerdict reads a change again with each side's joins split where the
// other side splits them; ok where that reading is material.
func (c *classifier) splitVerdict(ch redline.Change) (Verdict, bool) {
	if len(ch.Old)+len(ch.New) > maxReread {
		return Verdict{}, false
	}
	if strings.Count(ch.Old, ". ") == strings.Count(ch.New, ". ") || !strings.Contains(ch.Old+ch.New, ", and ") && !strings.Contains(ch.Old+ch.New, ";") {
		return Verdict{}, false // no sentences joined or split: as many full stops
	}
	o, n := splitAsOther(ch.Old, ch.New), splitAsOther(ch.New, ch.Old)
	if o == ch.Old && n == ch.New {
		return Verdict{}, false
	}
	split := ch
	split.Old, split.New = o, n
	v := c.classify(split)
	if !v.Material || !v.Certain {
		if w, ok := c.conditionVerdict(split); ok {
			v = w
		} else {
			return Verdict{}, false
		}
	}
	if v.Category == "unclassified" {
		k := c.sectionCategory(ch)
		if k == "" {
			k, _, _ = c.categorize(c.ix.fold(ch.Old), nil, c.headingWords(ch.Section))
		}
		if k != "unclassified" {
			v = c.recategorized(v, k)
		}
	}
	v.Reason = "Sentences joined or split, read apart: " + v.Reason
	return v, true
}

// sectionCategory is the category the heading over a change names by a
// word of its own, the document's title too where it is the only heading
// ("" where it names none or several).
func (c *classifier) sectionCategory(ch redline.Change) string {
	if n := len(ch.Section); n > 0 {
		return c.headingCategory(c.ix.fold(ch.Section[n-1]))
	}
	return ""
}
