package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What a notice of changes announces is a term of the change-notice
// policy: "We will post any changes in our privacy practices on this
// page" tells the reader of a change in what the company does, whether or
// not the document is rewritten for it; "We will post any changes in this
// privacy policy" only of a new text. Which of the two is changed (the
// company's practices, or the document) is said in ordinary words, so it
// is read here: the object of "changes to", "changes in", "if we change".

// noticeDocumentNouns name the document itself.
var noticeDocumentNouns = map[string]bool{"policy": true, "policies": true, "notice": true, "statement": true,
	"document": true, "terms": true, "page": true}

// noticePracticeWords open what the company does: "our privacy practices",
// "how we use your data", "the way we handle it", "our processing".
var noticePracticeWords = map[string]bool{"practices": true, "practice": true, "how": true, "way": true, "ways": true,
	"processing": true, "handling": true, "collection": true, "procedures": true}

// noticeAnnounceWords say the reader is told of a change, or may find it.
var noticeAnnounceWords = map[string]bool{"notify": true, "post": true, "posted": true, "posting": true, "publish": true,
	"published": true, "announce": true, "announced": true, "alert": true, "notice": true, "email": true, "let": true, "reflect": true, "reflected": true}

// changedObjects lists what ws says is changed, after each word of a
// change, in order: 'd' for the document ("changes to this privacy
// policy", "if we change this policy"), 'p' for the company's practices
// ("changes in our privacy practices", "changes to how we use your
// data"); a change of anything else is not listed.
func changedObjects(ws []string) []byte {
	var out []byte
	for i, w := range ws {
		if !policyChangeVerb[w] {
			continue
		}
	object:
		for j := i + 1; j < len(ws) && j <= i+6; j++ {
			x := ws[j]
			switch {
			case noticeDocumentNouns[x]:
				out = append(out, 'd')
				break object
			case noticePracticeWords[x]:
				out = append(out, 'p')
				break object
			case x == "to" || x == "in" || x == "of" || x == "our" || x == "this" || x == "the" || x == "any" || x == "these" ||
				x == "its" || x == "privacy" || x == "data" || x == "information" || x == "protection" || x == "cookie" || x == "personal":
			default:
				break object
			}
		}
	}
	return out
}

// noticeObjectTraded returns, where a sentence that announces changes says
// of one change that it is of the company's practices on one side and of
// the document on the other, the rest the same, what it said before and
// after: "practices", "document".
func noticeObjectTraded(old, new []string) (from, to string) {
	announced := func(ws []string) bool {
		for _, w := range ws {
			if noticeAnnounceWords[w] {
				return true
			}
		}
		return false
	}
	if !announced(old) || !announced(new) {
		return "", ""
	}
	o, n := changedObjects(old), changedObjects(new)
	if len(o) != len(n) {
		return "", ""
	}
	kind := map[byte]string{'d': "document", 'p': "practices"}
	for i := range o {
		if o[i] != n[i] {
			if from != "" && (kind[o[i]] != from || kind[n[i]] != to) {
				return "", "" // traded both ways
			}
			from, to = kind[o[i]], kind[n[i]]
		}
	}
	return from, to
}

// noticeObjectVerdict is the verdict on a sentence whose notice of
// changes now announces changes of another object (noticeObjectTraded).
func (c *classifier) noticeObjectVerdict(ch redline.Change, sig *signals, removed, added, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !hasChangeWord(removed, added, old) || c.rb.categoryIndex("notice") < 0 {
		return Verdict{}, false
	}
	from, to := noticeObjectTraded(old, new)
	if from == "" {
		return Verdict{}, false
	}
	v := c.material(ch, "notice.scope", sig, removed, added, "")
	v.Direction = Expands // changes in practice the text does not show are no longer told
	if from == "document" {
		v.Direction = Restricts
	}
	say := map[string]string{"practices": "changes in our practices", "document": "changes to the document"}
	v.Reason = fmt.Sprintf("Which changes are announced: %s → %s: %s (%s)", say[from], say[to], quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}

// hasChangeWord is the cheap test before noticeObjectTraded: the sentence
// says a change, and a word of its object changed.
func hasChangeWord(removed, added, old []string) bool {
	objectWord := func(ws []string) bool {
		for _, w := range ws {
			if noticeDocumentNouns[w] || noticePracticeWords[w] {
				return true
			}
		}
		return false
	}
	if !objectWord(removed) && !objectWord(added) {
		return false
	}
	for _, w := range old {
		if policyChangeVerb[w] {
			return true
		}
	}
	return false
}
