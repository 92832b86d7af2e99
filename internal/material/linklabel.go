package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/levenshtein"
)

// webAddressRE is a web address written out, with or without its scheme.
var webAddressRE = mustPattern(`(?i)(?:https?://|www\.)[^\s<>()\[\]"'*]+`)

// linkWords are the words a label adds to the name of the page it stands
// for: "visit our unsubscribe page", "this link".
var linkWords = map[string]bool{"our": true, "the": true, "this": true, "page": true, "link": true, "here": true, "webpage": true, "web": true, "form": true}

// labelAsAddress reports a text whose label for a page is replaced by the
// page's address, the rest in the same words, every word of the label
// named by the address's path (or mended there by a letter or two):
// "opt out … by visiting: UNSUBSRIBE" → "… by visiting:
// www.omnis.net/unsubscribe/" (b19-27) shows where the label led. An
// address whose path does not name the label ("visiting: UNSUBSCRIBE" →
// "www.example.com/preferences") may be another way to act, and is
// compared; so is an address taken away.
func labelAsAddress(old, new string) bool {
	if !strings.Contains(new, "www.") && !strings.Contains(new, "://") {
		return false
	}
	us := webAddressRE.FindAllStringIndex(new, -1)
	if len(us) != 1 || len(webAddressRE.FindAllStringIndex(old, -1)) != 0 {
		return false
	}
	u := new[us[0][0]:us[0][1]]
	const mark = "\x00address"
	nw := append(append(spanWords(new[:us[0][0]]).words(), mark), spanWords(new[us[0][1]:]).words()...)
	removed, added := diffWords(spanWords(old).words(), nw)
	if len(added) != 1 || added[0] != mark || len(removed) == 0 || len(removed) > 5 {
		return false
	}
	// the words of the address's path, after its host
	_, path, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(u), "https://"), "http://"), "/")
	pw := strings.FieldsFunc(path, func(r rune) bool { return r < 'a' || r > 'z' })
	named := false
	for _, w := range removed {
		if linkWords[w] {
			continue
		}
		found := false
		for _, p := range pw {
			if p == w || len(w) >= 6 && levenshtein.Distance(p, w) <= 2 && p[0] == w[0] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
		named = true
	}
	return named
}
