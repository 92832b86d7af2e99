package material

import (
	"github.com/redline-legal/redline/internal/redline"
)

// What a right of the reader's covers is a term of that right: "You have
// the right to object to any processing based on our legitimate
// interests" → "… to processing based on our legitimate interests in
// certain circumstances" (b6-16) narrows the right to object, though the
// words changed stand beside a legal basis; "you may withdraw that
// consent at any time" → "withdraw that consent, in writing, at any time"
// (b30-33) puts a form on withdrawing it; "Object to processing based on
// legitimate interests or for direct marketing" → "Object to processing
// for direct marketing" (b33-37) and "the right to restriction of
// processing" → "…, including by objecting to it" (b36-12) change what
// the reader may object to or restrict. What the right is exercised on is
// named by the sentence, but what changed is the right (GDPR Art. 13(2)(b)).
//
// rightObject returns "rights" for a material verdict of another category
// whose change, of a few words, follows within rightReach words a word of
// a right the reader exercises over processing (rightObjectWords), no
// "we" or "us" between (the author's clause), with
// the reader, or no one, as who exercises it: the nearest person before
// that word is "you", or there is none ("Object to processing …", "the
// right to restriction of processing"). "We may withdraw this offer" is
// the author's act. "" keeps the verdict's category; so do a name or a
// number (a new party, a deadline: facts of their own) and an age.
func (c *classifier) rightObject(v Verdict, ch redline.Change) string {
	ow, nw, p, _, _, ok := c.recategorisable(v, ch, "rights", rightObjectStems, rightSpan)
	if !ok {
		return ""
	}
	for _, ws := range [][]string{ow, nw} {
		a := -1
		for i := p - 1; i >= max(p-rightReach, 0); i-- {
			if rightObjectWords[ws[i]] {
				a = i
				break
			}
			if personWords[ws[i]] && ws[i] != "you" {
				return "" // another clause, the author's: "…, and we will then …"
			}
		}
		if a < 0 {
			return ""
		}
		for i := a - 1; i >= 0; i-- {
			if personWords[ws[i]] {
				if ws[i] != "you" {
					return "" // the author's act: "we may withdraw"
				}
				break
			}
		}
	}
	return "rights"
}

// rightSpan is the most words a side of the change may have.
const rightSpan = 10

// rightReach is how many words before the change the word of the right
// may stand: "object to any …", "withdraw that consent …", "restriction of
// processing …". Further on, a change is in what the sentence goes on to
// say: "opt out of … where technically feasible" is a condition of the
// author's, "object to the use of … data or voice clips for" what is used.
const rightReach = 4

// rightObjectWords are the words of a right the reader exercises over the
// processing of their data: to object to it, to withdraw consent to it,
// to restrict it, to opt out of it, to unsubscribe; and the rights of
// erasure, rectification and portability by their nouns. ("access" and
// "delete" are also what the author does; "request" what anyone asks.)
// "right" itself, the reader's: what "you have a right to" is followed by
// is what the right covers, whatever the sentence names around it ("you
// have a right to a judicial remedy and to lodge a complaint", in a
// sentence naming the EEA and the UK, b58-18, is no transfer); the
// author's "we reserve the right to" is kept out by who holds it.
var rightObjectWords = map[string]bool{"object": true, "objecting": true, "objection": true,
	"withdraw": true, "withdrawing": true, "withdrawal": true, "restrict": true, "restricting": true,
	"restriction": true, "opt": true, "unsubscribe": true, "erasure": true, "rectification": true, "portability": true,
	"right": true}

// rightObjectStems are the words of rightObjectWords by their stems, for
// the cheap test.
var rightObjectStems = []string{"object", "withdraw", "restrict", "opt", "unsubscribe", "erasure", "rectification", "portability", "right"}

// containsAnyFold reports s holding one of stems, which are lower case,
// in any case.
func containsAnyFold(s string, stems []string) bool {
	return containsFoldAny(s, stems)
}
