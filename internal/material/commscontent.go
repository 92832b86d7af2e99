package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What of a communication is collected, its record or its content, are
// two kinds of data the law tells apart (traffic data and content under
// the ePrivacy rules, metadata and content under wiretap laws): "call
// logs" say who called whom and when, "call recordings" what was said.
// The nouns that say which are ordinary English, and "records" and
// "recordings" share a stem, so a trade of one for the other reads as
// the same words; it is read here. A noun traded within one kind ("call
// logs" → "call records", "voice recordings" → "audio recordings") says
// the same data.

// commsRecordNouns name the record of a communication or an activity: when,
// between whom, how long.
var commsRecordNouns = map[string]bool{"log": true, "logs": true, "history": true, "histories": true, "record": true, "records": true,
	"metadata": true, "header": true, "headers": true, "detail": true, "details": true, "timestamp": true, "timestamps": true,
	"duration": true, "durations": true}

// commsContentNouns name what a communication says or shows.
var commsContentNouns = map[string]bool{"recording": true, "recordings": true, "content": true, "contents": true, "transcript": true,
	"transcripts": true, "transcription": true, "transcriptions": true, "audio": true, "body": true, "bodies": true,
	"attachment": true, "attachments": true}

// recordContentTraded returns the record noun and the content noun where
// the only words that changed (at most three on each side) trade one kind
// for the other, and whether the content is new's.
func recordContentTraded(old, new []string) (record, content string, toContent, ok bool) {
	p, os, ns := changedSpan(old, new)
	if os-p == 0 || ns-p == 0 || os-p > 3 || ns-p > 3 {
		return "", "", false, false
	}
	kinds := func(ws []string) (r, c string, other bool) {
		for _, w := range ws {
			switch {
			case commsRecordNouns[w]:
				r = w
			case commsContentNouns[w]:
				c = w
			case w == "and" || w == "or" || w == "of" || w == "the" || w == "your" || w == "their":
			default:
				other = true
			}
		}
		return r, c, other
	}
	or, oc, oo := kinds(old[p:os])
	nr, nc, no := kinds(new[p:ns])
	switch {
	case oo || no:
		return "", "", false, false
	case or != "" && oc == "" && nc != "" && nr == "":
		return or, nc, true, true
	case oc != "" && or == "" && nr != "" && nc == "":
		return nr, oc, false, true
	}
	return "", "", false, false
}

// recordContentVerdict is the verdict on a change that trades the record
// of a communication for its content, or back (recordContentTraded).
func (c *classifier) recordContentVerdict(ch redline.Change, sig *signals, removed, added, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !recordOrContentIn(removed) || !recordOrContentIn(added) || c.rb.categoryIndex("data") < 0 {
		return Verdict{}, false
	}
	record, content, toContent, ok := recordContentTraded(old, new)
	if !ok {
		return Verdict{}, false
	}
	v := c.material(ch, "data.wording", sig, removed, added, "")
	what, dir := fmt.Sprintf("its record ('%s') → its content ('%s')", record, content), Expands
	if !toContent {
		what, dir = fmt.Sprintf("its content ('%s') → its record ('%s')", content, record), Restricts
	}
	v.Reason, v.Direction = fmt.Sprintf("Other data: what of a communication is collected, %s: %s (%s)", what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}

// recordOrContentIn is the cheap test before recordContentTraded.
func recordOrContentIn(ws []string) bool {
	for _, w := range ws {
		if commsRecordNouns[w] || commsContentNouns[w] {
			return true
		}
	}
	return false
}
