package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// optionalMark: a mark saying whether the reader must give a thing,
// "optional" or "voluntary" against "mandatory", "compulsory" or
// "obligatory", put, dropped or turned round: "we may collect your
// username, email address (optional), and password" → "… email address,
// and password" no longer says the address may be left out (b41-07). The
// force of the sentence as a whole ("may collect") hides it: the mark is
// said of one item, not of the act.

// optionalMarks are the words of such a mark, 1 for "need not be given",
// 2 for "must be given".
var optionalMarks = map[string]int{"optional": 1, "optionally": 1, "voluntary": 1, "voluntarily": 1,
	"mandatory": 2, "compulsory": 2, "obligatory": 2}

// optionalChoice are the words after "if you" (or "should you") that say
// the same as "optional": "(if you choose to provide it)".
var optionalChoice = map[string]bool{"choose": true, "wish": true, "want": true, "prefer": true, "like": true, "decide": true}

// optionalMarkChanged returns a mark of old or new (folded words) whose
// class counts differently on the two sides, whether it was put (or
// dropped), and whether the change lets the thing be demanded (an
// "optional" dropped, a "mandatory" put). It is asked only when removed
// or added holds a mark. "optional" → "voluntary", "(not mandatory)" or
// "(if you choose to provide it)" says the same.
func optionalMarkChanged(old, new, removed, added []string) (w string, put, demanded bool) {
	hit := false
	for _, ws := range [2][]string{removed, added} {
		for _, x := range ws {
			hit = hit || optionalMarks[x] != 0
		}
	}
	if !hit {
		return "", false, false
	}
	// count returns, per class, how many marks ws has, and the first one.
	count := func(ws []string) (n [3]int, first [3]string) {
		for i := 0; i < len(ws); i++ {
			k, j := 0, i
			switch {
			case ws[i] == "not" && i+1 < len(ws) && (optionalMarks[ws[i+1]] == 2 || ws[i+1] == "required"):
				k, j = 1, i+1 // "not mandatory"
			case optionalMarks[ws[i]] != 0:
				k = optionalMarks[ws[i]]
			case (ws[i] == "if" || ws[i] == "should") && i+2 < len(ws) && ws[i+1] == "you" && optionalChoice[ws[i+2]]:
				k, j = 1, i+2
			case ws[i] == "at" && i+2 < len(ws) && ws[i+1] == "your" && (ws[i+2] == "option" || ws[i+2] == "discretion" || ws[i+2] == "choice"):
				k, j = 1, i+2
			}
			if k != 0 {
				if n[k] == 0 {
					first[k] = strings.Join(ws[i:j+1], " ")
				}
				n[k]++
				i = j
			}
		}
		return n, first
	}
	on, of := count(old)
	nn, nf := count(new)
	for k := 1; k <= 2; k++ {
		switch {
		case nn[k] < on[k]:
			return of[k], false, k == 1
		case nn[k] > on[k]:
			return nf[k], true, k == 2
		}
	}
	return "", false, false
}

// optionalMarkVerdict is the verdict on a mark of optionality put, dropped
// or turned round, if there is one (judgeText).
func (c *classifier) optionalMarkVerdict(ch redline.Change, cat string, sig *signals, removed, added, fOld, fNew []string, ctxOld, ctxNew string) (Verdict, bool) {
	w, put, demanded := optionalMarkChanged(fOld, fNew, removed, added)
	if w == "" {
		return Verdict{}, false
	}
	v := c.material(ch, cat+".force", sig, removed, added, "")
	verb, dir := "dropped", Restricts
	if put {
		verb = "added"
	}
	if demanded {
		dir = Expands
	}
	v.Reason, v.Direction = fmt.Sprintf("Whether it must be given changed, %s %s: %s (%s)", quoteWords([]string{w}), verb, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}
