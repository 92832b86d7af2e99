package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// numberVerdict sends to confirm a change that reads as grammar or a
// typo but changes how many things a commitment is about (numberNarrowed).
func (c *classifier) numberVerdict(ch redline.Change, fo, removed, added, changed []string) (Verdict, bool) {
	if len(removed) > 6 || len(added) > 6 {
		return Verdict{}, false
	}
	wo, wn := plainWords(ch.Old), plainWords(ch.New)
	r, a := diffWords(wo, wn)
	n := c.numberNarrowed(wo, wn, r, a)
	if n == "" {
		return Verdict{}, false
	}
	k, _, _ := c.categorize(changed, fo, c.headingWords(ch.Section))
	if k == "" {
		k = "unclassified"
	}
	v := c.material(ch, k+".number", &signals{}, removed, added, "")
	v.Rule, v.Certain = "fallback", false
	v.Reason = fmt.Sprintf("To confirm (%s): how many the commitment is about, %s: %s", strings.ToLower(c.label(k)), n, quoteChange(ch.Old, ch.New))
	return v, true
}

// numberNarrowed, given the words of old and new as written, returns a
// noun made singular, or plural, in a way that
// may change how many things a commitment is about, as "old → new":
// "you can exercise your rights by …" → "your right" (one right, where
// there were all of them), "opt out of promotional communications" →
// "opt out of a promotional communication" (one at a time). A noun of
// the data ("email address" → "email addresses") or a name ("Socket" →
// "Sockets") made plural is grammar; a right, or a noun counted with "a"
// or "one" for the plural it replaces, is not.
func (c *classifier) numberNarrowed(old, new, removed, added []string) string {
	if len(removed) == 0 || len(added) == 0 || len(removed) > 6 || len(added) > 6 {
		return ""
	}
	// A noun and its verb made to agree the other way ("users request"
	// → "a user requests") say the same of each one: grammar.
	flips := [2]bool{}
	for d, pair := range [2][2][]string{{removed, added}, {added, removed}} {
		for _, p := range pair[0] {
			for _, s := range pair[1] {
				if len(p) >= 4 && (p == s+"s" || p == s+"es") {
					flips[d] = true
				}
			}
		}
	}
	if flips[0] && flips[1] {
		return ""
	}
	for _, pair := range [2][2][]string{{removed, added}, {added, removed}} {
		for _, p := range pair[0] {
			for _, s := range pair[1] {
				if len(p) < 4 || p != s+"s" && p != s+"es" {
					continue
				}
				if agreedVerb(old, new, removed, s, p) {
					continue
				}
				// s is the singular of p: on the side that says s, is
				// it counted as one?
				side := new
				if &pair[1][0] == &removed[0] {
					side = old
				}
				one := false
				for i := 1; i < len(side); i++ {
					if side[i] == s && (side[i-1] == "a" || side[i-1] == "an" || side[i-1] == "one" || i > 1 && (side[i-2] == "a" || side[i-2] == "an") && !c.ix.grammar[side[i-1]]) {
						one = true
					}
				}
				if k, _, _ := c.categorize([]string{s}, nil, nil); k == "rights" && c.ix.termWord[s] || one {
					if &pair[0][0] == &removed[0] {
						return "'" + p + "' → '" + s + "'"
					}
					return "'" + s + "' → '" + p + "'"
				}
			}
		}
	}
	return ""
}

// agreedVerb reports whether s and p are one verb made to agree with its
// subject ("should you or anyone request" → "if anyone requests"): s
// follows a subject that takes it bare, or p one that takes it with -s.
func agreedVerb(old, new, removed []string, s, p string) bool {
	sSide, pSide := new, old
	if slices.Contains(removed, s) {
		sSide, pSide = old, new
	}
	bare := func(w string) bool {
		switch w {
		case "you", "we", "they", "i", "anyone", "someone", "to":
			return true
		}
		return false
	}
	third := func(w string) bool {
		switch w {
		case "anyone", "someone", "everyone", "he", "she", "it", "who", "one", "somebody", "anybody":
			return true
		}
		return false
	}
	for i := 1; i < len(sSide); i++ {
		if sSide[i] == s && bare(sSide[i-1]) {
			return true
		}
	}
	for i := 1; i < len(pSide); i++ {
		if pSide[i] == p && third(pSide[i-1]) {
			return true
		}
	}
	// The act of a noun said by its verb: "after the end of your
	// relationship with us" → "after your relationship with us ends"
	// (b267-20): what the noun was "of" is the verb's subject.
	for i := 0; i+2 < len(sSide); i++ {
		if sSide[i] != s || sSide[i+1] != "of" {
			continue
		}
		of := sSide[i+2 : min(i+5, len(sSide))]
		for j := 1; j < len(pSide); j++ {
			if pSide[j] != p {
				continue
			}
			for _, w := range pSide[max(0, j-4):j] {
				if len(w) > 3 && slices.Contains(of, w) {
					return true
				}
			}
		}
	}
	return false
}

// readerPassivised returns the reader's act that a condition turns on,
// said in the passive, or the passive made the reader's, as "old → new":
// "(when you enable this integration)" → "(when this integration is
// enabled)" no longer says that only the reader turns it on. A rule for
// the reader ("You may only post reviews" → "Reviews can only be
// posted"), a clause saying which ones ("the files that you submit" →
// "files submitted"), and the author dropped from its own act ("we collect
// it" → "it is collected") say the same.
func readerPassivised(old, new string) string {
	if !containsFold(old, "you ") && !containsFold(new, "you ") {
		return ""
	}
	find := func(you, passive string) string {
		ws, ps := plainWords(you), plainWords(passive)
		if slices.Contains(ps, "you") {
			return ""
		}
		// The participles the passive side says after a form of "be",
		// by stem: one pass, however long the texts.
		parts := map[string][]string{}
		for j := 1; j < len(ps); j++ {
			if b, p := ps[j-1], ps[j]; (b == "is" || b == "are" || b == "be" || b == "been") && (strings.HasSuffix(p, "ed") || strings.HasSuffix(p, "en")) {
				if k := stem(p); !slices.Contains(parts[k], p) {
					parts[k] = append(parts[k], p)
				}
			}
		}
		if len(parts) == 0 {
			return ""
		}
		for i := 1; i+1 < len(ws); i++ {
			if ws[i] != "you" || !conditionOpeners[ws[i-1]] && ws[i-1] != "once" && ws[i-1] != "until" && ws[i-1] != "after" && ws[i-1] != "before" {
				continue
			}
			v := ws[i+1]
			if slices.ContainsFunc(parts[stem(v)], func(p string) bool { return p != v }) {
				return v
			}
		}
		return ""
	}
	if v := find(old, new); v != "" {
		return "'you " + v + "' → passive"
	}
	if v := find(new, old); v != "" {
		return "passive → 'you " + v + "'"
	}
	return ""
}
