package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A verb saying what one thing does to another is a term of reach:
// "affect", "change" or "impact" cover any change, "reduce", "limit" or
// "adversely affect" only a loss. "Updates that don't affect your rights
// will be posted with an updated date" → "Updates that don't reduce your
// rights …" lets changes that alter or add to rights go out with no
// more notice than a date (b49-38); "does not limit your other rights" →
// "does not alter …" promises more. The verbs are ordinary English, so
// the rules read the same commitments; their reach is compared here. A
// verb of the same reach ("affect" → "change") is no change of term.
// So is a verb that ends an effect against one that only lessens it
// ("Blocking cookies disables personalised ads" → "… reduces
// personalised ads" leaves some), and one of a gain against one of a loss
// ("These settings do not reduce your rights" → "… do not expand your
// rights" no longer promises that they are kept whole).

// anyEffectVerbs cover any change; lossEffectVerbs only one for the worse.
var (
	anyEffectVerbs  = effectStems("affect", "impact", "change", "alter", "modify", "influence")
	lossEffectVerbs = effectStems("reduce", "diminish", "lessen", "limit", "restrict", "weaken", "decrease", "curtail",
		"impair", "undermine", "prejudice", "harm", "compromise", "erode")
	endEffectVerbs  = effectStems("stop", "disable", "prevent", "block", "eliminate", "cease", "halt", "deactivate")
	gainEffectVerbs = effectStems("expand", "increase", "extend", "enlarge", "broaden", "enhance", "augment", "strengthen", "raise")
)

// lossAdverbs make a verb of any change one of a loss: "adversely affect".
var lossAdverbs = map[string]bool{"adversely": true, "negatively": true}

// effectStems is the set of the stems of ws.
func effectStems(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[stem(w)] = true
	}
	return m
}

// effectReach is "any" for a verb of any change, "loss" for one of a
// loss, "end" for one that ends it, "gain" for one of a gain, "" for
// another word.
func effectReach(w string) string {
	s := stem(w)
	switch {
	case anyEffectVerbs[s]:
		return "any"
	case lossEffectVerbs[s]:
		return "loss"
	case endEffectVerbs[s]:
		return "end"
	case gainEffectVerbs[s]:
		return "gain"
	}
	return ""
}

// effectVerbChanged returns the verb of effect each side says where only
// its reach changed: "affect" → "reduce", or "affect" → "adversely
// affect".
func effectVerbChanged(old, new []string) (string, string) {
	p, os, ns := changedSpan(old, new)
	o, n := old[p:os], new[p:ns]
	switch {
	case len(o) == 1 && len(n) == 1:
		ro, rn := effectReach(o[0]), effectReach(n[0])
		if ro != "" && rn != "" && ro != rn {
			return o[0], n[0]
		}
	case len(o)+len(n) == 1 && os < len(old):
		// "affect" → "adversely affect": the adverb before a verb of any
		// change both sides keep.
		a := n
		if len(o) == 1 {
			a = o
		}
		if lossAdverbs[a[0]] && effectReach(old[os]) == "any" {
			if len(o) == 1 {
				return a[0] + " " + old[os], old[os]
			}
			return old[os], a[0] + " " + old[os]
		}
	}
	return "", ""
}

// effectReachNames say what a verb of each reach does.
var effectReachNames = map[string]string{"any": "any change", "loss": "a loss", "end": "an end", "gain": "a gain"}

// effectVerbVerdict is the verdict on a verb of effect whose reach changed
// (effectVerbChanged).
func (c *classifier) effectVerbVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	wo, wn := effectVerbChanged(old, new)
	if wo == "" {
		return Verdict{}, false
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".scope", &signals{}, nil, nil, "")
	// The new side reaches only a loss when it says a verb of loss or
	// puts the adverb.
	ro, rn := effectReach(wo), effectReach(wn)
	narrowed := strings.Contains(wn, " ") || rn == "loss" && ro == "any"
	verb := "widened: any change, not only a loss"
	switch {
	case narrowed:
		verb = "narrowed: only a loss, not any change"
	case ro != "any" && !strings.Contains(wo, " "):
		verb = "changed: " + effectReachNames[ro] + ", now " + effectReachNames[rn]
	}
	v.Direction = Neutral
	v.Reason = fmt.Sprintf("Reach of a verb of effect %s, '%s' → '%s': %s (%s)", verb, wo, wn, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}
