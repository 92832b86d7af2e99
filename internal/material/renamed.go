package material

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name the text says is what another name was called ("Omni Leads, our
// lead management software formerly named Omni Lead Management Software",
// "Meta Platforms, Inc. (previously known as Facebook, Inc.)", "Acme
// Analytics, now called Beta Insights") is the party or product the other
// side named, renamed: the commitments about it are the same. The former
// name must be the one the other side writes, and the new name one it does
// not: a new name whose former name the other side never used, or a name
// added with no word of renaming, is still a new party.

// renamedMarks follow a new name and open its former one.
var renamedMarks = []string{"formerly known as", "formerly named", "formerly called", "formerly branded as", "formerly",
	"previously known as", "previously named", "previously called", "previously branded as", "previously",
	"f/k/a", "fka", "ex-", "ex"}

// renamedNowMarks stand between a former name and the new one.
var renamedNowMarks = []string{"now known as", "now named", "now called", "now branded as", "renamed to", "renamed as", "renamed", "rebranded as"}

// renamedFrom reports that e, a name text adds, is said in text to be the
// new name of one of former (the names of the other side, which does not
// write e).
func renamedFrom(text, other, e string, former []string) bool {
	if strings.Contains(other, e) {
		return false
	}
	for from := 0; from < len(text); {
		p := strings.Index(text[from:], e)
		if p < 0 {
			return false
		}
		p += from
		if formerAfter(text[p+len(e):], former, other) || formerBefore(text[:p], former, other) {
			return true
		}
		from = p + len(e)
	}
	return false
}

// formerAfter reports a mark of renamedMarks at the start of rest (after
// a comma, a bracket, or a few words describing what the name names),
// then one of former.
func formerAfter(rest string, former []string, other string) bool {
	window := rest[:min(len(rest), 120)]
	if end := strings.IndexAny(window, ".;"); end >= 0 && !strings.Contains(window[:end], " ") {
		return false
	}
	lower := strings.ToLower(window)
	for _, m := range renamedMarks {
		i := strings.Index(lower, m+" ")
		if i < 0 || strings.ContainsAny(window[:i], ".;") {
			continue
		}
		if nameAt(window[i+len(m)+1:], former, other) {
			return true
		}
	}
	return false
}

// formerBefore reports one of former followed by a mark of
// renamedNowMarks at the end of before: "Acme, now called ".
func formerBefore(before string, former []string, other string) bool {
	b := strings.TrimRight(before, " “\"'(")
	lower := strings.ToLower(b)
	for _, m := range renamedNowMarks {
		if !strings.HasSuffix(lower, m) {
			continue
		}
		head := strings.TrimRight(b[:len(b)-len(m)], " ,(")
		for _, f := range former {
			if strings.HasSuffix(head, f) && nameStarts(head[:len(head)-len(f)]) && namedOutright(other, f) {
				return true
			}
		}
	}
	return false
}

// nameAt reports that s starts with one of former (after an opening
// quote), a name other writes.
func nameAt(s string, former []string, other string) bool {
	s = strings.TrimLeft(s, "“\"'")
	for _, f := range former {
		if strings.HasPrefix(s, f) && nameEnds(s[len(f):]) && namedOutright(other, f) {
			return true
		}
	}
	return false
}

// renamedAsFormer returns s with each new name that s says is a name of
// other's renamed (renamedFrom) written as the former name alone, the
// words between them dropped: "use Omni Leads, our lead management
// software formerly named Omni Lead Management Software (the Service)"
// reads "use Omni Lead Management Software (the Service)"; "Beta, now
// called Acme," reads "Beta,". s itself when there is none.
func (c *classifier) renamedAsFormer(s, other string) string {
	if !lowerHasAny(s, "formerly", "previously", "now ", "renamed", "rebranded", "ex", "f/k/a", "fka") {
		return s
	}
	former := c.entities(other)
	for _, e := range minusNames(c.entities(s), former) {
		p := strings.Index(s, e)
		if p < 0 || strings.Contains(other, e) {
			continue
		}
		if from, to, f, ok := formerSpan(s, p, p+len(e), former, other); ok {
			return c.renamedAsFormer(s[:from]+f+s[to:], other)
		}
	}
	return s
}

// formerSpan finds around the name s[p:q] the words that say it renames
// a name of former: the span to write as that name, and the name.
func formerSpan(s string, p, q int, former []string, other string) (from, to int, f string, ok bool) {
	rest := s[q:min(len(s), q+120)]
	lower := strings.ToLower(rest)
	for _, m := range renamedMarks {
		sep := " "
		if strings.HasSuffix(m, "-") {
			sep = "" // "Brevo (ex-Sendinblue)": the mark joined to the name
		}
		i := strings.Index(lower, m+sep)
		if i > 0 && isLetterByte(lower[i-1]) {
			i = -1 // "ex" inside a word: "index", "complex"
		}
		if i < 0 || strings.ContainsAny(rest[:i], ".;") {
			continue
		}
		k := q + i + len(m) + len(sep)
		t := strings.TrimLeft(s[k:], "“\"'")
		k = len(s) - len(t)
		for _, f := range former {
			if strings.HasPrefix(t, f) && nameEnds(t[len(f):]) && namedOutright(other, f) {
				end := k + len(f)
				if strings.HasPrefix(s[end:], "”") {
					end += len("”")
				} else if end < len(s) && (s[end] == '"' || s[end] == '\'') {
					end++
				}
				if end < len(s) && s[end] == ')' && strings.Contains(s[q:k], "(") {
					end++
				}
				return p, end, f, true
			}
		}
	}
	before := strings.TrimRight(s[:p], " “\"'(")
	lb := strings.ToLower(before)
	for _, m := range renamedNowMarks {
		if !strings.HasSuffix(lb, m) {
			continue
		}
		head := strings.TrimRight(before[:len(before)-len(m)], " ,(")
		for _, f := range former {
			if strings.HasSuffix(head, f) && nameStarts(head[:len(head)-len(f)]) && namedOutright(other, f) {
				end := q
				if end < len(s) && s[end] == ')' && strings.Contains(s[len(head):p], "(") {
					end++
				}
				return len(head) - len(f), end, f, true
			}
		}
	}
	return 0, 0, "", false
}

// nameEnds reports that a name ends where rest starts: "Coinbase" is not
// the whole of "Coinbase Wallet", the former name the text gives.
func nameEnds(rest string) bool {
	if rest == "" {
		return true
	}
	r, size := utf8.DecodeRuneInString(rest)
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	if r == ' ' {
		n, _ := utf8.DecodeRuneInString(rest[size:])
		return !unicode.IsUpper(n) && !unicode.IsDigit(n)
	}
	return true
}

// nameStarts reports that a name starts where before ends: "Wallet" is
// not the whole of "Coinbase Wallet".
func nameStarts(before string) bool {
	if before == "" {
		return true
	}
	r, size := utf8.DecodeLastRuneInString(before)
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	if r == ' ' {
		p, _ := utf8.DecodeLastRuneInString(before[:len(before)-size])
		return !unicode.IsUpper(p) && !unicode.IsDigit(p)
	}
	return true
}

// namedOutright reports that other writes the name f as a name of its own,
// not only as the former name of another: "Acme Analytics (formerly Beta
// Metrics)" → "Acme Ads (formerly Beta Metrics)" renames nothing. Beta
// Metrics was already told renamed, and the name it now goes by is
// another party's, so the commitments about Acme Analytics do not pass
// to Acme Ads.
func namedOutright(other, f string) bool {
	if f == "" {
		return false // no name: the search below would not move on
	}
	for from := 0; from < len(other); {
		p := strings.Index(other[from:], f)
		if p < 0 {
			return false
		}
		p += from
		from = p + len(f)
		before := strings.ToLower(strings.TrimRight(other[max(0, p-40):p], " “\"'(-"))
		after := strings.ToLower(strings.TrimLeft(other[from:min(len(other), from+40)], " ”\"'),"))
		former := false
		for _, m := range renamedMarks {
			if strings.HasSuffix(before, strings.TrimSuffix(m, "-")) {
				former = true
			}
		}
		for _, m := range renamedNowMarks {
			if strings.HasPrefix(after, m) {
				former = true
			}
		}
		if !former {
			return true
		}
	}
	return false
}
