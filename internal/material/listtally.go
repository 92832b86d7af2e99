package material

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// listTallyDropped takes out of m the count of a list run in after a
// colon, when the count agrees with the list: "for three purposes:
// providing the service, paying out refunds and accounting" lists what
// "for the purpose of providing the service, to pay out refunds and for
// accounting purposes" does, and the count only sums the items, which are
// compared one by one. A count the list does not bear out ("four
// purposes:" before three items), or a list whose items cannot be told
// apart (an "and" inside an item before the last), keeps its count, and a
// number changed is still compared.
//
// A count said in a sentence of its own, the list in the next after
// "These are" ("applies to three groups. These are: visitors …; businesses
// …; and individuals …", b76-02), counts the list as "three groups:" does,
// and is read so.
func listTallyDropped(m string) string {
	if r := countThenListed(m); r != m {
		if d := listTallyColon(r); d != r {
			return d
		}
	}
	return listTallyColon(m)
}

// countThenListed returns m with each ". These are" (or "They are"), a
// colon after it or not, written as a colon, where the sentence before
// ends in a plural noun: the list the next sentence gives is the noun's.
// m itself when there is none.
func countThenListed(m string) string {
	if !strings.Contains(m, ". These are") && !strings.Contains(m, ". They are") {
		return m
	}
	var b strings.Builder
	done := 0
	for from := 0; ; {
		i := strings.Index(m[from:], ". The")
		if i < 0 {
			break
		}
		i += from
		from = i + 2
		rest := m[i+2:]
		lead := ""
		for _, l := range []string{"These are:", "They are:", "These are ", "They are "} {
			if strings.HasPrefix(rest, l) {
				lead = l
				break
			}
		}
		words := strings.Fields(m[max(done, i-40):i])
		if lead == "" || len(words) == 0 || !strings.HasSuffix(words[len(words)-1], "s") {
			continue
		}
		b.WriteString(m[done:i])
		b.WriteString(": ")
		done = i + 2 + len(lead)
		for done < len(m) && m[done] == ' ' {
			done++
		}
	}
	if done == 0 {
		return m
	}
	b.WriteString(m[done:])
	return b.String()
}

// listTallyColon is listTallyDropped for a count before a colon.
func listTallyColon(m string) string {
	if strings.IndexByte(m, ':') < 0 {
		return m
	}
	var b strings.Builder
	done := 0 // m[:done] is written to b, when b is used
	for from := 0; ; {
		c := strings.IndexByte(m[from:], ':')
		if c < 0 {
			break
		}
		c += from
		from = c + 1
		// The count stands right before the plural noun or one word
		// before it: "three purposes:", "three analytics providers:".
		lo := max(done, c-80)
		words := strings.Fields(m[lo:c])
		if len(words) < 2 {
			continue
		}
		noun, count, ci, n := words[len(words)-1], "", -1, -1
		for k := 2; k <= 3 && k <= len(words) && n < 0; k++ {
			count, ci = words[len(words)-k], len(words)-k
			n = countValue(strings.ToLower(count))
		}
		if n < 0 {
			// The count may stand further back, its plural noun right
			// after it and what the items are for before the colon: "we
			// have disclosed three categories of PI for a business
			// purpose: identifiers, …" (b55-05, where "the following
			// categories" and a list of three became one sentence). Up
			// to eight words back, none ending a clause.
			noun = ""
			for k := len(words) - 2; k >= max(0, len(words)-9) && n < 0; k-- {
				if strings.ContainsAny(words[k], ".;,") {
					break
				}
				if v := countValue(strings.ToLower(words[k])); v >= 0 {
					count, ci, n, noun = words[k], k, v, words[k+1]
				}
			}
		}
		if n < 2 || !strings.HasSuffix(noun, "s") || listItems(m[c+1:]) != n {
			continue
		}
		at := lo + fieldStart(m[lo:c], ci) // the count as a word, not as letters of another ("network")
		b.WriteString(m[done:at])
		done = at + len(count)
		for done < c && m[done] == ' ' {
			done++
		}
	}
	if done == 0 {
		return m
	}
	b.WriteString(m[done:])
	return b.String()
}

// listItems counts the items of a list run in at the start of s, up to
// the end of its sentence: items parted by commas, the last two by "and"
// or "or". -1 when an item before the last has an "and" or "or" of its
// own: which words make one item is unclear. A semicolon after a list
// parted by commas ends it; items parted by semicolons alone ("visitors
// …; businesses …; and individuals …") are what is between them. A
// sentence is read up to its first 2,000 bytes.
func listItems(s string) int {
	end := min(len(s), 2000) // a list run in is one sentence, not a page
	semi := -1               // where the first semicolon is
	for i := 0; i < end; i++ {
		if s[i] == ';' && semi < 0 {
			semi = i
		}
		if s[i] == '\n' || s[i] == '.' && (i+1 == len(s) || s[i+1] == ' ') {
			end = i
			break
		}
	}
	if semi >= 0 && semi < end {
		if strings.IndexByte(s[:semi], ',') < 0 {
			return semicolonItems(s[:end])
		}
		end = semi // "a, b, and c; then …": the list ends at the semicolon
	}
	n := 0
	for rest := s[:end]; ; {
		p, tail, more := strings.Cut(rest, ",")
		p = strings.TrimSpace(p)
		if p == "" {
			return -1
		}
		joined := strings.Contains(p, " and ") || strings.Contains(p, " or ")
		last := !more
		switch {
		case !last && joined:
			return -1
		case last && joined && !strings.HasPrefix(p, "and ") && !strings.HasPrefix(p, "or "):
			n += 2
		default:
			n++
		}
		if last {
			return n
		}
		rest = tail
	}
}

// fieldStart returns the byte offset in s of its field i, as
// strings.Fields cuts s (at any Unicode space: a no-break space too).
func fieldStart(s string, i int) int {
	space := func(at int) (bool, int) {
		r, n := utf8.DecodeRuneInString(s[at:])
		return unicode.IsSpace(r), n
	}
	at := 0
	for {
		for at < len(s) {
			sp, n := space(at)
			if !sp {
				break
			}
			at += n
		}
		if i == 0 || at == len(s) {
			return at // field i, or the end where s has fewer fields
		}
		for at < len(s) {
			sp, n := space(at)
			if sp {
				break
			}
			at += n
		}
		i--
	}
}

// semicolonItems counts the items of a list parted by semicolons, the
// last opened by "and" or "or" or not; -1 when an item is empty.
func semicolonItems(s string) int {
	parts := strings.Split(s, ";")
	for _, p := range parts {
		if strings.TrimSpace(p) == "" {
			return -1
		}
	}
	return len(parts)
}
