package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Examples and a definition read alike but commit to different things:
// "relevant data (e.g., calendar events, message logs)" may be more than
// those two, "relevant data (i.e., calendar events, message logs)" is
// only those (b118-33). The words after the marker are the same; what
// they bound is not. "E.g." for "for example" or "i.e." for "that is"
// trades nothing.

// exampleMarkerRE finds a marker of examples (group 1) or of what a thing
// is, whole (group 2).
var exampleMarkerRE = mustPattern(`(?i)(?:^|[\s(,;:])(?:(e\.\s?g\.|for\s+example|for\s+instance|such\s+as|like|including)|(i\.\s?e\.|that\s+is(?:\s+to\s+say)?|namely))(?:,|\s|$)`)

// markersTraded reports old and new the same but for markers of examples
// and of definition, one of them traded for the other kind, and whether
// examples were made a definition (closed).
func markersTraded(old, new string) (ok, closed bool) {
	mark := func(s string) (string, []bool) {
		var kinds []bool
		var b strings.Builder
		at := 0
		for _, m := range exampleMarkerRE.FindAllStringSubmatchIndex(s, -1) {
			kinds = append(kinds, m[4] >= 0) // group 2: a definition's marker
			b.WriteString(s[at:m[0]])
			b.WriteString(" \x00 ")
			at = m[1]
		}
		b.WriteString(s[at:])
		// "and" before a list's last item is no item: "(like A, B,
		// marketing companies)" → "(that is, A, B, and marketing
		// companies)" (b322-13).
		ws := slices.DeleteFunc(strings.Fields(strings.ReplaceAll(b.String(), ",", " ")), func(w string) bool { return w == "and" })
		return strings.Join(ws, " "), kinds
	}
	// A marker on both sides, looked for with plain substrings first: most
	// changes hold none.
	hint := func(s string) bool {
		return strings.Contains(s, ".g") || strings.Contains(s, ".e") || strings.Contains(s, "xample") ||
			strings.Contains(s, "nstance") || strings.Contains(s, "uch as") || strings.Contains(s, "amely") || strings.Contains(s, "hat is") ||
			strings.Contains(s, "like") || strings.Contains(s, "nclud")
	}
	if !hint(old) || !hint(new) {
		return false, false
	}
	// A marker of either kind more often on one side than the other.
	count := func(s string, marks ...string) int {
		s = strings.ToLower(s)
		n := 0
		for _, m := range marks {
			n += strings.Count(s, m)
		}
		return n
	}
	closedN := func(s string) int { return count(s, "i.e", "ie.", "that is", "namely") }
	examplesN := func(s string) int {
		return count(s, "e.g", "eg.", "for example", "for instance", "such as", "like", "including")
	}
	if closedN(old) == closedN(new) && examplesN(old) == examplesN(new) {
		return false, false
	}
	if !exampleMarkerRE.MatchString(old) || !exampleMarkerRE.MatchString(new) {
		return false, false
	}
	o, ko := mark(old)
	n, kn := mark(new)
	if o != n || len(ko) != len(kn) {
		return false, false
	}
	for i := range ko {
		if ko[i] != kn[i] {
			return true, kn[i]
		}
	}
	return false, false
}

// markerVerdict calls material a change that only trades a marker of
// examples for one of definition, or back.
func (c *classifier) markerVerdict(ch redline.Change) (Verdict, bool) {
	ok, closed := markersTraded(ch.Old, ch.New)
	if !ok {
		return Verdict{}, false
	}
	k, _, _ := c.categorize(c.ix.fold(ch.Old), nil, c.headingWords(ch.Section)) // "unclassified" when nothing names one
	v := c.material(ch, k+".scope", &signals{}, nil, nil, "")
	what, dir := "examples made the whole of what is covered", Restricts
	if !closed {
		what, dir = "what was the whole of what is covered is now examples of it", Expands
	}
	v.Reason, v.Direction = fmt.Sprintf("Scope changed: %s: %s (%s)", what, quoteChange(ch.Old, ch.New), strings.ToLower(c.label(v.Category))), dir
	return v, true
}

// What the reader gave is a kind of data of its own: "Receive your data in
// a structured … format" → "Receive data you provided to us in …" leaves
// out what was observed or inferred (GDPR Art. 20 draws that line;
// b115-26).

// readerGaveRE is a noun of data narrowed to what the reader gave.
// Said active ("the data you provided") or passive ("data provided to us
// by you").
var readerGaveRE = mustPattern(`(?i)\b(?:data|information|details|content)\s+(?:that\s+|which\s+)?(?:you\s+(?:have\s+)?(?:provided|provide|gave|give|submitted|submit|supplied|supply|uploaded|upload)\b|(?:provided|given|submitted|supplied|uploaded)\s+(?:to\s+us\s+)?by\s+you\b)`)

// providedNarrowed reports a noun of data narrowed to what the reader
// gave on one side and not the other, and whether new narrows it.
func providedNarrowed(old, new string) (ok, put bool) {
	o, n := len(readerGaveRE.FindAllStringIndex(old, 4)), len(readerGaveRE.FindAllStringIndex(new, 4))
	return o != n, n > o
}
