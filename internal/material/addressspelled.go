package material

import (
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
// A site is also named by its domain or by the name before the ending
// ("Gittip.com stores" → "Gittip stores", b61-05), and a link's words may
// be its domain, then the name the domain spells ("[allaboutcookies.org]"
// → "[All About Cookies]", same target, b59-14). The place the reader is
// sent to is the same, and so is what the sentence commits to. Another
// address on the other side (another host, another path), a mention
// added, or a mailbox made a web form ("privacy@…" → "https://…/report",
// b50-18) is another place, and stays for a reviewer.

// writtenAddressRE is a web address written in the text: a host of two
// labels or more ending in a top-level domain, with its scheme, "www."
// and path when written.
var writtenAddressRE = mustPattern(`(?i)(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[^\s)\]>"'’”]*)?`)

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
	plain  map[string]int      // the words outside addresses and links' words, and how often
	bare   map[string]string   // a word of a bare host written out ("gittip.com") → the host's name ("gittip")
}

// readAddresses reads one side. Its addresses masked as " contact " are
// masked, its contacts (contacts): a link to one of them goes to any.
func (c *classifier) readAddresses(s string, masked []string) addressSide {
	side := addressSide{places: map[string]int{}, spelt: map[string][]string{}, linked: map[string][]string{}, plain: map[string]int{}, bare: map[string]string{}}
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
		words := c.ix.fold(strings.NewReplacer(".", " ", "/", " ", "-", " ", ":", " ").Replace(strings.ToLower(a)))
		for _, w := range words {
			side.spelt[w] = append(side.spelt[w], form)
		}
		if !strings.Contains(form, "/") && len(words) == 2 {
			side.bare[words[1]] = words[0] // "Gittip.com": the name "gittip" and its ending
		}
	}
	b.WriteString(rest[last:])
	for _, w := range c.ix.fold(b.String()) {
		side.plain[w]++
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
		spelt, linked := side.spelt[w], side.linked[w]
		if len(spelt) == 0 && len(linked) == 0 {
			return true // the word is as often in both sides' text, and here only there
		}
		if schemeWords[w] && side.web() == other.web() {
			// "https", "www": how a web address is written, never where it
			// leads, where both sides give as many; not a mailbox made a
			// web form ("privacy@tiktok.com" → "https://www.tiktok.com/…",
			// b50-18).
			return true
		}
		if name, ok := side.bare[w]; ok && other.plain[name] > side.plain[name] {
			return true // "Gittip.com stores" → "Gittip stores": the site's name, without its ending
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
		// The word's count changed in the addresses and links' words, not
		// in the text: "visit allaboutcookies.org" → "visit [All About
		// Cookies](https://allaboutcookies.org/)" beside other cookies.
		if o.plain[w] != n.plain[w] {
			return false
		}
		if len(o.spelt[w])+len(o.linked[w])+len(n.spelt[w])+len(n.linked[w]) == 0 {
			return false
		}
		return explains(w, o, n) && explains(w, n, o)
	}
}

// schemeWords are the words of an address's scheme and "www.": the
// grammar of a web address, which says how it is written, not where it
// leads.
var schemeWords = map[string]bool{"http": true, "https": true, "www": true}

// web counts the web addresses a side gives, each as often as given: not
// its mailboxes.
func (s addressSide) web() int {
	n := 0
	for a, k := range s.places {
		if !strings.Contains(a, "@") && !strings.HasPrefix(a, "mailto:") {
			n += k
		}
	}
	return n
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
