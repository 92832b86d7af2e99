package material

import (
	"strings"
	"unicode"
)

// A compliance review spells out the initials a policy used and gives the
// body's web address: "the DVLA" → "the Driver and Vehicle Licensing
// Agency (DVLA)" (b69-13), "PCI compliance" → "Payment Card Industry Data
// Security Standard (PCI DSS) compliance" (b69-05), "Information
// Commissioner's Office" → "Information Commissioner's Office (ICO),
// www.ico.org.uk" (b69-10). It names the same body; a reader learns no
// new party or duty. A name whose initials are not the ones in brackets,
// or an address of another site, is another party and stays.

// initialsGlossed returns new with each "Name Of Words (INITIALS)" it adds
// written as old writes it: as the initials, when old gives them; as the
// name, when old gives the name alone. A web address that follows such a
// name and is the body's own (its host begins with the initials,
// "www.ico.org.uk") is left out. ok is false when nothing was rewritten.
func initialsGlossed(old, new string) (string, bool) {
	if !strings.Contains(new, " (") {
		return new, false
	}
	ok := false
	for from := 0; ; {
		i := strings.Index(new[from:], " (")
		if i < 0 {
			break
		}
		i += from
		j := strings.IndexByte(new[i+2:], ')')
		if j < 0 {
			break
		}
		j += i + 2
		acr := new[i+2 : j]
		letters := strings.TrimSuffix(strings.ReplaceAll(acr, " ", ""), "s") // "SCCs"
		if len(letters) < 2 || len(acr) > 12 || !upperCase(letters) || strings.Contains(old, new[i:j+1]) {
			from = i + 2
			continue
		}
		start, initials := nameBefore(new[:i], len(letters))
		if start < 0 || !strings.EqualFold(initials, letters) {
			// Words in lower case that spell all its letters:
			// "non-disclosure agreements (NDAs)" (b222-09).
			start = spelledBefore(new[:i], letters)
		}
		if start < 0 {
			from = i + 2
			continue
		}
		name := new[start:i]
		end := j + 1
		if host := addressAfter(new[end:]); host != "" && ownSite(host, name, letters) {
			end += len(host) + strings.Index(new[end:], host)
		}
		var with string
		switch {
		case wordIn(old, acr):
			with = acr
		case wordIn(old, name):
			with = name
		default:
			// "PCI" for "PCI DSS": the standard by its usual short name.
			first, _, _ := strings.Cut(acr, " ")
			if first == acr || !wordIn(old, first) {
				from = i + 2
				continue
			}
			with = first
		}
		new = new[:start] + with + new[end:]
		from, ok = start+len(with), true
	}
	return new, ok
}

// nameBefore returns where, in s, the capitalised words of a name ending
// s begin, and their initials, taking at most n initials; "and", "of",
// "for", "the" and "&" inside the name count none.
func nameBefore(s string, n int) (int, string) {
	start, initials := -1, ""
	for end := len(s); end > 0 && len(initials) < n; {
		b := strings.LastIndexByte(s[:end], ' ') + 1
		w := s[b:end]
		switch {
		case w == "and" || w == "of" || w == "for" || w == "the" || w == "&":
			if start < 0 {
				return -1, ""
			}
		case w != "" && unicode.IsUpper(rune(w[0])):
			initials = w[:1] + initials
			start = b
		default:
			return start, initials
		}
		if b == 0 {
			break
		}
		end = b - 1
	}
	return start, initials
}

// addressAfter returns the web address that ", www.ico.org.uk" or " at
// https://ico.org.uk" puts after a name, or "".
func addressAfter(s string) string {
	t := strings.TrimLeft(s, ",: ") // ", www.ico.org.uk", "(ICO): ico.org.uk" (b71)
	t = strings.TrimPrefix(t, "at ")
	t = strings.TrimPrefix(strings.TrimPrefix(t, "https://"), "http://")
	k := strings.IndexAny(t, " ;)")
	if k < 0 {
		k = len(t)
	}
	host := strings.TrimRight(t[:k], ".,/")
	if strings.Count(host, ".") < 1 || strings.ContainsAny(host, "@:") {
		return ""
	}
	return host
}

// wordIn reports s holding w as whole words.
func wordIn(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		before := i == 0 || !isWordByte(s[i-1])
		after := i+len(w) == len(s) || !isWordByte(s[i+len(w)])
		if before && after {
			return true
		}
		from = i + 1
	}
}

// ownSite reports a host that is a body's own: its first label is the
// body's initials ("www.ico.org.uk") or begins its name run together
// ("www.dataprotection.ie" for the Data Protection Commission).
func ownSite(host, name, initials string) bool {
	label, _, _ := strings.Cut(strings.TrimPrefix(strings.ToLower(host), "www."), ".")
	if strings.HasPrefix(label, strings.ToLower(initials)) {
		return true
	}
	joined := strings.ToLower(strings.Join(strings.Fields(name), ""))
	return len(label) >= 6 && strings.HasPrefix(joined, label)
}

// acronymsWritten reports old and new that writeAcronyms already reads as
// the same: their reason stays that rule's.
func (c *classifier) acronymsWritten(old, new string) bool {
	o, n := writeAcronyms(old, new)
	return (o != old || n != new) && equalWords(c.ix.fold(o), c.ix.fold(n))
}
