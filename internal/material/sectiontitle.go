package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// The section rules (collectiontitle.go, retentiontitle.go,
// rightstitle.go, sharingtitle.go, cookietitle.go, aititle.go,
// securitytitle.go) file a change by the title of the section it is in,
// where that title names one item a notice gives and nothing else.

// titledAs reports a change the section rules may read under a heading
// titled tells of: one under such a heading (the innermost), not moved (a
// moved paragraph is read where it went), and not a paragraph whose own
// title files it as the verdict does (selfTitled). The title is asked
// first: it is a few map lookups, selfTitled a reading of the label.
func (c *classifier) titledAs(v Verdict, ch redline.Change, titled func(heading string) bool) bool {
	n := len(ch.Section)
	return ch.Kind != redline.Move && n > 0 && titled(ch.Section[n-1]) && !c.selfTitled(v, ch)
}

// purposeAdded reports a change of what data is used for: an act done
// with the data (usingAct) added or taken out, a clause of purpose added
// ("We use the information partner services provide to deliver our
// services" → "… and to personalize our marketing"), or a phrase of
// purpose grown ("for support" → "for support and marketing",
// purposePhraseGrown).
func (c *classifier) purposeAdded(ch redline.Change) bool {
	removed, added := c.writtenDiff(ch)
	if slices.ContainsFunc(removed, usingAct) || slices.ContainsFunc(added, usingAct) {
		return true
	}
	for i := 0; i+1 < len(added); i++ {
		if added[i] == "to" && verbFirst(added[i+1]) {
			return true // "to personalize our marketing"
		}
	}
	return ch.Kind == redline.Replace && c.purposePhraseGrown(ch)
}

// verbFirst reports a word WordNet files first as a verb ("personalize";
// not "partners", a noun first).
func verbFirst(w string) bool {
	e := wordNet().entries(w)
	return len(e) > 0 && e[0].pos[0] == 'v'
}

// sharedObject reports a change of what a verb of giving hands over, the
// party it goes to kept after it: "We share your email address with our
// partners" → "… your email address and location with our partners",
// "We provide your order number to our delivery company" → "… and your
// home address to …" is which data the party gets (as shareObject reads
// it nearer the verb).
func (c *classifier) sharedObject(ch redline.Change) bool {
	so, sn := c.changedSentences(ch.Old, ch.New)
	_, _, _, _, _, ok := givenObject(plainWords(so), plainWords(sn), 8)
	return ok
}

// handlerNamed reports a change that names a party given or working on
// the data ("and our analytics providers", "personnel and subcontractors
// may access"), or a verb that gives data to one ("We disclose it to
// Zorvex Analytics"; "provide" and "send" aside, which provide a service
// and send messages).
func (c *classifier) handlerNamed(ch redline.Change) bool {
	removed, added := c.writtenDiff(ch)
	named := func(w string) bool { return handlerNoun(w) || handingVerb(w) }
	return slices.ContainsFunc(removed, named) || slices.ContainsFunc(added, named)
}

// selfTitled reports a paragraph added or taken out whole that opens with
// a label of its own naming the category the verdict has ("Your
// California Privacy Rights: Under California Civil Code …", rights): the
// label, not the section, says what it is about. A label that names none
// ("Analytics Data: 180 days") leaves the paragraph to its section.
func (c *classifier) selfTitled(v Verdict, ch redline.Change) bool {
	if ch.Kind == redline.Replace {
		return false
	}
	text := ch.New
	if text == "" {
		text = ch.Old
	}
	text = strings.TrimSpace(text[:min(len(text), 120)]) // the label, if any, is at its start
	label, _, ok := strings.Cut(text, ":")
	if !ok || strings.ContainsAny(label, ".\n") || len(strings.Fields(label)) > 6 {
		return false
	}
	k, _, _ := c.categorize(c.ix.fold(label), nil, nil)
	return k == v.Category
}
