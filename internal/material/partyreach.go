package material

import (
	"github.com/redline-legal/redline/internal/redline"
)

// A clause added that lets a party see the reader's data, or has it
// reported to one, names whom the data is disclosed to, whatever the
// line was about: "System activity logs record user actions to detect
// unauthorised access or misuse" → "…, and workspace administrators can
// review each user's activity" (b381-06); "… which workspace
// administrators can view and export" (b381-25); "we try to identify when
// and how you use those websites too, and report this to your
// organisation’s account administrator" (b381-13). The audit log is a
// security measure and the usage a kind of data, but what the change
// adds is an audience (GDPR Art. 13(1)(e)), as visibleto.go reads "visible
// to all members".
//
// partyReach returns "recipients" for a material verdict of another
// category (transfers aside, as sharingAdded) whose change only adds
// words, where those words hold a party (a noun WordNet files under
// people or groups, not the reader nor the author) before a verb of
// looking into data after "can", "may" or "will" ("can view", "may
// access"), or a verb of telling followed by "to" and such a party. A
// party of the author's ("so our assistant can see them") is none, and a
// party that may look and delete, correct or update ("parents may review
// and delete their child's information") holds a right.
func (c *classifier) partyReach(v Verdict, ch redline.Change) string {
	if v.Category == "recipients" || v.Category == "transfers" || c.rb.categoryIndex("recipients") < 0 || ch.Kind != redline.Replace || !reachInserted(ch.Words) {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if so == "" || sn == "" {
		return ""
	}
	_, added := wordsPutIn(so, sn)
	if len(added) < 3 {
		return "" // words taken out or changed: the other rules read what was there
	}
	party := func(w string) bool {
		return !readerWords[w] && !parties[w] && !workforceNouns[w] && groupOrPerson(w) // the author's own people are none (workforce.go)
	}
	for i, w := range added {
		if party(w) && (i == 0 || added[i-1] != "our") {
			j, modal := i+1, false
			for j < len(added) && (added[j] == "can" || added[j] == "may" || added[j] == "will" || added[j] == "also") {
				modal = modal || added[j] != "also"
				j++
			}
			// "can review each user's activity"; not "AI review
			// accounts", a noun, nor "may review and delete their
			// child's information", a right of the party's.
			if modal && j < len(added) && lookingVerbs[added[j]] && !(j+2 < len(added) && added[j+1] == "and" && rightVerbs[added[j+2]]) {
				return "recipients"
			}
		}
		if tellingVerbs[w] {
			for j := i + 1; j < min(len(added), i+3); j++ {
				if added[j] != "to" {
					continue
				}
				for k := j + 1; k < min(len(added), j+6); k++ {
					if party(added[k]) {
						return "recipients"
					}
				}
			}
		}
	}
	return ""
}

// lookingVerbs are the verbs of a party looking into data.
var lookingVerbs = map[string]bool{"view": true, "views": true, "review": true, "reviews": true, "see": true, "sees": true,
	"access": true, "accesses": true, "read": true, "reads": true, "export": true, "exports": true, "monitor": true, "monitors": true,
	"download": true, "downloads": true, "inspect": true, "inspects": true, "audit": true, "audits": true}

// tellingVerbs are the verbs of making data known to someone.
var tellingVerbs = map[string]bool{"report": true, "reports": true, "disclose": true, "discloses": true, "reveal": true, "reveals": true,
	"show": true, "shows": true}

// rightVerbs are the acts of a right over data, after a verb of looking.
var rightVerbs = map[string]bool{"delete": true, "correct": true, "update": true, "erase": true, "rectify": true, "edit": true, "change": true, "amend": true}

// reachInserted is partyReach's cheap test on the word-level edit
// script: words put in, none of substance taken out, and among those put
// in a verb of looking or of telling.
func reachInserted(words []redline.Span) bool {
	return insertedWord(words, func(w string) bool { return lookingVerbs[w] || tellingVerbs[w] })
}
