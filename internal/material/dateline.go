package material

import (
	"slices"
	"strconv"
)

// smallNumber reports a day or a month written in digits: 1 to 31.
func smallNumber(w string) bool {
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	n, ok := atoi(w)
	return ok && n >= 1 && n <= 31
}

// yearNumber reports a year written in digits: 1900 to 2099.
func yearNumber(w string) bool {
	if len(w) != 4 {
		return false
	}
	n, ok := atoi(w)
	return ok && n >= 1900 && n <= 2099
}

// atoi is strconv.Atoi, reporting whether w is a number rather than
// returning an error: most words asked are none, and the error Atoi makes
// for each was 4% of the objects classifying a build allocated.
func atoi(w string) (int, bool) {
	digits := w
	if digits != "" && (digits[0] == '+' || digits[0] == '-') {
		digits = digits[1:]
	}
	if digits == "" {
		return 0, false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(w)
	return n, err == nil
}

// dateWords marks the words of folded text that write a calendar date:
// a day, a month and a year in any of the usual orders ("27 November
// 2024", "March 18, 2024", "29/11/2023" and "2026-02-20", which fold
// into their numbers), or a day and a month's name ("8 January"). A
// month's name is one only beside a number: "may" alone is a word of
// force. nil when there is none.
func dateWords(ws []string) []bool {
	var mark []bool
	set := func(i, n int) {
		if mark == nil {
			mark = make([]bool, len(ws))
		}
		for k := i; k < i+n; k++ {
			mark[k] = true
		}
	}
	at := func(i int, ok func(string) bool) bool { return i < len(ws) && ok(ws[i]) }
	month := func(w string) bool { return months[w] }
	monthNumber := func(w string) bool { n, ok := atoi(w); return ok && len(w) <= 2 && n >= 1 && n <= 12 }
	for i := range ws {
		switch {
		case at(i, yearNumber) && at(i+1, monthNumber) && at(i+2, smallNumber): // 2026 02 20
			set(i, 3)
		case at(i, smallNumber) && at(i+1, monthNumber) && at(i+2, yearNumber): // 29 11 2023
			set(i, 3)
		case at(i, smallNumber) && at(i+1, month) && at(i+2, yearNumber): // 27 november 2024
			set(i, 3)
		case at(i, month) && at(i+1, smallNumber) && at(i+2, yearNumber): // march 18 2024
			set(i, 3)
		case at(i, smallNumber) && at(i+1, month): // 8 january
			set(i, 2)
		case at(i, month) && at(i+1, yearNumber): // may 2025
			set(i, 2)
		}
	}
	return mark
}

// inDate reports each of words at a place of ws that mark says is in a
// date.
func inDate(words, ws []string, mark []bool) bool {
	for _, w := range words {
		if !slices.ContainsFunc(ws, func(v string) bool { return v == w }) {
			return false
		}
		found := false
		for i, v := range ws {
			if v == w && mark != nil && mark[i] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// datelineOnly reports a change of a date alone in a line that only dates
// the policy, or a report in it, in words the rules read: "This policy
// was last published on: 27 November 2024" → "… 8 May 2025", "Metrics
// for requests (January 1, 2024, to December 31, 2024)" → "(… 2025 …)". The numbers that changed are a
// day, a month or a year of a date both sides write whole, not counts
// without a unit; the rest of the line is at most ten English words that
// name no category's term and carry no force. A date in a sentence that
// commits to something ("Data collected before 1 March 2020 is
// deleted"), or in a language the rules do not read, stays for a
// reviewer.
func (c *classifier) datelineOnly(removed, added, old, new []string) bool {
	if len(removed) == 0 || len(added) == 0 {
		return false
	}
	mo, mn := dateWords(old), dateWords(new)
	if mo == nil || mn == nil || !inDate(removed, old, mo) || !inDate(added, new, mn) {
		return false
	}
	wn := wordNet()
	plain := func(ws []string, mark []bool) bool {
		var rest []string
		for i, w := range ws {
			if !mark[i] && !appliesFrom(ws, mark, i) {
				rest = append(rest, w)
			}
		}
		if len(rest) > 10 || c.topics(rest) != "" {
			return false
		}
		if _, covered := c.ix.forces(rest); slices.Contains(covered, true) {
			return false
		}
		for _, w := range rest {
			if !c.ix.grammar[w] && len(wn.entries(w)) == 0 {
				return false // a word of another language, or a name
			}
		}
		return true
	}
	return plain(old, mo) && plain(new, mn)
}

// appliesFrom reports a verb of applying at ws[i] whose complement is a
// date, by a preposition of time: "This Privacy Policy applies from
// 29/04/2022" (b56-25) says when the policy takes effect, the policy's
// date, as "is effective from" does; "applies to data collected before 1
// March 2020" says what it covers, and is no date line.
func appliesFrom(ws []string, mark []bool, i int) bool {
	switch ws[i] {
	case "applies", "apply", "applied", "applicable":
	default:
		return false
	}
	j := i + 1
	if j < len(ws) && (ws[j] == "as" || ws[j] == "with") {
		j++ // "as of", "with effect from"
	}
	if j < len(ws) && ws[j] == "effect" {
		j++
	}
	if j+1 >= len(ws) {
		return false
	}
	switch ws[j] {
	case "from", "since", "on", "of", "starting":
		return mark[j+1]
	}
	return false
}
