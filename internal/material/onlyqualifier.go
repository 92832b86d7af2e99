package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Under "only", the words of the object say what the commitment is
// confined to, praise as much as any: "We will only send you important
// service communications" → "We will only send you service
// communications" may now send any; "We only email you about essential
// account changes" → "… about account changes" about every one. Without
// the limit such a word is puffery ("We send you important updates"),
// and the rules read it so (praiseWords); an adjective is ordinary
// English, so they read grammar, wording not about personal data or the
// same commitments. The limit is read here. The adjective said another
// way ("important" → "key") is no change.

// confiningWords are the limits under which an object's qualifier
// confines the commitment.
var confiningWords = map[string]bool{"only": true, "solely": true, "exclusively": true}

// confinedQualifier returns the adjective put or dropped before a noun
// both sides keep, a few words after a limit both keep, and whether it
// was put: "only send you important service communications" → "only send
// you service communications" gives "important", false.
func confinedQualifier(old, new []string) (string, bool) {
	p, os, ns := changedSpan(old, new)
	long, end, put := old, os, false
	switch {
	case os == p+1 && ns == p:
	case ns == p+1 && os == p:
		long, end, put = new, ns, true
	default:
		return "", false
	}
	if end >= len(long) {
		return "", false
	}
	w, head := long[p], long[end]
	wn := wordNet()
	if !adjectiveFirst(wn, w) || adjectiveFirst(wn, head) || !lexPOS(head, 'n') || quantifier(w) {
		return "", false
	}
	for j := p - 1; j >= 0 && j >= p-6; j-- {
		if confiningWords[long[j]] {
			return w, put
		}
		if relativeWords[long[j]] || conditionOpeners[long[j]] || long[j] == "and" || long[j] == "or" {
			break
		}
	}
	return "", false
}

// confinedQualifierVerdict is the verdict on a qualifier put to or taken
// from what an "only" confines a commitment to (confinedQualifier).
func (c *classifier) confinedQualifierVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	w, put := confinedQualifier(old, new)
	if w == "" {
		return Verdict{}, false
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".scope", &signals{}, nil, nil, "")
	verb, how := "widened", "removed"
	v.Direction = Expands
	if put {
		verb, how, v.Direction = "narrowed", "added", Restricts
	}
	v.Reason = fmt.Sprintf("Scope %s: a word saying which ones the commitment is confined to, %s, %s: %s (%s)", verb, quoteWords([]string{w}), how, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}
