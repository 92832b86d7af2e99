package material

import (
	"fmt"
	"slices"
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
// same commitments. The limit is read here, and so is a denial, under
// which an adjective put denies fewer things ("We will not send you
// unsolicited emails" → "… frequent unsolicited emails"), unless it is
// praise. So is a phrase of a participle after the noun ("promotional
// emails about products related to your past purchases" → "… about
// products"). The adjective said another way ("important" → "key") is no
// change.

// confiningWords are the limits under which an object's qualifier
// confines the commitment; denyingWords the denials, under which it
// confines what is denied: "We will not send you unsolicited emails" →
// "… frequent unsolicited emails" denies only some.
var (
	confiningWords = map[string]bool{"only": true, "solely": true, "exclusively": true}
	denyingWords   = map[string]bool{"not": true, "never": true}
)

// confinedQualifier returns the adjective put or dropped before a noun
// both sides keep (or before an adjective of it), a few words after a
// limit or a denial both keep, whether it was put, and whether a denial
// stands over it: "only send you important service communications" →
// "only send you service communications" gives "important", false,
// false.
func confinedQualifier(old, new []string) (string, bool, bool) {
	p, os, ns := changedSpan(old, new)
	long, end, put := old, os, false
	switch {
	case os == p+1 && ns == p:
	case ns == p+1 && os == p:
		long, end, put = new, ns, true
	default:
		return "", false, false
	}
	if end >= len(long) {
		return "", false, false
	}
	w, head := long[p], long[end]
	wn := wordNet()
	// "much longer than" is a comparison's degree (comparativedegree.go)
	if _, degree := degreeWords[w]; !adjectiveFirst(wn, w) || quantifier(w) || degree || boundComparatives[head] {
		return "", false, false
	}
	if adjectiveFirst(wn, head) && end+1 < len(long) && !adjectiveFirst(wn, long[end+1]) && lexPOS(long[end+1], 'n') {
		head = long[end+1] // "frequent unsolicited emails"
	} else if adjectiveFirst(wn, head) || !lexPOS(head, 'n') {
		return "", false, false
	}
	for j := p - 1; j >= 0 && j >= p-6; j-- {
		if confiningWords[long[j]] {
			return w, put, false
		}
		if denyingWords[long[j]] && !praiseWords[w] {
			return w, put, true
		}
		if relativeWords[long[j]] || conditionOpeners[long[j]] || long[j] == "and" || long[j] == "or" {
			break
		}
	}
	return "", false, false
}

// confinedParticiple returns a phrase of a participle put after a noun
// both sides keep, or dropped, a few words after an "only" both keep, and
// whether it was put: "only receive promotional emails about products
// related to your past purchases" → "… about products" gives "related
// to your past purchases", false. It says which ones, as a relative
// clause does (relativeClauseChanged).
func confinedParticiple(old, new []string) (string, bool) {
	p, os, ns := changedSpan(old, new)
	long, end, put := old, os, false
	switch {
	case ns == p && os >= p+3:
	case os == p && ns >= p+3:
		long, end, put = new, ns, true
	default:
		return "", false
	}
	if p == 0 || !lexPOS(long[p-1], 'n') || adjectiveFirst(wordNet(), long[p-1]) {
		return "", false
	}
	part := long[p]
	if !(strings.HasSuffix(part, "ed") || participles[part] != "") || !lexPOS(part, 'v') || !isLinkPreposition(long[p+1]) {
		return "", false
	}
	for j := p - 2; j >= 0 && j >= p-8; j-- {
		if confiningWords[long[j]] {
			return strings.Join(long[p:end], " "), put
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
	w, put, denied := confinedQualifier(old, new)
	if w == "" {
		w, put = confinedParticiple(old, new)
	}
	if w == "" {
		w, put, denied = turnedQualifier(old, new)
	}
	if w == "" {
		return Verdict{}, false
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".scope", &signals{}, nil, nil, "")
	verb, how, what := "widened", "removed", "the commitment is confined to"
	v.Direction = Expands
	if put {
		verb, how, v.Direction = "narrowed", "added", Restricts
	}
	if denied {
		// A denial of fewer things allows more.
		what = "a denial covers"
		if put {
			v.Direction = Expands
		} else {
			v.Direction = Restricts
		}
	}
	words := "a word"
	if strings.Contains(w, " ") {
		words = "a phrase"
	}
	v.Reason = fmt.Sprintf("Scope %s: %s saying which ones %s, %s, %s: %s (%s)", verb, words, what, quoteWords([]string{w}), how, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}

// turnedQualifier is confinedQualifier where the noun phrase is turned
// round as well: "does not store payment card information" → "does not
// store the complete information of the payment card" denies only the
// complete information (b298-06). Apart from "the", "a", "an" and "of",
// the two sides write the same words but one adjective, put or dropped,
// a few words after a limit or a denial that side keeps.
func turnedQualifier(old, new []string) (string, bool, bool) {
	limit := func(w string) bool { return confiningWords[w] || denyingWords[w] }
	if !slices.ContainsFunc(old, limit) || !slices.ContainsFunc(new, limit) {
		return "", false, false // the cheap test first: no limit or denial kept
	}
	filler := func(w string) bool { return w == "the" || w == "a" || w == "an" || w == "of" }
	count := func(ws []string) map[string]int {
		m := map[string]int{}
		for _, w := range ws {
			if !filler(w) {
				m[w]++
			}
		}
		return m
	}
	co, cn := count(old), count(new)
	var extra []string
	put := false
	for w, n := range cn {
		for range n - co[w] {
			extra, put = append(extra, w), true
		}
	}
	for w, n := range co {
		for range n - cn[w] {
			extra = append(extra, w)
		}
	}
	if len(extra) != 1 || put && len(co) != len(cn)-1 || !put && len(cn) != len(co)-1 {
		return "", false, false
	}
	w := extra[0]
	wn := wordNet()
	if _, degree := degreeWords[w]; !adjectiveFirst(wn, w) || quantifier(w) || degree || praiseWords[w] {
		return "", false, false
	}
	long := old
	if put {
		long = new
	}
	p := slices.Index(long, w)
	for j := p - 1; j >= 0 && j >= p-8; j-- {
		if confiningWords[long[j]] {
			return w, put, false
		}
		if denyingWords[long[j]] {
			return w, put, true
		}
		if relativeWords[long[j]] || conditionOpeners[long[j]] || long[j] == "and" || long[j] == "or" {
			break
		}
	}
	return "", false, false
}
