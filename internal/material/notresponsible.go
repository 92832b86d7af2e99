package material

import (
	"strings"
)

// The others whose practices the author disclaims are named as examples
// of whom the reader deals with outside the service: "Fox News is not
// responsible for the privacy or data security practices of other
// organizations, such as Facebook, Twitter, Apple …" with "Instagram"
// added (b53-47). The list says nothing of data the author gives anyone;
// who receives data is said where sharing is. A name added to a sentence
// that shares ("we share your data with partners such as Facebook") is a
// recipient, and is not this.
//
// disclaimedOnly reports two sentences, each disclaiming responsibility
// for others (notResponsibleRE), that differ only in the names after that
// phrase: every content word removed or added is a word of a name added
// or removed.
func (c *classifier) disclaimedOnly(ctxOld, ctxNew string, sig *signals, removed, added []string) bool {
	if len(sig.entitiesAdded)+len(sig.entitiesRemoved) == 0 {
		return false
	}
	mo, mn := notResponsibleRE.FindStringIndex(ctxOld), notResponsibleRE.FindStringIndex(ctxNew)
	if mo == nil || mn == nil {
		return false
	}
	words := map[string]bool{}
	for _, side := range []struct {
		text string
		at   int
		es   []string
	}{{ctxOld, mo[1], sig.entitiesRemoved}, {ctxNew, mn[1], sig.entitiesAdded}} {
		for _, e := range side.es {
			if i := strings.Index(side.text, e); i < side.at {
				return false // named before the disclaimer, or not as written
			}
			for _, w := range c.ix.fold(e) {
				words[w] = true
			}
		}
	}
	for _, w := range c.content(removed, added) {
		if !words[w] && w != "and" && w != "or" {
			return false
		}
	}
	return true
}

// notResponsibleRE is a phrase disclaiming responsibility for what others do:
// "is not responsible for", "have no control over", "are not liable for".
var notResponsibleRE = mustPattern(`(?i)\b(?:not|no)\s+(?:responsib(?:le|ility)|liab(?:le|ility)|control)\s+(?:for|over)\b`)
