package material

import "strings"

// A list whose markers are gone leaves its names one to a line: "Stripe\n
// Paypal\nQuickbooks\nXero" is four processors, not one party called
// "Stripe Paypal Quickbooks Xero" (b70-05, read in its whole policy). A
// name a hard-wrapped paragraph breaks over two lines ("shared with
// Microsoft\nCorporation") stands among other words on its lines, and
// stays whole.

// nameColumn returns text with the line breaks between lines that are
// each nothing but a name (nameLine), two or more in a row, written as
// the commas of a list, and the break after the lead-in's colon before
// them as a space.
func nameColumn(text string) string {
	lines := strings.Split(text, "\n")
	if len(lines) < 2 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i, l := range lines {
		if i > 0 {
			switch {
			case nameLine(lines[i-1]) && nameLine(l):
				b.WriteString(", ")
			case strings.HasSuffix(lines[i-1], ":") && nameLine(l) && i+1 < len(lines) && nameLine(lines[i+1]):
				b.WriteByte(' ')
			default:
				b.WriteByte('\n')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// nameLine reports a line of one to four capitalised words and nothing
// else: a name laid out on its own line. (It is asked of every sentence
// joined, and splits none into a slice.)
func nameLine(l string) bool {
	if len(l) > 80 {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(l) {
		if n++; n > 4 || !isName(w) || strings.ContainsAny(w, ".,;:") {
			return false
		}
	}
	return n > 0
}
