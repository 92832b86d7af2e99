package material

import "strings"

// brandDefined reports text that gives the author's own name to the
// parties it names, as a term defined in a bracket: "the information
// collected by Sony Corporation of America and Sony's Card Marketing &
// Services Company, a division of Sony Electronics Inc., (together,
// “**Sony**”)". That sentence says who the author is, as one defining
// "we" does: a company dropped from it or added to it is one no longer,
// or now, responsible, not a recipient. Parties given another name
// ("Google LLC and Google Ireland (together, "Google")", where the author
// is not Google) are whoever the sentence says they are.
func (c *classifier) brandDefined(text string) bool {
	if !strings.Contains(text, "(") {
		return false
	}
	for _, old := range []bool{false, true} {
		b := c.brand(old)
		if b == "" || !strings.Contains(text, b) {
			continue
		}
		for rest := text; ; {
			i := strings.Index(rest, "(")
			if i < 0 {
				break
			}
			rest = rest[i+1:]
			j := strings.Index(rest, ")")
			if j < 0 {
				break
			}
			if definesAs(rest[:j], b) {
				return true
			}
		}
	}
	return false
}

// definesAs reports the inside of a bracket that defines a term, quoted,
// as name: "together, “**Sony**”", "collectively, \"Acme\"", "\"Acme\"".
func definesAs(inside, name string) bool {
	s := strings.TrimSpace(inside)
	for _, w := range []string{"together", "collectively", "jointly", "hereinafter referred to as", "hereinafter", "referred to as", "also known as"} {
		if t, ok := strings.CutPrefix(strings.ToLower(s), w); ok {
			s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s[len(s)-len(t):]), ","))
			break
		}
	}
	quoted := strings.ContainsAny(s, "\"“”'‘’")
	s = strings.Trim(s, "*\"“”'‘’ ")
	return quoted && s == name
}
