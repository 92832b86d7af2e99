package material

import (
	"slices"
	"strings"
	"testing"
)

// TestFoldListAsContainsFold checks that a foldList finds what
// containsFold of each of its words finds, on texts of every case, marks
// beyond ASCII and bytes that are no UTF-8, and that containsFoldAny
// answers as containsFold does for lists it cannot make.
func TestFoldListAsContainsFold(t *testing.T) {
	lists := [][]string{pointWords.words, hedgeWords.words, uiNounList.words,
		{"formerly", "previously", "now ", "renamed", "rebranded", "ex", "f/k/a", "fka"}, noticeChangeStems, noticeBeforeStems,
		{"includ", "such as", "example", "e.g", "instance", "like"}, {"1st", " or ", "(a)", "k", "s", "i"},
		// Lists containsFoldAny leaves to containsFold.
		{"Page", "tab", "link"}, {"données", "data", "info"}, {"@home", "home", "house"}, {"", "a", "b"}}
	texts := append(slices.Clone(speedTexts), "See the Settings PAGE", "SEEN", "se", "s", "GENERALLY  we", "Generally\u00a0we",
		"the \u212aelvin", "\u017fee", "f/K/A Acme", "FKA", "eX", "(A) first", "1ST", " OR ", "pAgE", "TAB", "@HOME", "@home", "DONNÉES", "Données",
		"Link\xff", "\xffpage", "re\u0130d", "tabs", "Dashboard", "Preferences Center", "centre", "area", "portal", "console")
	for _, ws := range lists {
		var l foldList
		made := l.set(ws)
		for _, s := range texts {
			want := slices.ContainsFunc(ws, func(w string) bool { return w != "" && containsFold(s, w) })
			if made && l.in(s) != want {
				t.Errorf("foldList%q.in(%q) = %v, containsFold says %v", ws, s, !want, want)
			}
			if !slices.Contains(ws, "") && containsFoldAny(s, ws) != want {
				t.Errorf("containsFoldAny(%q, %q) = %v, containsFold says %v", s, ws, !want, want)
			}
		}
	}
}

// TestFrameWordInAsLowered checks frameWordIn against the words looked
// for in the lowered texts, as it was written before session 58.
func TestFrameWordInAsLowered(t *testing.T) {
	texts := append(slices.Clone(speedTexts), "See BELOW", "as set out \u212aelow", "FURTHERMORE", "İn short", "in\u00a0short", "OF COURSE", "Further\xff", "nothing here")
	for _, mo := range texts {
		for _, mn := range []string{"", "plain words", "Likewise"} {
			want := false
			for _, s := range []string{mo, mn} {
				want = want || containsAny(strings.ToLower(s), frameWords)
			}
			if got := frameWordIn(mo, mn); got != want {
				t.Errorf("frameWordIn(%q, %q) = %v, lowered says %v", mo, mn, got, want)
			}
		}
	}
}
