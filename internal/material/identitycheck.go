package material

import "strings"

// identityChecked reports a sentence, folded, in which the reader's
// identity is verified before a right or a request is acted on: "we will
// need to verify your identity before we can fulfil any of your rights".
// What the reader is newly asked to show for it ("which may involve asking
// you for a copy of a photo ID") is a term of how a right is exercised
// (GDPR Art. 12(6)), not a category of data the service collects.
func (c *classifier) identityChecked(ws []string) bool {
	r := c.rb.categoryIndex("rights")
	if r < 0 {
		return false
	}
	checked := false
	for i, w := range ws {
		if !strings.HasPrefix(w, "verif") && !strings.HasPrefix(w, "confirm") && !strings.HasPrefix(w, "authenticat") {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if strings.HasPrefix(ws[j], "identit") {
				checked = true
			}
		}
	}
	if !checked {
		return false
	}
	for _, w := range ws {
		if w == "right" || w == "rights" {
			return true
		}
	}
	for _, h := range c.ix.strongHits(ws) {
		if int(h.k) == r {
			return true
		}
	}
	return false
}
