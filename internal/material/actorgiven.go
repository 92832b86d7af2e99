package material

import (
	"fmt"
	"slices"
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
// asked of the reader on the other ("Please delete your data …"): the act
// is now the reader's to do. Only an act the rulebook names (deleting,
// keeping, sharing …) counts: a request the reader "should send" is
// theirs to send either way (b76-49). It returns the two readings, ""
// when none. (Found by a helper writing the twins of b76-49.)
func (c *classifier) readerTold(old, new []string) string {
	look := func(passive, asked []string) string {
		for i := 0; i+1 < len(asked); i++ {
			if asked[i] != "please" {
				continue
			}
			verb := asked[i+1]
			if len(c.ix.strongHits(asked[i+1:i+2])) == 0 {
				continue
			}
			for j := 1; j < len(passive); j++ {
				if passive[j-1] != "be" {
					continue
				}
				var buf [16]string
				if slices.Contains(pastForms(buf[:0], passive[j]), verb) { // "deleted", "sold"
					return fmt.Sprintf("'be %s' → 'please %s'", passive[j], verb)
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
