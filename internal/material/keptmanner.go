package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// How and from when data is kept or deleted is a term of keeping it: "are
// automatically and permanently deleted after at most 60 days" losing
// "and permanently" (b36-20), "we will make efforts to delete it without
// delay" losing "without delay" (b34-23) say whether deletion is final
// and how soon it comes, though the sentence names data or the care taken
// of it; "stored for a maximum of 13 months from the time it is
// collected" → "from your last visit to our websites" (b28-11) moves when
// the period starts. Each is the retention and deletion of data (GDPR Art.
// 13(2)(a)), whatever else the sentence names.
//
// keptManner returns "retention" for a material verdict of another
// category whose change, of a few words on each side, either stands
// against a verb of keeping or deleting (keptMannerVerbs: right after it
// or after a pronoun that follows it, or right before it, as an adverb
// does) and names nothing of any category itself; or follows a period's
// start ("13 months from …") in a sentence with such a verb before it.
// "" keeps the verdict's category: "we delete your data" → "we delete and
// share your data" names sharing; a name or a number is a fact of its own.
func (c *classifier) keptManner(v Verdict, ch redline.Change) string {
	ow, nw, p, os, ns, ok := c.recategorisable(v, ch, "retention", keptMannerStems, keptMannerSpan)
	if !ok {
		return ""
	}
	changed := append(slices.Clone(ow[p:os]), nw[p:ns]...)
	manner := !(len(c.ix.strongHits(c.ix.fold(strings.Join(changed, " ")))) > 0) && mannerOnly(changed)
	if !c.keptAgainst(ow, p, os, manner) || !c.keptAgainst(nw, p, ns, manner) {
		return ""
	}
	return "retention"
}

// keptAgainst reports the change at ws[p:end] as keptManner reads it, on
// one side: a manner (mannerOnly) against a verb of keeping or deleting,
// or what follows a period's start.
func (c *classifier) keptAgainst(ws []string, p, end int, manner bool) bool {
	if manner {
		// "delete it [without delay]", "erase your profile photo [promptly]":
		// the verb, then what it deletes
		for j := p - 1; j >= 0 && p-j <= keptMannerObject+1; j-- {
			if endVerbs[ws[j]] {
				return true
			}
			if !objectWord(ws[j]) {
				break
			}
		}
		if end < len(ws) && endVerbs[ws[end]] {
			return true // "[and permanently] deleted"
		}
	}
	// "stored for a maximum of 13 months from [the time it is collected]",
	// "kept for 6 months from the date [they are created]"
	j := p - 1
	for j >= 0 && p-1-j < 3 && periodStartWords[ws[j]] {
		j--
	}
	return j >= 1 && periodFrom[ws[j]] && periodUnit(ws[j-1]) && slices.ContainsFunc(ws[:j-1], func(w string) bool { return keptMannerVerbs[w] || endVerbs[w] })
}

// keptMannerObject is the most words of what a verb of deleting deletes
// between it and how it deletes it.
const keptMannerObject = 4

// objectWord reports a word of what a verb acts on: a pronoun or a
// determiner ("it", "your"), or a word WordNet reads first as a noun or
// an adjective ("profile", "photo"). A verb, an adverb or a preposition
// ends it.
func objectWord(w string) bool {
	if keptMannerObjects[w] {
		return true
	}
	if e := wordNet().entries(w); len(e) > 0 {
		return e[0].pos[0] == 'n' || e[0].pos[0] == 'a' || e[0].pos[0] == 's'
	}
	return false
}

// periodStartWords may stand between a period's "from" and the moment it
// starts at: "from the date", "from the time of".
var periodStartWords = map[string]bool{"the": true, "date": true, "time": true, "moment": true, "day": true, "point": true, "of": true}

// mannerOnly reports changed words that say only how or when an act is
// done: adverbs ("and permanently"), or a phrase of manner or time led by
// a preposition ("without delay", "within a week"). "see or" in "never see
// or store" is another act; "use reasonable efforts to" in "use
// reasonable efforts to delete" a hedge on the act, not its manner.
func mannerOnly(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	if mannerLeads[ws[0]] {
		return true
	}
	wn := wordNet()
	for _, w := range ws {
		if w == "and" || w == "or" {
			continue
		}
		if e := wn.entries(w); len(e) == 0 || e[0].pos[0] != 'r' {
			return false
		}
	}
	return true
}

// mannerLeads lead a phrase of how or when an act is done.
var mannerLeads = map[string]bool{"without": true, "within": true, "immediately": true, "promptly": true}

// keptMannerSpan is the most words a side of the change may have.
const keptMannerSpan = 6

// endVerbs delete data: how and when they do it is how long it is kept.
var endVerbs = map[string]bool{"delete": true, "deletes": true, "deleted": true, "erase": true, "erases": true,
	"erased": true, "destroy": true, "destroys": true, "destroyed": true, "purge": true, "purged": true}

// keptMannerVerbs keep data: a period after them is how long. (How they
// keep it is not: "primarily stored on servers in …" is where, "securely
// stored" how safely.)
var keptMannerVerbs = map[string]bool{"retain": true, "retains": true, "retained": true, "keep": true, "keeps": true, "kept": true,
	"store": true, "stores": true, "stored": true}

// keptMannerObjects are the pronouns and determiners of what such a verb
// deletes: "delete it without delay", "erase your photo promptly".
var keptMannerObjects = map[string]bool{"it": true, "them": true, "this": true, "these": true, "those": true,
	"your": true, "the": true, "their": true, "our": true, "its": true, "all": true, "any": true, "such": true}

// keptMannerStems are the verbs of keptMannerVerbs by their stems, for
// the cheap test.
var keptMannerStems = []string{"retain", "keep", "kept", "stor", "delet", "eras", "destroy", "purge"}

// recategorisable returns the words of the changed sentences of a material
// verdict that another category (to) may claim, with the changed span
// (changedSpan), when the verdict is of another category than to and
// children, is no name or number (facts of their own), the change a
// Replace of at most span words on each side, and the old sentence holds
// one of stems (a cheap test before any word is split).
func (c *classifier) recategorisable(v Verdict, ch redline.Change, to string, stems []string, span int) (ow, nw []string, p, os, ns int, ok bool) {
	if v.Category == to || v.Category == "children" || ch.Kind != redline.Replace ||
		namesOwnFact(v.Rule) || c.rb.categoryIndex(to) < 0 {
		return
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if !containsAnyFold(so, stems) {
		return
	}
	ow, nw = plainWords(so), plainWords(sn)
	p, os, ns = changedSpan(ow, nw)
	if os-p > span || ns-p > span || os == p && ns == p {
		return
	}
	return ow, nw, p, os, ns, true
}
