package material

import "strings"

// unglued returns s with the words it runs together put apart where other
// puts them apart: "third partiesEntitled Iliad service" against "third
// parties <br>Entitled Iliad service" is "third parties Entitled Iliad
// service". A separator lost (a line break, a list's mark) joins a word
// ending in a small letter to one starting with a capital; the other
// text writes the two words apart, with only spaces, punctuation or
// mark-up between them. A name written in one word ("PayPal", "GitHub")
// is kept where the other text writes it so.
func unglued(s, other string) string {
	if len(s) > 1<<14 || len(other) > 1<<14 {
		return s
	}
	var rs []replacement
	for i := 1; i+1 < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' || s[i-1] < 'a' || s[i-1] > 'z' || s[i+1] < 'a' || s[i+1] > 'z' {
			continue
		}
		// The word around the seam: letters before it, and after it.
		j := i - 1
		for j > 0 && isLetterByte(s[j-1]) {
			j--
		}
		k := i + 1
		for k < len(s) && isLetterByte(s[k]) {
			k++
		}
		left, right := s[j:i], s[i:k]
		if len(left) < 2 || len(right) < 2 {
			continue // "iPhone": not two words
		}
		if !apartIn(other, left, right) || strings.Contains(other, left+right) {
			continue
		}
		rs = append(rs, replacement{from: i, to: i, with: " "})
	}
	return replaced(s, rs)
}

// apartIn reports left and right written apart in s: left ending a word,
// then spaces, punctuation or mark-up ("<br>"), then right starting one.
func apartIn(s, left, right string) bool {
	for at := 0; ; {
		i := strings.Index(s[at:], left)
		if i < 0 {
			return false
		}
		i += at
		at = i + len(left)
		if i > 0 && isLetterByte(s[i-1]) {
			continue
		}
		k := at
		for k < len(s) {
			switch {
			case s[k] == ' ' || s[k] == '\n' || s[k] == '\t' || strings.ContainsRune(",;:.|*-•", rune(s[k])):
				k++
				continue
			case strings.HasPrefix(s[k:], "<br>"):
				k += 4
				continue
			case strings.HasPrefix(s[k:], "<br/>"), strings.HasPrefix(s[k:], "<br />"):
				k = strings.IndexByte(s[k:], '>') + k + 1
				continue
			}
			break
		}
		if k == at {
			continue
		}
		if strings.HasPrefix(s[k:], right) && (k+len(right) == len(s) || !isLetterByte(s[k+len(right)])) {
			return true
		}
	}
}
