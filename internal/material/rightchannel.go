package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// How the reader may use a right of theirs is a term of it: "You may
// object to processing based on our legitimate interests" may be done
// any way; "… by post" only by letter. A channel put after the power
// limits it; dropped, the limit is lifted. The words are ordinary, so
// the rules read the same commitments; the channel is read here, only
// after a power the policy gives the reader (userPermission).

// channelNouns name a way of reaching the company.
var channelNouns = map[string]bool{"post": true, "mail": true, "letter": true, "phone": true, "telephone": true,
	"email": true, "fax": true, "person": true, "app": true, "form": true, "portal": true, "website": true, "chat": true}

// channelPrepositions open the channel a thing is done by.
var channelPrepositions = map[string]bool{"by": true, "through": true, "via": true, "in": true, "using": true}

// rightChannelPut returns the channel phrase put after (or dropped from)
// what the reader may do, the only words changed, and whether it was put.
func rightChannelPut(old, new []string) ([]string, bool) {
	_, phrase, put, ok := putSpan(old, new)
	if !ok || len(phrase) < 2 || len(phrase) > 7 || !channelPrepositions[phrase[0]] || !channelNouns[phrase[len(phrase)-1]] {
		return nil, false
	}
	for _, w := range phrase[1 : len(phrase)-1] {
		// "by post", "through the online portal", and a way of writing
		// said before it: "by writing to us by post" (b164-16)
		if w != "the" && w != "a" && w != "our" && w != "an" && w != "online" && w != "web" &&
			w != "to" && w != "us" && w != "writing" && !channelPrepositions[w] && !channelPhrases[w] && !channelNouns[w] {
			return nil, false
		}
	}
	return phrase, put
}

// rightChannelVerdict is the verdict on a channel put after or dropped
// from a power of the reader's (rightChannelPut).
func (c *classifier) rightChannelVerdict(ch redline.Change, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !channelNounIn(old) && !channelNounIn(new) {
		return Verdict{}, false
	}
	phrase, put := rightChannelPut(old, new)
	if phrase == nil || put && !c.userPermission(old, false) || !put && !c.userPermission(new, false) {
		return Verdict{}, false
	}
	cat := "rights"
	if c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".control", &signals{}, nil, nil, "")
	what, dir := "a channel put: only that way now", Expands
	if !put {
		what, dir = "a channel dropped: any way now", Restricts
	}
	v.Reason, v.Direction = fmt.Sprintf("How a right may be used changed, %s: %s (%s)", what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}

// channelNounIn is the cheap test before rightChannelPut.
func channelNounIn(ws []string) bool {
	for _, w := range ws {
		if channelNouns[w] {
			return true
		}
	}
	return false
}
