package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// groundOpeners open a phrase that gives the ground or the condition of
// what stands before it: "24 months as required by regulations", "for
// 30 days where the law requires it".
var groundOpeners = map[string]bool{"as": true, "where": true, "when": true, "if": true, "unless": true, "until": true,
	"whenever": true, "wherever": true, "because": true}

// groundMadeAlternative returns the conjunction one side puts before a
// phrase of ground or condition, the rest the same words, and whether it
// is the new side that puts it: "Audit Logs: 24 months as required by
// regulations" → "24 months or as required by regulations". The phrase
// said why the period holds or when; joined by "or" (or "and") it is a
// second period or case of its own, and what was one bound is two.
func groundMadeAlternative(old, new []string) (string, string, bool) {
	if w, o := groundJoined(old, new); w != "" {
		return w, o, true
	}
	if w, o := groundJoined(new, old); w != "" {
		return w, o, false
	}
	return "", "", false
}

// groundJoined is groundMadeAlternative one way, and the word that
// opens the phrase. "or" folds to "and or".
func groundJoined(old, new []string) (string, string) {
	n := len(new) - len(old)
	if n < 1 || n > 2 {
		return "", ""
	}
	for k := 1; k+n < len(new); k++ {
		if !groundOpeners[new[k+n]] || new[k] != "and" && new[k] != "or" || n == 2 && (new[k] != "and" || new[k+1] != "or") {
			continue
		}
		if old[k-1] == "and" || old[k-1] == "or" || !equalWords(new[:k], old[:k]) || !equalWords(new[k+n:], old[k:]) {
			continue
		}
		if n == 2 {
			return "or", new[k+n]
		}
		return new[k], new[k+n]
	}
	return "", ""
}

// groundAttached reports text, one block, in which opener follows a word
// with no break between: "24 months as required". Items of a list read
// as one text ("shared only: - With the client - As required by law")
// are alternatives already, and a list put as prose joins them with
// "or".
func groundAttached(text, opener string) bool {
	if strings.ContainsRune(text, '\n') {
		return false
	}
	l := strings.ToLower(text)
	for i := 0; ; {
		j := strings.Index(l[i:], " "+opener+" ")
		if j < 0 {
			return false
		}
		j += i
		if j > 0 && isAlnumByte(l[j-1]) {
			return true
		}
		i = j + 1
	}
}

// groundVerdict is the verdict on a ground or condition made an
// alternative, or an alternative made a ground (groundMadeAlternative).
// Asked only where "and" or "or" is all the words removed or added.
func (c *classifier) groundVerdict(ch redline.Change, cat string, sig *signals, removed, added, fOld, fNew []string, ctxOld, ctxNew string) (Verdict, bool) {
	if len(removed)+len(added) > 2 || len(removed) > 0 && len(added) > 0 {
		return Verdict{}, false
	}
	w, opener, put := groundMadeAlternative(fOld, fNew)
	if w == "" || !groundAttached(map[bool]string{true: ctxOld, false: ctxNew}[put], opener) {
		return Verdict{}, false
	}
	v := c.material(ch, cat+".condition", sig, removed, added, "")
	if put {
		v.Reason, v.Direction = fmt.Sprintf("Condition changed: what said why or when it holds is now an alternative to it (%s put in): %s (%s)", quoteWords([]string{w}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), Expands
	} else {
		v.Reason, v.Direction = fmt.Sprintf("Condition changed: what was an alternative now says why or when it holds (%s taken out): %s (%s)", quoteWords([]string{w}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), Restricts
	}
	return v, true
}
