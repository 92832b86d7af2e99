package material

import (
	"fmt"
	"slices"
	"strings"
)

// actorGiven reports a participle that says what the reader did to
// something of theirs ("your user name and chosen password") on one side,
// and the same noun done by the author on the other ("the password we
// choose"): who acts is now said, and it is not the reader. A password
// the reader chooses is theirs; one the author chooses is another
// commitment. (Found writing the twins of b76-13, where "the password you
// choose" is the same.) It returns the two readings, "" when none.
func actorGiven(old, new []string) string {
	look := func(part, done []string) string {
		for i := 1; i+1 < len(done); i++ {
			if subjects[done[i]] != 1 {
				continue // the author: "we"
			}
			noun, verb := done[i-1], done[i+1]
			for j := 1; j+1 < len(part); j++ {
				if part[j+1] != noun || part[j] == verb {
					continue
				}
				if l, ok := participles[part[j]]; !(ok && l == verb || part[j] == verb+"ed" || part[j] == verb+"d") {
					continue
				}
				if !slices.Contains(part[max(0, j-4):j], "your") {
					continue // "stored data": whose act, the sentence does not say
				}
				return fmt.Sprintf("'%s %s' → '%s %s %s'", part[j], noun, noun, done[i], verb)
			}
		}
		return ""
	}
	if s := look(old, new); s != "" {
		return s
	}
	return look(new, old)
}

// readerTold reports an act said in the passive on one side, its doer
// unsaid ("Your data should be deleted when your account closes"), and
// asked of the reader on the other ("Please delete your data …",
// "Customers must encrypt their API keys", b205-25): the act is now the
// reader's to do. Only an act the rulebook names (deleting,
// keeping, sharing …) counts: a request the reader "should send" is
// theirs to send either way (b76-49). It returns the two readings, ""
// when none. (Found by a helper writing the twins of b76-49.)
func (c *classifier) readerTold(old, new []string) string {
	look := func(passive, asked []string) string {
		for i := 0; i+1 < len(asked); i++ {
			v := readerDuty(asked, i)
			if v < 0 {
				continue
			}
			verb := asked[v]
			if len(c.ix.strongHits(asked[v:v+1])) == 0 || slices.Contains(passive, verb) {
				continue
			}
			for j := 1; j < len(passive); j++ {
				if passive[j-1] != "be" && passive[j-1] != "is" && passive[j-1] != "are" {
					continue
				}
				if j >= 2 && passive[j-2] == "you" || j+1 < len(passive) && passive[j+1] == "by" {
					continue // "you are …", "are encrypted by us": the doer is said
				}
				var buf [16]string
				if slices.Contains(pastForms(buf[:0], passive[j]), verb) { // "deleted", "sold"
					return fmt.Sprintf("'%s %s' → '%s'", passive[j-1], passive[j], strings.Join(asked[i:v+1], " "))
				}
			}
		}
		return ""
	}
	if s := look(old, new); s != "" {
		return s
	}
	return look(new, old)
}

// readerSubjects are the reader, or the customers the reader may be, as
// the subject of a duty.
var readerSubjects = map[string]bool{"you": true, "customers": true, "customer": true, "users": true, "user": true, "clients": true, "client": true}

// readerDuty returns the index of the verb asked of the reader at
// ws[i]: "please delete", "you must delete", "customers need to delete",
// "you are required to delete"; -1 when none is asked there.
func readerDuty(ws []string, i int) int {
	if ws[i] == "please" {
		return i + 1
	}
	if !readerSubjects[ws[i]] || i+2 >= len(ws) {
		return -1
	}
	switch {
	case ws[i+1] == "must" || ws[i+1] == "should":
		return i + 2
	case (ws[i+1] == "need" || ws[i+1] == "require" || ws[i+1] == "have") && ws[i+2] == "to" && i+3 < len(ws):
		return i + 3
	case (ws[i+1] == "are" || ws[i+1] == "is") && ws[i+2] == "required" && i+4 < len(ws) && ws[i+3] == "to":
		return i + 4
	}
	return -1
}
