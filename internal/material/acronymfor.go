package material

import (
	"strings"
)

// An abbreviation said where the other side writes out what it stands
// for is the same thing named: "protected by SCCs" → "protected by
// Standard Contractual Clauses", "an AI system" → "an artificial
// intelligence system". spellsOutAcronym forgives the words of a gloss
// when both sides keep the abbreviation; here only one side has it and
// the other has, in its place, words whose initials are its letters.
// The words must be a name (each capitalised) or a phrase the old
// policy itself writes, so that letters that happen to begin ordinary
// words ("EU" for "each user") name nothing.

// acronymFor returns a test for the words of an abbreviation on one side
// and of the words it stands for on the other. The texts are read at the
// first word asked.
func (c *classifier) acronymFor(old, new string) func(string) bool {
	var words map[string]bool
	asked := false
	return func(w string) bool {
		if !asked {
			asked = true
			words = c.acronymForWords(old, new)
			words = mergeWords(words, c.acronymForWords(new, old))
		}
		return words[w]
	}
}

// acronymOnly reports content words changed (uo removed, ua added) that
// are all the words of abbreviations and of what they stand for.
func (c *classifier) acronymOnly(uo, ua []string, old, new string) bool {
	if len(uo)+len(ua) == 0 || !acronymHint(old, new) {
		return false
	}
	f := c.acronymFor(old, new)
	for _, w := range uo {
		if !f(w) {
			return false
		}
	}
	for _, w := range ua {
		if !f(w) {
			return false
		}
	}
	return true
}

// acronymSwapped reports two texts whose only difference, folded, is an
// abbreviation for the words it stands for.
func (c *classifier) acronymSwapped(old, new string) bool {
	if !acronymHint(old, new) {
		return false
	}
	ro, ao := diffWords(c.ix.fold(old), c.ix.fold(new))
	return c.acronymOnly(ro, ao, old, new)
}

func mergeWords(a, b map[string]bool) map[string]bool {
	if a == nil {
		return b
	}
	for w := range b {
		a[w] = true
	}
	return a
}

// acronymForWords returns the folded words of each abbreviation short
// writes more often than long, where long writes in its place the words it stands for,
// with those words; nil when there is none.
func (c *classifier) acronymForWords(short, long string) map[string]bool {
	// a cheap gate: an abbreviation has two capitals in a row
	if !twoCapitals(short) {
		return nil
	}
	// Each part of a hyphenated word has its initial: "role-based
	// access controls" is RBAC (b222-43).
	short, long = strings.ReplaceAll(short, "-", " "), strings.ReplaceAll(long, "-", " ")
	sw, lw := rawWords(stripMarkdown(short)), rawWords(stripMarkdown(long))
	var out map[string]bool
	for _, a := range sw {
		letters := strings.TrimSuffix(a, "s")
		// long writes the abbreviation fewer times ("AI-generated" may
		// stay on both sides beside the one written out)
		if len(letters) < 2 || len(letters) > 6 || !upperCase(letters) || !isLetters(letters) || countWord(lw, a)+countWord(lw, letters) >= countWord(sw, a)+countWord(sw, letters) {
			continue
		}
		run := initialsRun(lw, strings.ToLower(letters))
		if run == nil || phraseCount(long, run) <= phraseCount(short, run) {
			continue
		}
		if !allCapitalised(run) && !c.inDoc(true, strings.Join(run, " ")) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		// the words one by one, and as the one phrase the index may
		// fold them to ("artificial intelligence")
		for _, r := range append([]string{a, letters, strings.Join(run, " ")}, run...) {
			out[strings.ToLower(r)] = true
			for _, f := range c.ix.fold(r) {
				out[f] = true
			}
		}
	}
	return out
}

// acronymHint is the cheap test before acronymOnly: either side has two
// capitals in a row.
func acronymHint(old, new string) bool { return twoCapitals(old) || twoCapitals(new) }

// twoCapitals reports two ASCII capitals one after the other in s.
func twoCapitals(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'A' && s[i-1] <= 'Z' {
			return true
		}
	}
	return false
}

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// phraseCount counts the words of run written one after the other in
// text, in any case.
func phraseCount(text string, run []string) int {
	return strings.Count(strings.ToLower(strings.Join(rawWords(stripMarkdown(text)), " ")), strings.ToLower(strings.Join(run, " ")))
}

func allCapitalised(run []string) bool {
	for _, r := range run {
		if joinerWords[strings.ToLower(r)] {
			continue
		}
		if r == "" || r[0] < 'A' || r[0] > 'Z' {
			return false
		}
	}
	return true
}

// joinerWords stand inside a name without an initial of their own:
// "Department for Work and Pensions" is the DWP.
var joinerWords = map[string]bool{"of": true, "and": true, "for": true, "the": true}

// initialsRun returns the words of ws, one after the other, whose initials
// are letters, joiner words inside the run counting none; nil when none.
func initialsRun(ws []string, letters string) []string {
	for i := range ws {
		if ws[i] == "" || unicodeLower(ws[i][0]) != letters[0] {
			continue
		}
		k, j := 0, i
		for ; j < len(ws) && k < len(letters); j++ {
			w := ws[j]
			if w == "" {
				break
			}
			if k > 0 && joinerWords[strings.ToLower(w)] {
				continue
			}
			if unicodeLower(w[0]) != letters[k] {
				break
			}
			k++
		}
		if k == len(letters) {
			return ws[i:j]
		}
	}
	return nil
}

func unicodeLower(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}
