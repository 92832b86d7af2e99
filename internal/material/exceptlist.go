package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// exceptRE is a word of exception opening a list: what a rule leaves out
// of what it does ("Query parameters are discarded, except for these
// special query parameters: ref=, source= and utm_source=").
var exceptRE = mustPattern(`(?i)\b(?:except(?:\s+for)?|other\s+than|apart\s+from|with\s+the\s+exception\s+of|excluding|save\s+for)\b`)

// exceptionItems returns the items put into (or taken from) the list
// after a word of exception, the words before it the same on both sides,
// every item of the shorter list still in the longer: an exception
// widened or narrowed. It says what a rule leaves out, a commitment of
// its own whatever the words name (plausible/website: "utm_medium=" and
// "utm_campaign=" kept as well). nil when the change is not that.
func exceptionItems(old, new string) (items []string, put bool) {
	if !exceptHint(old) || !exceptHint(new) {
		return nil, false // most texts: the expression is not run
	}
	lo, ln := exceptRE.FindStringIndex(old), exceptRE.FindStringIndex(new)
	if lo == nil || ln == nil || strings.Join(strings.Fields(old[:lo[0]]), " ") != strings.Join(strings.Fields(new[:ln[0]]), " ") {
		return nil, false
	}
	end := func(s string) string {
		if i := strings.IndexAny(s, ".;|\n"); i >= 0 && !(s[i] == '.' && i+1 < len(s) && s[i+1] != ' ') {
			return s[:i]
		}
		return s
	}
	items, newItems := exceptedItems(end(old[lo[1]:])), exceptedItems(end(new[ln[1]:]))
	short, long, put := items, newItems, true
	if len(items) > len(newItems) {
		short, long, put = newItems, items, false
	}
	if len(short) == 0 || len(long) == len(short) {
		return nil, false
	}
	var diff []string
	for _, it := range long {
		if !slices.Contains(short, it) {
			diff = append(diff, it)
		}
	}
	if len(diff) != len(long)-len(short) {
		return nil, false // items traded, not only put or taken
	}
	return diff, put
}

// exceptHint reports a text that may hold a word of exceptRE. No
// allocation.
func exceptHint(s string) bool {
	for _, h := range []string{"xcept", "XCEPT", "ther than", "THER THAN", "part from", "PART FROM", "xcluding", "XCLUDING", "ave for", "AVE FOR"} {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// exceptedItems returns the items of the list after a word of exception,
// past a colon if one leads in to them ("except for these special query
// parameters: ref=, source= and utm_source="), trimmed of code marks and
// quotes.
func exceptedItems(s string) []string {
	if _, after, ok := strings.Cut(s, ":"); ok {
		s = after
	}
	var out []string
	for _, p := range listParts(s) {
		if p = strings.Trim(strings.TrimSpace(p), "`*_\"'"); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// exceptionVerdict is the verdict of an exception widened or narrowed.
func (c *classifier) exceptionVerdict(ch redline.Change, items []string, put bool, ctxOld, ctxNew string) Verdict {
	k, _, _ := c.categorize(c.ix.fold(ctxOld), c.ix.fold(ctxNew), c.headingWords(ch.Section))
	if k == "" {
		k = "unclassified"
	}
	verb, dir := "put into", Restricts
	if !put {
		verb, dir = "taken from", Expands
	}
	v := c.material(ch, k+".exception", &signals{}, nil, nil, "")
	v.Direction = dir
	v.Reason = fmt.Sprintf("Exception changed: '%s' %s what the rule leaves out: %s", strings.Join(items, "', '"), verb, quoteChange(ctxOld, ctxNew))
	return v
}
