package material

import (
	"slices"
	"strings"
)

// A phone number given again in its international form, beside itself
// ("Phone: 0303 123 1113" → "… (from outside the UK: +44 303 123 1113)"),
// is the same number: the country code stands for the trunk 0 of the
// national form. The words beside it say from where the reader dials, not
// where data goes or who answers. Another number, or a number for another
// office, is another way to reach someone, and is judged as such.

// callerWords are the words that say who dials a number and from where;
// callerCues are those of them that say it on their own.
var (
	callerWords = map[string]bool{"from": true, "outside": true, "abroad": true, "overseas": true, "international": true, "internationally": true,
		"if": true, "when": true, "you": true, "are": true, "the": true, "call": true, "calling": true, "caller": true, "callers": true,
		"dial": true, "dialling": true, "dialing": true, "within": true, "elsewhere": true, "other": true, "another": true, "country": true, "countries": true}
	callerCues = map[string]bool{"outside": true, "abroad": true, "overseas": true, "international": true, "internationally": true, "elsewhere": true}
)

// numberDialledFrom reports old and new, whose contacts are the same (fo
// and fn their folded words, contacts masked), where one adds to the other
// only a phone number of the other's in its international form and words
// saying who dials it.
func (c *classifier) numberDialledFrom(old, new string, fo, fn []string) bool {
	if !strings.Contains(old+new, "+") || len(old) > 1<<12 || len(new) > 1<<12 {
		return false
	}
	if len(fn) < len(fo) {
		old, new, fo, fn = new, old, fn, fo
	}
	removed, added := diffWords(fo, fn)
	if len(removed) > 0 || len(added) == 0 {
		return false
	}
	_, placed := c.places(new)
	marks, cue := 0, false
	for _, w := range added {
		switch {
		case w == "contact":
			marks++
		case callerCues[w]:
			cue = true
		case callerWords[w] || placed[w]:
		default:
			return false
		}
	}
	if marks == 0 || !cue {
		return false
	}
	// Each number new adds is one of old's, dialled from abroad.
	all := contactRE.FindAllString(old, -1)
	had := slices.Clone(all)
	for _, m := range contactRE.FindAllString(new, -1) {
		if i := slices.Index(had, m); i >= 0 {
			had = append(had[:i:i], had[i+1:]...)
			continue
		}
		if !strings.HasPrefix(strings.TrimSpace(m), "+") || !slices.ContainsFunc(all, func(h string) bool { return internationalForm(h, m) }) {
			return false
		}
		marks--
	}
	return marks == 0
}

// internationalForm reports intl ("+44 303 123 1113") as national ("0303
// 123 1113") dialled from another country: a country code of one to three
// digits, then the national number without its trunk 0.
func internationalForm(national, intl string) bool {
	n, i := digitsOf(national), digitsOf(intl)
	if !strings.HasPrefix(n, "0") || len(n) < 8 {
		return false
	}
	cc := len(i) - (len(n) - 1)
	return cc >= 1 && cc <= 3 && i[cc:] == n[1:]
}

func digitsOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
