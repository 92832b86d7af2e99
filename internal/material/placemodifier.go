package material

import (
	"slices"
	"strings"
)

// placeModifiers cuts a place off the names es found in one side's text
// where the other side's text states the rest of the name without it: a
// country or region written before capitalised English words says where
// the thing those words name is, and is no part of a name, when the other
// version drops or adds the place and keeps the words where they stood.
// "EU Points of Presence" → "Points of Presence worldwide" takes the EU
// away, not a party "EU Points"; "our US Data Centres" → "our Data
// Centres" the same. A name whose words are not all English ("Ireland
// Operations Limited" ends in a company's form), or that the other side
// does not state without the place where it stood ("Canada Post",
// "Singapore Airlines", "EU Representative" → "UK Representative":
// another representative), is left whole, as is a place starting a law's
// title ("EU General Data Protection Regulation").
func (c *classifier) placeModifiers(es []string, own, other string) []string {
	var out []string // nil until a place is cut off: most changes cut none
	for i, e := range es {
		p := c.modifyingPlace(e, own, other)
		if p == "" {
			if out != nil && !slices.Contains(out, e) {
				out = append(out, e)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(es)), es[:i]...)
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	if out == nil {
		return es
	}
	return out
}

// modifyingPlace returns the place e starts with when the words after it
// are capitalised English words, none a company's form, that other states
// without the place where own states them with it; "" otherwise.
func (c *classifier) modifyingPlace(e, own, other string) string {
	if !strings.ContainsRune(e, ' ') {
		return ""
	}
	ws := strings.Fields(e)
	for n := min(3, len(ws)-1); n >= 1; n-- {
		place := strings.Join(ws[:n], " ")
		if !c.ix.countries[place] {
			continue
		}
		rest := ws[n:]
		for _, w := range rest {
			lw := strings.ToLower(w)
			if !isName(w) || corporate[lw] || upperCase(w) || !c.english(lw) {
				return ""
			}
		}
		// The other side has the words in the same place, after the
		// word the place follows here: "— EU Points of Presence" →
		// "— Points of Presence", "our US Data Centres" → "our Data
		// Centres". Words found elsewhere in a rewritten text ("US
		// Residents" beside a "Residents" of another sentence) prove
		// nothing.
		tail := " " + strings.Join(rest, " ")
		if anyAt(own, e, func(i int) bool {
			before, _ := wordBefore(own, i)
			return before != "" && !lawTitleAfter(own[i+len(e):]) && (hasWordAt(other, before+tail) || regionWordAt(other, before, tail)) && !hasWordAt(other, before+" "+e)
		}) {
			return place
		}
		return ""
	}
	return ""
}

// lawTitleAfter reports capitalised words starting s that end in the head
// of a document's or a law's title: the name before s is cut from a title
// ("EU General" of "EU General Data Protection Regulation"), whose place
// says whose law it is, not where anything is.
func lawTitleAfter(s string) bool {
	for i := 0; i < len(s); {
		w := wordAfter(s, i)
		if w == "" {
			return false
		}
		i = strings.Index(s[i:], w) + i + len(w)
		w = strings.TrimRight(w, ".,;:)")
		if !isName(w) {
			return false
		}
		if documentHeads[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// regionWordAt reports other stating tail after before with one word of
// reach between them in place of a place: "— EU Points of Presence" →
// "— global Points of Presence".
func regionWordAt(other, before, tail string) bool {
	return anyAt(other, tail, func(j int) bool {
		w, k := wordBefore(other, j+1)
		if !reachWords[strings.ToLower(w)] || w != strings.ToLower(w) {
			return false
		}
		b, _ := wordBefore(other, k)
		return b == before
	})
}

// reachWords say how far a thing reaches without naming a place.
var reachWords = map[string]bool{"global": true, "worldwide": true, "international": true, "regional": true, "local": true, "domestic": true, "overseas": true, "foreign": true}
