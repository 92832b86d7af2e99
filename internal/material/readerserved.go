package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// provisionVerbs are the folded verbs of doing a thing for someone:
// whom the service, the product or the contract is for is said beside
// them ("provide you services", "deliver our products to you").
// Each maps to its participle, which reasons use.
var provisionVerbs = map[string]string{"provide": "provided", "deliver": "delivered", "offer": "offered", "supply": "supplied",
	"render": "rendered", "perform": "performed", "furnish": "furnished", "fulfil": "fulfilled", "fulfill": "fulfilled"}

// readerServed returns the verb of provision one side says is done for
// the reader and the other says is done for no one named, and whether it
// is the new side that no longer names the reader: "as needed to provide
// you services" → "as needed to provide services"; "necessary to provide
// our services to you" → "… to provide our services". A purpose, a
// ground for keeping data or a contract's basis that served the reader
// now serves anyone (other customers, advertisers). The reader said
// another way ("to you" → "provide you with") is the same reader.
func readerServed(old, new []string) (string, bool) {
	if v := readerDropped(old, new); v != "" {
		return v, true
	}
	if v := readerDropped(new, old); v != "" {
		return v, false
	}
	return "", false
}

// readerDropped is readerServed one way: a verb of old done for "you",
// in new done with the same object and no "you".
func readerDropped(old, new []string) string {
	count := func(ws []string) (n int) {
		for _, w := range ws {
			if w == "you" {
				n++
			}
		}
		return n
	}
	if count(old) <= count(new) {
		return ""
	}
	// servedAt reports whether new has verb v followed by object obj
	// with no "you" beside it: neither "v you obj" nor "v obj to you".
	servedAt := func(v string, obj []string) bool {
		for k := 0; k+len(obj) < len(new); k++ {
			if new[k] != v || !equalWords(new[k+1:k+1+len(obj)], obj) {
				continue
			}
			e := k + 1 + len(obj)
			if e+1 < len(new) && (new[e] == "to" || new[e] == "for" || new[e] == "with") && new[e+1] == "you" {
				continue
			}
			return true
		}
		return false
	}
	for i, w := range old {
		if w != "you" || i == 0 {
			continue
		}
		switch {
		case provisionVerbs[old[i-1]] != "" && i+1 < len(old) && old[i+1] != "with":
			// "provide you services": the dative.
			end := min(len(old), i+3)
			if servedAt(old[i-1], old[i+1:end]) {
				return old[i-1]
			}
		case old[i-1] == "to" || old[i-1] == "for":
			// "provide our services to you".
			for p := i - 2; p >= max(0, i-6); p-- {
				if provisionVerbs[old[p]] == "" {
					continue
				}
				obj := old[p+1 : i-1]
				if len(obj) > 0 && !slices.Contains(obj, "you") && servedAt(old[p], obj) {
					return old[p]
				}
				break
			}
		}
	}
	return ""
}

// readerServedVerdict is the verdict on the reader taken from, or put
// in, whom a thing is done for (readerServed). Asked only where a "you"
// is among the words removed or added.
func (c *classifier) readerServedVerdict(ch redline.Change, fo, fn, removed, added []string) (Verdict, bool) {
	if !slices.Contains(removed, "you") && !slices.Contains(added, "you") {
		return Verdict{}, false
	}
	verb, dropped := readerServed(fo, fn)
	if verb == "" {
		return Verdict{}, false
	}
	// What is done for the reader is the ground of the sentence's act:
	// a heading that names one category says which (a retention period's
	// grounds, a legal basis), else the sentence's words.
	section := c.headingWords(ch.Section)
	k := c.headingCategory(section)
	if k == "" {
		k, _, _ = c.categorize(fo, nil, section)
	}
	if k == "" {
		k = "unclassified"
	}
	v := c.material(ch, k+".scope", &signals{}, removed, added, "")
	if dropped {
		v.Reason, v.Direction = fmt.Sprintf("Scope widened: what is %s is no longer said to be for you: %s (%s)", provisionVerbs[verb], quoteChange(ch.Old, ch.New), strings.ToLower(c.label(v.Category))), Expands
	} else {
		v.Reason, v.Direction = fmt.Sprintf("Scope narrowed: what is %s is now said to be for you: %s (%s)", provisionVerbs[verb], quoteChange(ch.Old, ch.New), strings.ToLower(c.label(v.Category))), Restricts
	}
	return v, true
}
