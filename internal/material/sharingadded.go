package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A clause added that gives data to a party names a recipient, whatever
// the section it is added in is about: "These technologies help us
// understand website usage and improve marketing performance" → "…, and
// share your approximate location with our advertising partners" (b371-09)
// is no purpose of the cookies, though it is an item added to the
// sentence's list. (Under the title of a legal ground, "Service
// improvement and analytics" → "…, and sharing webinar attendance with
// event sponsors", b372-25, is what the ground covers: itemsection.go.) A
// party added to the sentence's own verb of giving ("We may share
// your information … with your explicit consent" → "…, and with sponsors
// of webinars you register for", b372-36) is one too.
//
// sharingAdded returns "recipients" for a material verdict of another
// category (transfers aside: a country data goes to is read there; and
// rights: "You may ask us to delete the personal information we collected"
// → "…, including information we shared with our advertising partners"
// says what the right reaches) whose
// change only adds words, where those words give data to a party: a verb
// of giving (givingVerbs, or "upload"; "provide" and "send" do not count,
// they provide a service and send messages) and, after it, "with" or "to" before a
// party that is not the reader or the author; or, after such a verb in
// the words before the change, "with" or "to" opening what is added.
func (c *classifier) sharingAdded(v Verdict, ch redline.Change) string {
	if v.Category == "recipients" || v.Category == "transfers" || v.Category == "rights" || c.rb.categoryIndex("recipients") < 0 || !c.sharingClauseAdded(ch) {
		return ""
	}
	return "recipients"
}

// sharingClauseAdded reports a change that only adds words, which give
// data to a party (sharingAdded).
func (c *classifier) sharingClauseAdded(ch redline.Change) bool {
	if ch.Kind != redline.Replace || !givingInserted(ch.Words) {
		return false
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if so == "" || sn == "" || !containsFold(sn, " with ") && !containsFold(sn, " to ") {
		return false
	}
	before, added := wordsPutIn(so, sn)
	if len(added) < 2 {
		return false // words taken out or changed: the other rules read what was there
	}
	giving := func(w string) bool { return handingVerb(w) || strings.HasPrefix(w, "upload") }
	partyAfter := func(ws []string, i int) bool {
		// ws[i] is "with" or "to": a party follows, not the reader or us.
		if i+1 >= len(ws) {
			return false
		}
		n := ws[i+1]
		if readerWords[n] || n == "us" || n == "them" || n == "it" || n == "or" || n == "and" {
			return false // "upload to or sync with": the party is named later, if at all
		}
		// "upload to or sync with the Service": the author's own product
		for _, w := range ws[i+1 : min(i+4, len(ws))] {
			if ownProductNouns[strings.ToLower(w)] {
				return false
			}
		}
		return true
	}
	if g := slices.IndexFunc(added, giving); g >= 0 {
		for i := g + 1; i < len(added); i++ {
			if (added[i] == "with" || added[i] == "to") && partyAfter(added, i) {
				return true
			}
		}
		return false
	}
	// "…, and with sponsors of …": the sentence's own verb of giving.
	i := 0
	for i < len(added) && (added[i] == "and" || added[i] == "or") {
		i++
	}
	if i < len(added) && added[i] == "with" && partyAfter(added, i) && slices.ContainsFunc(before, giving) {
		return true
	}
	return false
}

// wordsPutIn returns, in plain words, the words of the new sentence sn
// before those it puts into so, and those it puts in, where it only puts
// words in; nil, nil where words were taken out or changed too.
func wordsPutIn(so, sn string) (before, added []string) {
	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	if os != p {
		return nil, nil
	}
	return nw[:p], nw[p:ns]
}

// givingInserted is sharingClauseAdded's cheap test on the word-level
// edit script: words put in, none of substance taken out, and among those
// put in a verb of giving or a "with".
func givingInserted(words []redline.Span) bool {
	return insertedWord(words, func(w string) bool { return givingVerbs[w] || w == "with" || strings.HasPrefix(w, "upload") })
}

// insertedWord reports a word-level edit script that puts words in and
// takes none of substance out, one of the words put in one hit holds.
func insertedWord(words []redline.Span, hit func(string) bool) bool {
	found := false
	for _, sp := range words {
		switch sp.Op {
		case redline.Deleted:
			if strings.Trim(sp.Text, " \t\n,.;:") != "" {
				return false
			}
		case redline.Inserted:
			for _, w := range strings.Fields(sp.Text) {
				if hit(strings.ToLower(strings.Trim(w, ",.;:()"))) {
					found = true
				}
			}
		}
	}
	return found
}

// ownProductNouns name the author's own product, no party: "upload to the
// Service", "share with our app".
var ownProductNouns = map[string]bool{"service": true, "services": true, "platform": true, "app": true,
	"apps": true, "website": true, "site": true, "account": true}

// handingVerb reports a verb of giving (givingVerbs) that hands data over:
// "provide" and "send" do not, they provide a service and send messages.
func handingVerb(w string) bool {
	return givingVerbs[w] && w != "provide" && w != "provides" && w != "send" && w != "sends"
}
