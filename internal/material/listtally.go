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
func listTallyDropped(m string) string {
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
// own, or a semicolon parts them: which words make one item is unclear.
// A sentence is read up to its first 2,000 bytes.
func listItems(s string) int {
	end := min(len(s), 2000) // a list run in is one sentence, not a page
	for i := 0; i < end; i++ {
		if s[i] == ';' || s[i] == '\n' || s[i] == '.' && (i+1 == len(s) || s[i+1] == ' ') {
			end = i
			break
		}
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
