package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What the author's messages, offers or content are tailored by is a use
// of the reader's data: "marketing communications (where permitted)" →
// "marketing communications based on your purchase history (where
// permitted)" (b375-33) uses what the reader bought to choose what to
// send, a purpose the line did not have, though "purchase history" is no
// word of any category; so do "offers based on your card transactions"
// (b353-08), "tailored to your browsing history" (b358-07) and "content
// based on your device location" (b371-34), filed until now as the data
// they name.
//
// tailoredBy returns the phrase put in that makes something depend on the
// reader's data ("based on your purchase history"), "" where the change
// puts none in or the other side writes it too. The phrase is in words
// the change puts in: "based on", "tailored to" or "informed by", then
// "your", then up to four words to the end of the clause, none a
// choice of the reader's ("based on your consent", "tailored to your
// settings"); the other side must not write the opener, "your" and the
// word after it. Data "derived from your IP address" is data, read as
// such.
func tailoredBy(ch redline.Change) string {
	if ch.Kind != redline.Replace || !strings.Contains(ch.New, "your") {
		return ""
	}
	oldLower := ""
	for _, sp := range ch.Words {
		if sp.Op != redline.Inserted || !strings.Contains(sp.Text, "your") {
			continue
		}
		lower := strings.ToLower(sp.Text)
		for _, opener := range tailoringOpeners {
			i := strings.Index(lower, opener+" your ")
			if i < 0 {
				continue
			}
			ws := strings.Fields(lower[i:])
			n := len(strings.Fields(opener)) + 1 // the opener and "your"
			end := n
			for end < len(ws) && end < n+4 && !strings.ContainsAny(ws[end], ".,;:()<*[") {
				end++
			}
			if end < len(ws) && end < n+4 {
				end++ // the last word, its mark after it
			}
			phrase := strings.TrimRight(strings.Join(ws[:end], " "), ".,;:()<*[")
			if k := strings.IndexAny(phrase, "<*[("); k >= 0 {
				phrase = strings.TrimSpace(phrase[:k])
			}
			pw := strings.Fields(phrase)
			if len(pw) <= n || slices.ContainsFunc(pw[n:], func(w string) bool { return readerChoices[w] }) {
				continue // "based on your consent before you withdraw it"
			}
			if oldLower == "" {
				oldLower = strings.ToLower(ch.Old)
			}
			if strings.Contains(oldLower, strings.Join(pw[:n+1], " ")) {
				continue // "based on your usage" there before, written otherwise
			}
			return phrase
		}
	}
	return ""
}

// tailoringOpeners make what follows the basis something is chosen by.
var tailoringOpeners = []string{"based on", "tailored to", "informed by"}

// readerChoices are what the reader decides, not data about them: a
// thing done "based on your consent" or "tailored to your settings" is
// done as the reader asks.
var readerChoices = map[string]bool{"consent": true, "authorisation": true, "authorization": true,
	"instructions": true, "instruction": true, "request": true, "requests": true, "choice": true,
	"choices": true, "settings": true, "preferences": true, "permission": true, "agreement": true,
	"needs": true, "selection": true, "selections": true}

// tailoredVerdict is the verdict on a change that tailors something by the
// reader's data (tailoredBy): a purpose added.
func (c *classifier) tailoredVerdict(ch redline.Change, phrase string) Verdict {
	v := c.material(ch, "purposes.wording", &signals{}, nil, nil, "")
	so, sn := c.changedSentences(ch.Old, ch.New)
	v.Reason, v.Direction = "Purpose added: what is sent or shown now depends on the reader's data, '"+phrase+"': "+quoteChange(so, sn), Expands
	return v
}
