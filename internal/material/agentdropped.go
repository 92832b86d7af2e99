package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A commitment names who acts: "Information that you provide", "the
// purposes we specify", "support requested by you", each a clause that
// says which information, purposes or support. Said in the passive
// without its agent ("Information that is provided", "the purposes that
// have been specified", "support that has been requested") it no longer
// says who: information anyone provides, purposes anyone specifies,
// support anyone asks for (b244, an editor of tense and voice). A passive
// that keeps its agent ("is handled by us") is the same commitment, and so
// is an act said by a verb of no content of its own ("When we do so" →
// "When this is done").

// agentVerdict is the verdict on a verb whose agent one side names and
// the other, saying it in the passive, leaves out, in the changed
// sentences so and sn.
func (c *classifier) agentVerdict(ch redline.Change, so, sn string, fo, removed, added []string) (Verdict, bool) {
	verb, agent := agentDropped(so, sn)
	if verb == "" {
		return Verdict{}, false
	}
	k, _, _ := c.categorize(fo, nil, c.headingWords(ch.Section))
	v := c.material(ch, c.categoryOr(k, "unclassified")+".agent", &signals{}, removed, added, "")
	v.Reason, v.Direction = fmt.Sprintf("Who acts is no longer said: %s, said in the passive without %s: %s (%s)", quoteWords([]string{verb}), quoteWords([]string{agent}), quoteChange(so, sn), strings.ToLower(c.label(v.Category))), Expands
	return v, true
}

// agentDropped returns a verb new says in the passive with no agent, and
// the agent old gives the same verb ("you provide", "requested by you").
// It returns "" when there is none.
func agentDropped(old, new string) (verb, agent string) {
	if len(old)+len(new) > maxReread {
		return "", ""
	}
	rawNew := strings.Fields(new)
	rawOld := strings.Fields(old)
	o, n := lowered(rawOld), lowered(rawNew)
	type agentOf struct{ agent, noun string }
	agents := map[string]agentOf{} // verb as old says it → its agent and the noun the clause qualifies
	for i := 1; i+1 < len(o); i++ {
		noun, ok := qualifiedNoun(rawOld, o, i)
		if !ok {
			continue
		}
		switch {
		case o[i] == "we" || o[i] == "you" || o[i] == "they":
			j := i + 1
			for j < len(o) && j <= i+2 && (pastAdverb(o[j]) || modalAux[o[j]]) {
				j++
			}
			if j < len(o) {
				agents[o[j]] = agentOf{o[i], noun}
			}
		case i+2 < len(o) && o[i+1] == "by" && participle(o[i]) && (o[i+2] == "us" || o[i+2] == "you" || o[i+2] == "them"):
			agents[o[i]] = agentOf{"by " + o[i+2], noun}
		}
	}
	if len(agents) == 0 {
		return "", ""
	}
	for i := 1; i+1 < len(n); i++ {
		if !beForms[n[i]] {
			continue
		}
		j := i + 1
		for j < len(n) && j <= i+2 && pastAdverb(n[j]) {
			j++
		}
		if j >= len(n) || !participle(n[j]) || lightParticiples[n[j]] {
			continue
		}
		p := n[j]
		// the noun the passive says which of: "information that is
		// provided", "purposes that have been specified"
		k := i - 1
		for k > 0 && (n[k] == "that" || n[k] == "which" || n[k] == "has" || n[k] == "have") {
			k--
		}
		for v, a := range agents {
			if v != p && !pastOf(v, p) || n[k] != a.noun {
				continue
			}
			if byAfter(rawNew, n, j) {
				break // the agent said again
			}
			return v, a.agent
		}
	}
	return "", ""
}

// byAfter reports a "by" within the four words after ws[j], in its
// clause (raw is ws as written, its punctuation kept).
func byAfter(raw, ws []string, j int) bool {
	if strings.ContainsAny(raw[j], ",;:.") {
		return false
	}
	for k := j + 1; k < len(ws) && k <= j+4; k++ {
		if ws[k] == "by" {
			return true
		}
		if strings.ContainsAny(raw[k], ",;:.") {
			return false
		}
	}
	return false
}

// qualifiedNoun returns the noun a clause at ws[i] says which one of:
// "the purposes we specify", "information that you provide", "support
// requested by you". A clause of its own ("We keep your records", "You
// can configure it") says the act of the company or the reader, who stays
// the one that acts when it is put in the passive: the company is who
// acts in its own policy. A noun of time ("the year you placed them")
// dates the act, and says no thing of the commitment.
func qualifiedNoun(raw, ws []string, i int) (string, bool) {
	k := i - 1
	if ws[k] == "that" || ws[k] == "which" {
		if k == 0 {
			return "", false
		}
		k--
	}
	prev := ws[k]
	if strings.ContainsAny(raw[k], ",;:.!?()") || beForms[prev] || modalAux[prev] || mainOpeners[prev] || pastSubordinators[prev] || timeNouns[prev] || parties[prev] {
		return "", false
	}
	return prev, nounSense(prev) || strings.HasSuffix(prev, "s") && nounSense(prev[:len(prev)-1])
}

// nounSense reports a word WordNet gives a sense as a noun.
func nounSense(w string) bool {
	for _, e := range wordNet().entries(w) {
		if strings.HasPrefix(e.pos, "n") {
			return true
		}
	}
	return false
}

// modalAux are the auxiliaries between a subject and its verb.
var modalAux = map[string]bool{"will": true, "may": true, "can": true, "must": true, "shall": true, "should": true, "would": true, "could": true, "not": true, "do": true, "does": true}

// lightParticiples are of verbs that say no act of their own: "When this
// is done" stands for the act said before it.
var lightParticiples = map[string]bool{"done": true, "made": true, "been": true, "needed": true}
