package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// mindAdverbs say in what state of mind an act is done, which decides
// which acts a sentence covers: "information you knowingly provide" is
// not all the information you provide, nor "data you voluntarily share"
// all you share. Each is of one kind; a word traded for one of its own
// kind ("knowingly" → "consciously") says the same.
var mindAdverbs = map[string]string{
	"knowingly": "knowing", "wittingly": "knowing", "consciously": "knowing",
	"unknowingly": "unknowing", "unwittingly": "unknowing", "inadvertently": "unknowing", "accidentally": "unknowing", "unintentionally": "unknowing",
	"intentionally": "intended", "deliberately": "intended", "purposely": "intended", "purposefully": "intended", "wilfully": "intended", "willfully": "intended",
	"voluntarily": "willing", "willingly": "willing", "freely": "willing",
	"actively": "active", "passively": "passive",
}

// mindChanged returns an adverb of mindAdverbs one side puts on an act
// that the other does not, no adverb of its kind standing there instead,
// and whether it is the new side that says it: "any information you
// knowingly provide to us" → "any information you provide to us" covers
// what you provide unknowing too. The rest of the sentence is the same
// words: the adverb is all that changed.
func mindChanged(old, new, removed, added []string) (string, bool) {
	kinds := func(ws []string) []string {
		var ks []string
		for _, w := range ws {
			if k, ok := mindAdverbs[w]; ok && !slices.Contains(ks, k) {
				ks = append(ks, k)
			}
		}
		return ks
	}
	ko, kn := kinds(old), kinds(new)
	for _, w := range removed {
		if k, ok := mindAdverbs[w]; ok && !slices.Contains(kn, k) && !slices.Contains(added, w) {
			return w, false
		}
	}
	for _, w := range added {
		if k, ok := mindAdverbs[w]; ok && !slices.Contains(ko, k) && !slices.Contains(removed, w) {
			return w, true
		}
	}
	return "", false
}

// mindVerdict is the verdict on an adverb of mind put on, or taken from,
// an act (mindChanged). Asked only where one is among the words removed
// or added.
func (c *classifier) mindVerdict(ch redline.Change, cat string, sig *signals, removed, added, fOld, fNew []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !slices.ContainsFunc(removed, isMindAdverb) && !slices.ContainsFunc(added, isMindAdverb) {
		return Verdict{}, false
	}
	w, put := mindChanged(fOld, fNew, removed, added)
	if w == "" {
		return Verdict{}, false
	}
	// The act the adverb qualifies says what changed: what the reader
	// knowingly gives is which data is collected ("any information you
	// knowingly provide"), whatever the sentence does with it.
	side := fOld
	if put {
		side = fNew
	}
	if i := slices.Index(side, w); i > 0 && i+1 < len(side) && side[i-1] == "you" && readerGives[side[i+1]] && c.rb.categoryIndex("data") >= 0 {
		cat = "data"
	}
	v := c.material(ch, cat+".scope", sig, removed, added, "")
	verb, dir := "widened", Expands
	if put {
		verb, dir = "narrowed", Restricts
	}
	v.Reason, v.Direction = fmt.Sprintf("Scope %s: a word saying in what state of mind the act is done, %s, %s: %s (%s)", verb, quoteWords([]string{w}), map[bool]string{true: "added", false: "removed"}[put], quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}

// readerGives are the folded verbs by which the reader gives the company
// something of theirs.
var readerGives = map[string]bool{"provide": true, "give": true, "share": true, "submit": true, "send": true, "disclose": true,
	"upload": true, "post": true, "enter": true, "supply": true, "transmit": true}

func isMindAdverb(w string) bool { _, ok := mindAdverbs[w]; return ok }
