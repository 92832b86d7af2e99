package material

import (
	"maps"
	"strings"
)

// pronounForms are the object and possessive forms of a pronoun, under one
// key: "you or someone else’s life" is "your life or the life of someone
// else".
var pronounForms = map[string]string{"you": "you", "your": "you", "yours": "you", "we": "we", "us": "we", "our": "we", "ours": "we",
	"they": "they", "them": "they", "their": "they", "theirs": "they", "he": "he", "him": "he", "his": "he", "she": "she", "her": "she",
	"it": "it", "its": "it", "i": "i", "me": "i", "my": "i", "mine": "i"}

// possessiveOf returns a test for a word of a possessive restated with
// "of", or back: "someone else’s life" is "the life of someone else",
// "your device’s IP address" is "the IP address of your device" (b19-25).
// One side must say "the N of" and the other N after a possessive ("’s",
// "your"), and the sentences must name the same things, pronouns counted
// by person: only "the", "of", N and a pronoun's form may be what
// changed. A possessor or a thing possessed added or taken away is
// compared.
func possessiveOf(old, new []string, rawOld, rawNew string) func(string) bool {
	none := func(string) bool { return false }
	if !containsJoined(rawOld, rawNew, " of ") {
		return none
	}
	nouns := map[string]bool{}
	// find adds the nouns N of "the N of" in ws that other writes after a
	// possessive.
	find := func(ws, other []string, raw string) {
		for i := 0; i+2 < len(ws); i++ {
			if ws[i] != "the" {
				continue
			}
			for k := 1; k <= 3 && i+k+1 < len(ws); k++ {
				if ws[i+k+1] != "of" {
					continue
				}
				n := ws[i+1 : i+k+1]
				if possessedIn(n, other, raw) {
					for _, w := range n {
						nouns[w] = true
					}
				}
				break
			}
		}
	}
	find(old, new, rawNew)
	find(new, old, rawOld)
	if len(nouns) == 0 || !sameThings(old, new) {
		return none
	}
	return func(w string) bool {
		_, pro := pronounForms[w]
		return nouns[w] || pro || w == "the" || w == "of"
	}
}

// possessedIn reports the words n in ws after a possessive pronoun, or in
// raw after a word with "’s" or "s’".
func possessedIn(n, ws []string, raw string) bool {
	for i := 1; i+len(n) <= len(ws); i++ {
		if !equalWords(ws[i:i+len(n)], n) {
			continue
		}
		if f, ok := pronounForms[ws[i-1]]; ok && f != ws[i-1] || ws[i-1] == "its" {
			return true // "your life", "its settings"
		}
	}
	lower := strings.ToLower(strings.ReplaceAll(raw, "’", "'"))
	phrase := strings.Join(n, " ")
	return strings.Contains(lower, "'s "+phrase) || strings.Contains(lower, "s' "+phrase)
}

// sameThings reports two folded sentences with the same set of words but
// for "the" and "of", a pronoun counted by its person.
func sameThings(a, b []string) bool {
	set := func(ws []string) map[string]bool {
		out := map[string]bool{}
		for _, w := range ws {
			if w == "the" || w == "of" {
				continue
			}
			if f, ok := pronounForms[w]; ok {
				w = f
			}
			out[w] = true
		}
		return out
	}
	return maps.Equal(set(a), set(b))
}
