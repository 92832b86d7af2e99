package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Whose a thing is, is who holds the data or whose rules bind it:
// "Your support requests are read by our own staff" → "… by other staff"
// hands them to people the author does not employ; "We store your data
// on our own servers" → "… on other servers" puts it with another host;
// "Partners receive your data under the terms of this policy" → "…
// under the terms of their own policies" lets another party's policy
// govern it (as "to this Privacy Policy" → "to their own privacy
// policies" did). "our", "own", "other", "their" and "this" are pronouns,
// determiners or ordinary English, so the rules read the same
// commitments; whose it is, is read here. The same owner said another
// way ("our own servers" → "servers we own", "our staff" → "our own
// staff") is no change. So is the reader's own: "Your health records
// are only accessible to your own doctor" → "… to another doctor".

// ownerWords are the words a changed span of this family may hold: the
// author's possessives and "this" document, and the words of another
// party's.
var (
	authorOwner = map[string]bool{"our": true, "ours": true}
	readerOwner = map[string]bool{"your": true, "yours": true}
	otherOwner  = map[string]bool{"their": true, "other": true, "another": true, "third": true, "third-party": true, "external": true,
		"outside": true, "others": true, "others'": true}
	ownerFiller = map[string]bool{"own": true, "party": true, "the": true}
	// governingDocs are what "this" names when the policy itself governs.
	governingDocs = map[string]bool{"policy": true, "policies": true, "notice": true, "notices": true, "statement": true, "statements": true,
		"terms": true, "agreement": true, "agreements": true}
)

// ownerSide returns "author", "reader" or "other" for a changed span that only says
// whose the noun after it is, "" for any other span. head is the noun.
func ownerSide(span []string, head string) string {
	side := ""
	for _, w := range span {
		var s string
		switch {
		case authorOwner[w]:
			s = "author"
		case w == "this" && governingDocs[head]:
			s = "author"
		case readerOwner[w]:
			s = "reader"
		case otherOwner[w]:
			s = "other"
		case ownerFiller[w]:
			continue
		default:
			return ""
		}
		if side != "" && side != s {
			return ""
		}
		side = s
	}
	return side
}

// ownerChanged returns the words that say whose a noun is, on each side,
// where the author's became another party's or the reverse, the noun
// kept (or only made plural): "our own staff" → "other staff" gives "our
// own", "other".
func ownerChanged(old, new []string) (string, string) {
	p, os, ns := changedSpan(old, new)
	so, sn := old[p:os], new[p:ns]
	var head string
	switch {
	case os < len(old) && ns < len(new):
		head = old[os]
	case len(so) > 1 && len(sn) > 1 && nounBase(so[len(so)-1]) == nounBase(sn[len(sn)-1]):
		// "this policy" → "their own policies", "this privacy notice" →
		// "their own privacy notices"
		head = so[len(so)-1]
		so, sn = so[:len(so)-1], sn[:len(sn)-1]
		for len(so) > 1 && len(sn) > 1 && so[len(so)-1] == sn[len(sn)-1] {
			so, sn = so[:len(so)-1], sn[:len(sn)-1]
		}
	default:
		return "", ""
	}
	if len(so) == 0 || len(sn) == 0 || len(so) > 3 || len(sn) > 3 || !lexPOS(head, 'n') {
		return "", ""
	}
	wo, wn := ownerSide(so, head), ownerSide(sn, head)
	if wo == "" || wn == "" || wo == wn {
		return "", ""
	}
	return strings.Join(so, " "), strings.Join(sn, " ")
}

// ownerVerdict is the verdict on whose a thing is, changed between the
// author and another party (ownerChanged).
func (c *classifier) ownerVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	wo, wn := ownerChanged(old, new)
	if wo == "" {
		return Verdict{}, false
	}
	if (cat == "" || cat == "unclassified") && c.rb.categoryIndex("recipients") >= 0 {
		cat = "recipients"
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".party", &signals{}, nil, nil, "")
	v.Direction = Expands
	if ownerSide(strings.Fields(wn), "policy") == "author" {
		v.Direction = Restricts
	}
	v.Reason = fmt.Sprintf("Whose it is changed, the author's or another party's, '%s' → '%s': %s (%s)", wo, wn, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}

// nounBase is a noun without its plural ending: "policies" is "policy".
func nounBase(w string) string {
	if b, ok := strings.CutSuffix(w, "ies"); ok && len(b) > 2 {
		return b + "y"
	}
	return strings.TrimSuffix(w, "s")
}
