package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A sentence whose subject is the reader's rights says what those rights
// are worth: "These rights may be offered based on your location."
// (b53-31) hedges every right the section lists, though "location" is a
// kind of data; "Your rights may be limited where …", "Such rights are
// subject to the law of your country" likewise. Which rights a reader
// has, and when, is the rights category's (GDPR Art. 13(2)(b)).
//
// rightsSaid returns "rights" for a material verdict of another category
// whose changed sentences, each side that has one, open with the rights
// as their subject: a determiner or "your", at most one word more
// ("privacy", "data protection"), then "rights". "All rights reserved"
// is a copyright line, not the reader's. A name added or removed is what
// its kind says (a party), in whatever sentence.
func (c *classifier) rightsSaid(v Verdict, ch redline.Change) string {
	if !v.Material || v.Category == "rights" || c.rb.categoryIndex("rights") < 0 || strings.HasSuffix(v.Rule, ".entity") {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if !containsFold(so, "rights") && !containsFold(sn, "rights") {
		return ""
	}
	// Past the test above, one side at least has a sentence.
	for _, s := range []string{so, sn} {
		if s != "" && !rightsSubject(strings.Fields(strings.ToLower(stripMarkdown(s)))) {
			return ""
		}
	}
	return "rights"
}

// rightsSubject reports lower-cased words that open with the reader's
// rights as subject, then a verb: "these rights may", "your privacy
// rights are", "such rights will".
func rightsSubject(ws []string) bool {
	if len(ws) < 3 || !rightsDeterminers[ws[0]] {
		return false
	}
	i := 1
	switch {
	case ws[1] == "rights":
	case ws[1] == "data" && ws[2] == "protection":
		i = 3 // "your data protection rights"
	default:
		i = 2 // "your privacy rights", "these legal rights"
	}
	if i+1 >= len(ws) || ws[i] != "rights" {
		return false
	}
	return rightsVerbs[strings.Trim(ws[i+1], ",.;:")]
}

// rightsDeterminers open a noun phrase that names rights already spoken
// of, or the reader's own.
var rightsDeterminers = map[string]bool{"these": true, "those": true, "such": true, "your": true, "the": true, "this": true}

// rightsVerbs are the verbs and modals a sentence about the rights goes on
// with: what they are, may be or depend on.
var rightsVerbs = map[string]bool{"may": true, "might": true, "are": true, "will": true, "can": true, "depend": true,
	"vary": true, "apply": true, "only": true, "do": true, "differ": true, "must": true, "shall": true}
