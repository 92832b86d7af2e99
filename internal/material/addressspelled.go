package material

import (
	"regexp"
	"slices"
	"strings"
)

// A web address can be written in several ways that all take the reader
// to the same page: with or without its scheme and "www." ("visit
// https://www.acme.com/privacy" → "visit acme.com/privacy"), as a link's
// words or as its target ("by visiting [ico.org.uk](https://ico.org.uk/)"
// → "the [Information Commissioner's Office](https://ico.org.uk/)"), or
// behind words the other side replaces by the address itself ("visit our
// [privacy centre](https://privacy.acme.com)" → "visit privacy.acme.com").
// The place the reader is sent to is the same, and so is what the
// sentence commits to. Another address on the other side (another host,
// another path) is another place, and stays for a reviewer.

// writtenAddressRE is a web address written in the text: a host of two
// labels or more ending in a top-level domain, with its scheme, "www."
// and path when written.
var writtenAddressRE = regexp.MustCompile(`(?i)(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[^\s)\]>"'’”]*)?`)

// addressForm is an address as the reader reaches it: lower case, without
// its scheme, "www.", a closing full stop or slash.
func addressForm(a string) string {
	a = strings.ToLower(strings.Trim(a, "<>"))
	a = strings.TrimRight(a, ".,;:!?")
	a = strings.TrimPrefix(strings.TrimPrefix(a, "https://"), "http://")
	a = strings.TrimPrefix(a, "www.")
	return strings.TrimSuffix(a, "/")
}

// addressSide is what one side of a change says about addresses: those it
// writes out or links to, the words of the addresses written in the text
// and of the links' own words, each with the address it stands for, and
// the words it writes outside both.
type addressSide struct {
	places map[string]int      // every address, written or linked, in addressForm, and how often
	spelt  map[string][]string // a word of an address written out → those addresses
	linked map[string][]string // a word of a link's words → the links' targets
	plain  map[string]bool     // the words outside addresses and links' words
}

// readAddresses reads one side. Its addresses masked as " contact " are
// masked, its contacts (contacts): a link to one of them goes to any.
func (c *classifier) readAddresses(s string, masked []string) addressSide {
	side := addressSide{places: map[string]int{}, spelt: map[string][]string{}, linked: map[string][]string{}, plain: map[string]bool{}}
	for _, a := range masked {
		side.places[a]++
	}
	rest := s
	if strings.Contains(s, "](") {
		var b strings.Builder
		last := 0
		for _, m := range mdLinkRE.FindAllStringSubmatchIndex(s, -1) {
			b.WriteString(s[last:m[0]])
			text, target := s[m[2]:m[3]], addressForm(s[m[4]:m[5]])
			last = m[1]
			if target == "" || strings.HasPrefix(target, "#") {
				b.WriteString(text) // a link within the page: its words are text
				continue
			}
			if target != "contact" {
				side.places[target]++ // a masked target is one of masked
			}
			if writtenAddressRE.MatchString(text) {
				// "[ico.org.uk](https://ico.org.uk/)": an address written
				// out, one place named once.
				if f := addressForm(text); f == target || target == "contact" && slices.Contains(masked, f) {
					side.places[f]--
				}
				b.WriteString(" " + text + " ")
				continue
			}
			targets := []string{target}
			if target == "contact" && len(masked) > 0 {
				targets = masked
			}
			for _, w := range c.ix.fold(text) {
				side.linked[w] = append(side.linked[w], targets...)
			}
			b.WriteString(" ")
		}
		b.WriteString(s[last:])
		rest = b.String()
	}
	var b strings.Builder
	last := 0
	for _, m := range writtenAddressRE.FindAllStringIndex(rest, -1) {
		a := rest[m[0]:m[1]]
		if m[0] > 0 && rest[m[0]-1] == '@' || strings.Count(addressForm(a), ".") == 0 {
			continue // a mailbox's domain, or a word before a full stop ("data.Cookies")
		}
		b.WriteString(rest[last:m[0]])
		b.WriteString(" ")
		last = m[1]
		form := addressForm(a)
		side.places[form]++
		for _, w := range c.ix.fold(strings.NewReplacer(".", " ", "/", " ", "-", " ", ":", " ").Replace(strings.ToLower(a))) {
			side.spelt[w] = append(side.spelt[w], form)
		}
	}
	b.WriteString(rest[last:])
	for _, w := range c.ix.fold(b.String()) {
		side.plain[w] = true
	}
	return side
}

// sameAddressSpelled returns whether a word left unexplained only spells,
// on its side, an address the other side also sends the reader to, or is
// a link's words the other side replaces by the link's own address.
func (c *classifier) sameAddressSpelled(old, new string) func(string) bool {
	if !mayWriteAddress(old) && !mayWriteAddress(new) {
		return func(string) bool { return false }
	}
	o, n := c.readAddresses(old, c.masked[0]), c.readAddresses(new, c.masked[1])
	explains := func(w string, side, other addressSide) bool {
		if side.plain[w] {
			return false
		}
		spelt, linked := side.spelt[w], side.linked[w]
		if len(spelt) == 0 && len(linked) == 0 {
			return false
		}
		// The other side names the place as often: the words spell it
		// another way, not a mention added ("abuse" → "abuse on the
		// meet.jit.si service", beside three more).
		for _, a := range spelt {
			if other.places[a] < side.places[a] {
				return false
			}
		}
		for _, a := range linked {
			if other.places[a] < side.places[a] || other.linkedTo(a) {
				return false // the other side still links it: its words changed, not the address shown
			}
		}
		return true
	}
	return func(w string) bool {
		_, inOld := o.spelt[w]
		_, lOld := o.linked[w]
		_, inNew := n.spelt[w]
		_, lNew := n.linked[w]
		switch {
		case (inOld || lOld || o.plain[w]) && (inNew || lNew || n.plain[w]):
			return explains(w, o, n) && explains(w, n, o)
		case inOld || lOld:
			return explains(w, o, n)
		case inNew || lNew:
			return explains(w, n, o)
		}
		return false
	}
}

// linkedTo reports whether a side links to address a under words of its
// own (not an address written out).
func (s addressSide) linkedTo(a string) bool {
	for _, ts := range s.linked {
		for _, t := range ts {
			if t == a {
				return true
			}
		}
	}
	return false
}

// mayWriteAddress reports text that may hold a link or an address: a
// link's brackets, a scheme or a dot between two letters.
func mayWriteAddress(s string) bool {
	if strings.Contains(s, "](") || strings.Contains(s, "://") {
		return true
	}
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '.' && isLetterByte(s[i-1]) && isLetterByte(s[i+1]) {
			return true
		}
	}
	return false
}
