package material

import (
	"slices"
	"strconv"
	"strings"
)

// Formal drafting says the same commitments in the forms a lawyer writes
// them: a number in words and again in figures ("seven (7) years"), a
// defined term put after the thing it names ("the OmniCRM platform (the
// “Platform”)", "its clients (each, a “Client”)", "Omni Software (“Omni
// Software,” “we,” “us”)"), a gloss opened by "i.e.", a role of the GDPR
// under its older name ("data processor"). None of these adds a party, a
// use or a limit: the reader is owed notice of what the sentence does,
// not of how it names what it does (b67-10, b67-11, b67-20, b67-31,
// b67-42). formalDrafting writes each in its plain form, on both sides of
// a change, before anything is compared. (The document naming itself by
// another title is selfref.go's, which asks the document's own names.)
//
// Each form is written plainly only where the two sides write it
// differently: where both say "(the “Service”)" alike, the text is left
// as written, and so is what a verdict quotes of it.
func formalDrafting(old, new string) (string, string) {
	// The expressions are slow: each is tried only where the text could
	// hold what it finds.
	if containsJoined(old, new, ")") {
		if (parenDigit(old) || parenDigit(new)) && differ(figuresRE, old, new) {
			old, new = numbersInFigures(old), numbersInFigures(new)
		}
		if (containsJoined(old, new, "“") || containsJoined(old, new, "‘") || containsJoined(old, new, "\"")) && differ(defTermRE, old, new) {
			po, pn := defPreambles(old), defPreambles(new)
			preamble := len(po) > 0 && len(pn) > 0 && !slices.Equal(po, pn)
			old, new = ownNameLabels(old, preamble), ownNameLabels(new, preamble)
		}
		if (containsJoined(old, new, "approx") || containsJoined(old, new, "about") || containsJoined(old, new, "roughly") || containsJoined(old, new, "around") || containsJoined(old, new, "circa")) && differ(approxGlossRE, old, new) {
			old, new = approximateGlosses(old), approximateGlosses(new) // "180 days (approximately six months)" (approxgloss.go)
		}
		if hasPeriodWord(old, new) && differ(exactGlossRE, old, new) {
			old, new = exactGlosses(old), exactGlosses(new) // "two days (48 hours)" (approxgloss.go)
		}
		if (containsJoined(old, new, ".e.") || containsJoined(old, new, "hat is")) && differ(glossMarkRE, old, new) {
			// ", i.e. …," is set in brackets first (defform.go).
			old, new = definitionsAsBrackets(old), definitionsAsBrackets(new)
			old, new = glossMarkRE.ReplaceAllString(old, "("), glossMarkRE.ReplaceAllString(new, "(")
		}
	}
	if containsJoined(old, new, "applicable") && containsJoined(old, new, " appl") {
		old, new = appliesAsApplicable(old, new), appliesAsApplicable(new, old) // appliesclause.go
	}
	if containsJoined(old, new, "ata ") && (containsFold(old, "controller") || containsFold(new, "controller") || containsFold(old, "processor") || containsFold(new, "processor")) && differ(dataRoleRE, old, new) {
		old, new = rolesOfArt(old, new)
	}
	return old, new
}

// hasPeriodWord reports a unit of time in either text.
func hasPeriodWord(old, new string) bool {
	for _, u := range [...]string{"hour", "day", "week", "month", "year"} {
		if containsJoined(old, new, u) {
			return true
		}
	}
	return false
}

