package material

import "strings"

// ownerLeads are the words of an appositive that says which group owns
// the company named before it: "CCM BENCHMARK GROUP, a company of the
// Figaro Group, is responsible" (b48-01).
var ownerLeads = []string{", a company of the ", ", a company of ", ", a subsidiary of the ", ", a subsidiary of ",
	", a member of the ", ", a member of ", ", part of the ", ", part of "}

// ownerAppositive reports a name every mention of which in text is the
// owner an appositive gives the company before it, where nothing before
// that company gives it data: the parent named in a sentence about the
// author says who owns the author, and sends the parent nothing. Where
// the sentence shares data with the company ("We share it with Acme, a
// company of the Figaro Group"), or the parent is named elsewhere, the
// name counts.
// It returns the appositive's noun too ("company", "member"), which says
// no more than the name does.
func (c *classifier) ownerAppositive(text, e string) (string, bool) {
	if !strings.Contains(text, ", a ") && !strings.Contains(text, ", part of") {
		return "", false
	}
	noun := ""
	for at := 0; ; {
		i := strings.Index(text[at:], e)
		if i < 0 {
			return noun, noun != ""
		}
		i += at
		at = i + len(e)
		head := text[:i]
		lead := ""
		for _, l := range ownerLeads {
			if strings.HasSuffix(head, l) {
				lead = l
				break
			}
		}
		if lead == "" {
			return "", false
		}
		subject := head[:len(head)-len(lead)]
		if c.givenData(rawWords(lastLine(subject))) {
			return "", false
		}
		noun = strings.Fields(lead)[1]
		if noun == "a" {
			noun = strings.Fields(lead)[2]
		}
	}
}
