package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// backPart: a reference back to things the sentence named ("such
// children", "these users"), where it named two kinds of them or more,
// restated as one kind, or the converse: "not directed to children under
// the age of sixteen (16) in the United States or children under the age
// of legal majority in jurisdictions outside the United States, nor do we
// market … to such children" → "… to children under the age of sixteen
// (16)" (b41-14). The promise now covers one of the two groups. Where the
// sentence named one kind, its words restated name the same things.

// backReferences point back to a noun the sentence named.
var backReferences = map[string]bool{"such": true, "these": true, "those": true, "said": true}

// backRestatedAsPart returns the noun pointed back to and the words that
// now say which of it, when one side points back to a noun the sentence
// names with two or more different qualifiers before, and the other
// writes the noun with the qualifier of some and not all of them (folded
// words). narrowed is true when old points back.
func backRestatedAsPart(fOld, fNew, removed, added []string) (noun string, which []string, narrowed bool) {
	try := func(ref, other, qual []string) (string, []string) {
		if len(qual) == 0 {
			return "", nil
		}
		for i := 1; i+1 < len(ref); i++ {
			if !backReferences[ref[i]] {
				continue
			}
			n := ref[i+1]
			// The other side writes the noun and then the qualifier.
			found := false
			for j := 0; j+1+len(qual) <= len(other); j++ {
				if other[j] == n && slices.Equal(other[j+1:j+1+len(qual)], qual) {
					found = true
					break
				}
			}
			if !found {
				continue
			}
			matched, differs, named := false, false, 0
			for k := 0; k < i; k++ {
				if ref[k] != n {
					continue
				}
				named++
				if k+1+len(qual) <= i && slices.Equal(ref[k+1:k+1+len(qual)], qual) {
					matched = true
				} else {
					differs = true
				}
			}
			if named >= 2 && matched && differs {
				return n, qual
			}
		}
		return "", nil
	}
	if slices.ContainsFunc(removed, func(w string) bool { return backReferences[w] }) {
		if n, q := try(fOld, fNew, added); n != "" {
			return n, q, true
		}
	}
	if slices.ContainsFunc(added, func(w string) bool { return backReferences[w] }) {
		if n, q := try(fNew, fOld, removed); n != "" {
			return n, q, false
		}
	}
	return "", nil, false
}

// backPartVerdict is the verdict on a reference back to several kinds
// restated as one, or the converse, if there is one (judgeText).
func (c *classifier) backPartVerdict(ch redline.Change, cat string, sig *signals, removed, added, fOld, fNew []string, ctxOld, ctxNew string) (Verdict, bool) {
	n, _, narrowed := backRestatedAsPart(fOld, fNew, removed, added)
	if n == "" {
		return Verdict{}, false
	}
	v := c.material(ch, cat+".scope", sig, removed, added, "")
	verb, dir := "narrowed", Restricts
	what := fmt.Sprintf("a reference back to all the kinds of '%s' named, now to one of them", n)
	if !narrowed {
		verb, dir = "widened", Expands
		what = fmt.Sprintf("one kind of '%s' named, now a reference back to all the kinds named", n)
	}
	v.Reason, v.Direction = fmt.Sprintf("Scope %s: %s: %s (%s)", verb, what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}