// parenDigit reports a bracket opened before a digit, "(7)": where a
// number in figures after its words could stand.
func parenDigit(s string) bool {
	for i := strings.IndexByte(s, '('); i >= 0 && i+1 < len(s); {
		if j := i + 1; s[j] >= '0' && s[j] <= '9' || s[j] == ' ' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
			return true
		}
		k := strings.IndexByte(s[i+1:], '(')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// differ reports two texts in which re finds different spans, or the
// same spans a different number of times.
func differ(re *pattern, old, new string) bool {
	a, b := re.FindAllString(old, -1), re.FindAllString(new, -1)
	if len(a) != len(b) {
		return true
	}
	slices.Sort(a)
	slices.Sort(b)
	return !slices.Equal(a, b)
}

// dataRoleRE is a role of the GDPR (Art. 4(7), 4(8)) under the name the
// Data Protection Directive and the UK's 1998 Act gave it: "data
// controller", "Data Processor". One role, two names.
var dataRoleRE = mustPattern(`\b([Dd]ata|DATA)\s+((?i:controllers?|processors?))\b`)

// roleRE is a role of the GDPR named by itself.
var roleRE = mustPattern(`(?i)\b(?:controllers?|processors?)\b`)

// rolesOfArt writes "data controller" and "data processor" as
// "controller" and "processor" on both sides, where both name a role
// (b67-42: "(processor)" → "(i.e., a data processor)"). A side that runs
// "data" into the word before ("aData Controller", text lost its spaces)
// is left as written, for the words joined to be seen as such.
func rolesOfArt(old, new string) (string, string) {
	if !containsFold(old+new, "data ") || !roleRE.MatchString(old) || !roleRE.MatchString(new) {
		return old, new
	}
	if !dataRoleRE.MatchString(old) && !dataRoleRE.MatchString(new) || gluedDataRE.MatchString(old) || gluedDataRE.MatchString(new) {
		return old, new
	}
	return dataRoleRE.ReplaceAllString(old, "$2"), dataRoleRE.ReplaceAllString(new, "$2")
}

// gluedDataRE is "data" run into the word before it.
var gluedDataRE = mustPattern(`[a-z](?:Data|data)\s`)

// glossMarkRE is "i.e." or "that is" opening a bracket: a bracket put
// after a term glosses it, and "i.e." only says so: "a service provider
// (processor)" is "a service provider (i.e., a processor)" (b67-42). The
// gloss itself is compared.
var glossMarkRE = mustPattern(`\(\s*(?:[Ii]\.\s?[Ee]\.|[Tt]hat is),?\s+`)

// figuresRE is a number in words followed by its figures in brackets:
// "eighteen (18)", "twenty-four (24)", "thirty (30)".
var figuresRE = mustPattern(`(?i)\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\s*\((\d{1,2})\)`)

// numbersInFigures writes a number given in words and in figures once, in
// figures: "at least eighteen (18) years" is "at least 18 years". A pair
// whose words and figures disagree ("seven (10)") is left as written: the
// text does not say which it means.
func numbersInFigures(s string) string {
	if !figuresRE.MatchString(s) {
		return s
	}
	return figuresRE.ReplaceAllStringFunc(s, func(m string) string {
		g := figuresRE.FindStringSubmatch(m)
		n, err := strconv.Atoi(g[2])
		if err != nil || wordsValue(g[1]) != n {
			return m
		}
		return g[2]
	})
}

// wordsValue is the value of a number up to 99 written in words ("seven",
// "twenty-four", "twenty four"), or -1.
func wordsValue(w string) int {
	w = strings.ToLower(w)
	sum := 0
	for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == ' ' }) {
		v, ok := numberValue[p]
		if !ok || v >= 100 {
			return -1
		}
		sum += int(v)
	}
	return sum
}

// defTermRE is a term's definition in brackets that is only its labels,
// with the words drafting puts before them: "(the “Platform”)", "(each, a
// “Client”)", "(collectively, our “Services”)", "(this “Policy”)",
// "(hereinafter referred to as “Omnis”)", "(“Omni Software,” “we,” or
// “our”)". The words before a label are a closed class: determiners and
// the adverbs that say whether the label names the things one by one or
// together.
var defTermRE = mustPattern(`\s*\((?:(?:the|this|our|its|their|a|an|each|collectively|together|jointly|individually|respectively|hereafter|hereinafter|referred to as|defined as)\s*,?\s*)*` +
	`[“"‘][^”"’()]{1,40}[”"’](?:\s*,?\s*(?:or|and)?\s*(?:the\s+|our\s+)?[“"‘][^”"’()]{1,40}[”"’])*\)`)

// defPreambleRE is the words a definition puts before its first label,
// when they are more than "the": "(collectively, our “", "(each, a “".
var defPreambleRE = mustPattern(`^(\s*\()((?:the\s+)?[^“"‘\s][^“"‘]*?)([“"‘])`)

// bareDefRE is a capitalised name in brackets, a label with no quotes:
// "(the Platform)".
var bareDefRE = mustPattern(`\s*\((?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\)`)

// defPreambles returns the words each definition of s puts before its
// labels, sorted: where both sides put the same, they are left as
// written.
func defPreambles(s string) []string {
	var out []string
	for _, d := range defTermRE.FindAllString(s, -1) {
		if g := defPreambleRE.FindStringSubmatch(d); g != nil {
			out = append(out, strings.ToLower(strings.TrimSpace(g[2])))
		}
	}
	slices.Sort(out)
	return out
}

