package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A condition with words of its own ("if we believe in good faith that
// disclosure is necessary to …") governs what its sentence puts inside
// it. A restructured sentence can keep every word and move one out:
// "… if required by law, subpoena, or other legal process, or if we
// believe in good faith that disclosure is necessary to protect our
// rights, …, investigate fraud, or respond to a government request" →
// "… or other legal process, to respond to a government request, or if we
// believe in good faith …" discloses on any government request, no longer
// only where the author believes it necessary (b325-36).
//
// qualifierscope.go reads the conditions of a few words ("where
// required", "in certain cases"); this reads those opened by "if" or
// "unless" after their sentence's start, each governing the rest of the
// sentence up to the next condition or the next clause. The words inside
// each are compared with those inside the condition of the other side
// that opens with the same words. The sentence must hold the same words
// on both sides but for a few that only join ("to", "or", "and"), so that
// every other change is left to the rules that read it. A condition that
// opens its sentence or a clause after "but" is not read: where it ends
// is not known here ("If you tell us not to, we won't send …, but we will
// still … if you receive a service from us" keeps every reach, b60-16).

// conditionOpenerWords open a condition that governs what follows it.
var conditionOpenerWords = map[string]bool{"if": true, "unless": true}

// commaClauseWords open a clause of their own after a comma: a condition
// before them does not reach past them.
var commaClauseWords = map[string]bool{"but": true, "which": true, "however": true, "so": true}

// joinWords are set aside when two sentences' words are compared: a list
// restructured adds or drops them.
var joinWords = map[string]bool{"to": true, "or": true, "and": true}

// conditionSpanMoved returns the words a condition governs on one side
// and not the other, and the condition's opening words; "" where no
// condition's reach changed.
func conditionSpanMoved(old, new string) (moved, cond string) {
	if !strings.Contains(old, "if ") && !strings.Contains(old, "unless ") || len(old)+len(new) > maxReread {
		return "", ""
	}
	so, sn := sentences(old), sentences(new)
	if len(so) != len(sn) {
		return "", ""
	}
	for i := range so {
		if so[i] == sn[i] {
			continue
		}
		notJoin := func(w string) bool { return joinWords[w] }
		wo, wn := slices.DeleteFunc(lowerWords(so[i]), notJoin), slices.DeleteFunc(lowerWords(sn[i]), notJoin)
		if !sameMultiset(wo, wn) {
			continue
		}
		co, cn := conditionSpans(so[i]), conditionSpans(sn[i])
		for _, a := range co {
			// The same condition on the other side: the one that opens
			// with the same words, where only one does.
			k, n := -1, 0
			for j, b := range cn {
				if strings.EqualFold(b.opener, a.opener) {
					k, n = j, n+1
				}
			}
			if n != 1 {
				continue
			}
			out, in := diffWords(a.words, cn[k].words)
			if len(out)+len(in) == 0 {
				continue
			}
			if len(out) == 0 {
				out = in
			}
			return strings.Join(out, " "), a.opener
		}
	}
	return "", ""
}

// conditionSpan is a condition's opening words and the words it governs,
// join words aside.
type conditionSpan struct {
	opener string
	words  []string
}

// conditionSpans returns the conditions of a sentence that stand after
// its start, in order, each governing up to the next condition or the
// next clause a comma and "but", "and so", "which" or "however" open, or
// the sentence's end. One that opens its sentence ("If you are a
// resident of A, B, or C, you …"), or a clause after "but" ("…, but if
// you receive a service from us we will …"), is left out: where it ends
// is not read here.
func conditionSpans(s string) []conditionSpan {
	ws := strings.Fields(s)
	var out []conditionSpan
	opener := func(w string) bool { return conditionOpenerWords[strings.ToLower(strings.Trim(w, ",;:()“”\"'"))] }
	for i, w := range ws {
		if i == 0 || !opener(w) || i == 1 && strings.HasSuffix(ws[0], ":") {
			continue
		}
		if prev := strings.ToLower(ws[i-1]); prev == "but" || prev == "so" || prev == "then" {
			continue // opening a clause of its own: "…, but if you receive a service we will …"
		}
		end := len(ws)
		for j := i + 1; j < len(ws); j++ {
			if opener(ws[j]) || (strings.HasSuffix(ws[j-1], ",") || strings.HasSuffix(ws[j-1], ";")) && commaClauseWords[strings.ToLower(ws[j])] {
				end = j
				break
			}
		}
		var span []string
		for _, x := range lowerWords(strings.Join(ws[i+1:end], " ")) {
			if !joinWords[x] {
				span = append(span, x)
			}
		}
		out = append(out, conditionSpan{opener: strings.Join(ws[i:min(i+4, end)], " "), words: span})
	}
	return out
}

// conditionVerdict calls material a change whose sentences hold the same
// words, where a condition governs other words than it did.
func (c *classifier) conditionVerdict(ch redline.Change) (Verdict, bool) {
	moved, cond := conditionSpanMoved(ch.Old, ch.New)
	if moved == "" {
		return Verdict{}, false
	}
	k, _, _ := c.categorize(c.ix.fold(ch.Old), nil, c.headingWords(ch.Section))
	v := c.material(ch, k+".reach", &signals{}, nil, nil, "")
	v.Reason = fmt.Sprintf("Scope changed: the words '%s' moved across '%s …', which governs other words now: %s (%s)", moved, strings.TrimRight(cond, ","), quoteChange(ch.Old, ch.New), strings.ToLower(c.label(v.Category)))
	return v, true
}
