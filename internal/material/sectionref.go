package material

import (
	"strings"
	"unicode/utf8"
)

// sectionRefRE is a pointer to a section by its title, "the Public
// Information section", "the “How We Share Information” section": "the",
// a title of capitalised words (with the small words titles keep), and
// "section".
var sectionRefRE = mustPattern(`\bthe[\s\x{a0}]+[“"‘']?[A-Z][\w’'-]*(?:[\s\x{a0}]+(?:[A-Z][\w’'-]*|of|and|&|to|for|we|you|your|our|the|with|in|on|about|how|what))*[”"’']?[\s\x{a0}]+(?:section|Section)\b`)

// sectionRefOnly reports a change whose only difference is which section
// a pointer names: X's notice pointed "the Public Information section",
// then "the Information We Collect section", by turns as its policy's
// titles changed (ota-164 006 to 012, read "Categories of personal data:
// 'the Public Information section' → 'the Information We Collect
// section'"). What the section says is judged where it is written; the
// pointer commits to nothing of its own.
func sectionRefOnly(old, new string) bool {
	if old == new {
		return false
	}
	// The first difference stands in a pointer's title, a few words
	// before "section".
	i := 0
	for i < len(old) && i < len(new) && old[i] == new[i] {
		i++
	}
	if near := old[i:min(len(old), i+160)]; !strings.Contains(near, "section") && !strings.Contains(near, "Section") {
		return false
	}
	// A title may be the link to its section: "the [Public
	// Information](…#chapter1.2) section".
	// Where it is, its site must stay the same: a pointer moved to
	// another organisation's page is no pointer within the text
	// (linkparty.go).
	if strings.Contains(old+new, "](") {
		if !sameLinkHosts(old, new) {
			return false
		}
		old, new = mdLinkRE.ReplaceAllString(old, "$1"), mdLinkRE.ReplaceAllString(new, "$1")
	}
	o, n := sectionRefRE.ReplaceAllString(old, "the § section"), sectionRefRE.ReplaceAllString(new, "the § section")
	return o != old && o == n
}

// sameLinkHosts reports two texts whose links, in order, lead to the same
// hosts.
func sameLinkHosts(old, new string) bool {
	lo, ln := mdLinkRE.FindAllStringSubmatch(old, -1), mdLinkRE.FindAllStringSubmatch(new, -1)
	if len(lo) != len(ln) {
		return false
	}
	for i := range lo {
		if linkHost(lo[i][2]) != linkHost(ln[i][2]) {
			return false
		}
	}
	return true
}

// lostLetterOnly reports two texts the same but that one writes the
// replacement character, U+FFFD, where the other has a letter: "de
// Gen�ve" → "de Genève" (Watch.Hockey's, ota-165 003), a letter the
// capture could not decode. Each U+FFFD stands for one letter.
func lostLetterOnly(old, new string) bool {
	if old == new || !strings.ContainsRune(old+new, utf8.RuneError) {
		return false
	}
	a, b := []rune(old), []rune(new)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		if a[i] != utf8.RuneError && b[i] != utf8.RuneError {
			return false
		}
		other := a[i]
		if other == utf8.RuneError {
			other = b[i]
		}
		if other == utf8.RuneError || other < 0x80 {
			return false // a lost letter is one outside ASCII: "è", not "e"
		}
	}
	return true
}