// commonLabel reports a label of words WordNet knows ("Platform",
// "Services", "Client"), not a brand ("Zorvex", "Omni Software").
func commonLabel(label string) bool {
	wn := wordNet()
	for _, w := range rawWords(strings.ToLower(label)) {
		if len(wn.entries(w)) == 0 && len(wn.entries(strings.TrimSuffix(w, "s"))) == 0 {
			return false
		}
	}
	return true
}

// labelTailRE is what parts a label from the next, left at the end.
var labelTailRE = mustPattern(`[\s,]*(?:(?:or|and)\s*)?$`)

// ownNameLabels drops from each definition the labels that are the
// thing's own name, said just before it ("the Omnis Software Group (the
// “Group”)", "its clients (each, a “Client”)", "This Privacy Policy (this
// “Policy”)", "Omni Software (“Omni Software,” “we,” “us”)"), and writes
// the words drafting put before the labels ("collectively, our", "each,
// a") as "the". A label made of the words the text already uses refers
// to the thing by the name it has; a label of other words ("(together,
// “Service Providers”)") is kept, for definedBack to read its uses, and
// so are the pronouns ("“we,” “us”"): they say who the author is. The
// words before the labels are written as "the" only where preamble is
// set: where both sides define labels, with different words there.
func ownNameLabels(s string, preamble bool) string {
	if bareDefRE.MatchString(s) {
		s = bareDefRE.ReplaceAllStringFunc(s, func(d string) string {
			// "the platform (the Platform)": the label written without
			// its quotes, as text copied from a page loses them.
			i := strings.Index(s, d)
			if g := bareDefRE.FindStringSubmatch(d); namedBefore(g[1], lastWords(s[:i], 8)) && !strings.Contains(s[i+len(d):], g[1]) {
				return ""
			}
			return d
		})
	}
	locs := defTermRE.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	at := 0
	for _, l := range locs {
		def := s[l[0]:l[1]]
		before := lastWords(s[:l[0]], 8)
		ms := labelQuoteRE.FindAllStringSubmatchIndex(def, -1)
		var body strings.Builder
		for k, m := range ms {
			label := strings.Trim(strings.TrimSpace(def[m[2]:m[3]]), ",;")
			if label != "" && namedBefore(label, before) && !strings.Contains(s[l[1]:], label) && (len(ms) > 1 || commonLabel(label)) {
				// A label used after its definition is left for
				// definedBack; a brand that is the only label says
				// who "we" are (definedbrand.go).
				continue
			}
			if k+1 < len(ms) {
				body.WriteString(def[m[0]:ms[k+1][0]]) // the label and what parts it from the next
			} else {
				body.WriteString(def[m[0]:m[1]])
			}
		}
		if kept := labelTailRE.ReplaceAllString(body.String(), ""); kept == "" {
			def = ""
		} else if len(ms) > 0 {
			def = def[:ms[0][0]] + kept + def[ms[len(ms)-1][1]:]
		}
		if g := defPreambleRE.FindStringSubmatchIndex(def); preamble && g != nil && strings.TrimSpace(def[g[4]:g[5]]) != "the" {
			def = def[:g[3]] + "the " + def[g[6]:]
		}
		b.WriteString(s[at:l[0]])
		b.WriteString(def)
		at = l[1]
	}
	b.WriteString(s[at:])
	return b.String()
}

// lastWords returns the last n words of s as written.
func lastWords(s string, n int) []string {
	ws := rawWords(s)
	if len(ws) > n {
		ws = ws[len(ws)-n:]
	}
	return ws
}

// namedBefore reports a label that is the name just written before its
// bracket: its words, in order, end the text before, or end it but for
// words of a name after them ("OmniCRM UK Ltd (“OmniCRM”)"): "Client"
// after "its clients", "Platform" after "the OmniCRM platform". A label
// that only shares a word with what comes before ("the companies that
// host our website (the “Hosts”)") names the thing anew.
func namedBefore(label string, before []string) bool {
	lw := rawWords(label)
	if len(lw) == 0 || len(lw) > len(before) {
		return false
	}
	for end := len(before); end >= len(lw); end-- {
		run := true
		for i, w := range lw {
			if stem(strings.ToLower(w)) != stem(strings.ToLower(before[end-len(lw)+i])) {
				run = false
				break
			}
		}
		if run {
			return true
		}
		if !isName(before[end-1]) {
			return false // only a name's words may follow the label's
		}
	}
	return false
}
