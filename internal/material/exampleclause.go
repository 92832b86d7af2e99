package material

import (
	"slices"
	"strings"
)

// An example put after what a sentence names, set off by a comma rather
// than brackets, is the same clarifying example: "communications such as
// appointment reminders", "preferences, like remembering your preferred
// language", "the Service, for example by remembering your dashboard
// layout", "functionality, from sales pipelines to reporting dashboards"
// (batch 97, a product manager's pass: nine false alarms). It is read as
// the bracket it could have been written in, and judged as one: an
// example naming a figure, a party, a place, a word of force or a term of
// the rulebook the sentence does not write is still a change ("device
// information, such as your precise location"). Not read so: "including"
// after a comma, which may add to what it follows ("training data,
// including past conversations"), and an example that says what happens
// ("tracking data, such as who clicks on your links").

// exampleClauseRE finds an example set off after what it illustrates, up
// to the end of its clause: its opener, then its words.
var exampleClauseRE = mustPattern(`(?:,\s+|\s+)(such as|for example,?|for instance,?|e\.\s?g\.,?)\s+([^.;:()\n,]+)|,\s+(like)\s+([^.;:()\n,]+)`)

// exampleRangeRE finds an example given as a range of two things,
// "…, from our support desk to our build servers", ending its sentence or
// clause.
var exampleRangeRE = mustPattern(`,\s+from\s+([^.;:()\n,]+?)\s+to\s+([^.;:()\n,]+)`)

// exampleBracketed returns text with each example set off by a comma that
// other does not hold written in brackets, as bracketedExample reads
// examples.
func exampleBracketed(text, other string) string {
	p, q := sharedEnds(text, other)
	if around := aroundChange(text, p, q, 48); !strings.Contains(around, "such as") && !strings.Contains(around, "for example") && !strings.Contains(around, "for instance") && !strings.Contains(around, "e.g") && !strings.Contains(around, ", like") && !strings.Contains(around, ", from") {
		return text // no example where the sides differ (asked of every change)
	}
	var rs []replacement
	for _, m := range exampleClauseRE.FindAllStringSubmatchIndex(text, -1) {
		if m[2] < 0 { // ", like …"
			m = []int{m[0], m[1], m[6], m[7], m[8], m[9]}
		}
		opener := strings.TrimSpace(text[m[2]:m[3]])
		words := strings.TrimSpace(text[m[4]:m[5]])
		first, _, _ := strings.Cut(words, " ")
		if strings.Contains(other, words) || strings.Contains(other, opener+" "+first) || whWords[strings.ToLower(first)] && first != "if" || saysWe(words) || namesOrPoints(words) {
			// There on both sides, or an example there changed ("such as
			// your history" → "such as your history and the details of
			// your account"): compared as written. An example that says
			// what happens ("such as who clicks on your links") names
			// what the data records, for the other rules; so does one in
			// which we act or are acted for ("the parcels we leave with
			// your neighbours", "the questions your employer sends us").
			// A capitalised name ("such as California") and a pointer
			// ("such as those listed below") are for the other rules too.
			continue
		}
		rs = append(rs, replacement{from: m[0], to: m[5], with: " (" + strings.TrimSuffix(opener, ",") + " " + words + ")"})
	}
	for _, m := range exampleRangeRE.FindAllStringSubmatchIndex(text, -1) {
		if strings.Contains(other, text[m[0]:m[1]]) || overlaps(rs, m[0], m[1]) {
			continue
		}
		rs = append(rs, replacement{from: m[0], to: m[1], with: " (for example " + text[m[2]:m[3]] + " and " + text[m[4]:m[5]] + ")"})
	}
	if len(rs) == 0 {
		return text
	}
	slices.SortFunc(rs, func(a, b replacement) int { return a.from - b.from })
	return replaced(text, rs)
}

// overlaps reports a replacement of rs that overlaps [from, to).
func overlaps(rs []replacement, from, to int) bool {
	for _, r := range rs {
		if r.from < to && from < r.to {
			return true
		}
	}
	return false
}

// saysWe reports words that name the author as one who acts or is acted
// for: "we", "us".
func saysWe(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w = strings.Trim(w, ",.;:'’\""); w == "we" || w == "us" {
			return true
		}
	}
	return false
}

// namesOrPoints reports an example that holds a capitalised word, a name
// ("such as California", "like the My Account page"), or points elsewhere
// for what it means ("such as those listed below").
func namesOrPoints(words string) bool {
	for i, w := range strings.Fields(words) {
		if r := w[0]; 'A' <= r && r <= 'Z' && !(i == 0 && w == "I") {
			return true
		}
		switch strings.ToLower(strings.Trim(w, ",.;:")) {
		case "those", "these", "below", "above", "following", "listed":
			return true
		}
	}
	return false
}
