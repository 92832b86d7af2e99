package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// How the reader is told of, or asked about, a change of the policy is the
// change-notice policy, though the words changed name who is told, by
// what or what is asked: "If we modify this privacy policy in any
// significant way, we will notify all users via email" → "… all
// subscribed users …" (b36-17) leaves some readers untold; "We will let
// you know if these changes are material and … obtain your consent" →
// "… obtain your consent or provide an opportunity to object before such
// changes take effect" (b32-04) asks less of the company. changeNotice
// already reads a sentence that tells of a change before it takes effect;
// this reads one that tells of it at all, where the paragraph names the
// policy (policySelf).
//
// policyChangeTold returns "notice" for a material verdict of another
// category whose changed sentences, on each side that has any, each say
// the policy changes (policySelf, policyChangeSaid) and tell the reader
// (noticeTellRE),
// where the words changed name nothing but whom, how and what the reader
// is told or asked (words of data, of rights and of consent, of the
// policy's reach): "… we will notify you and share your data with the
// buyer" names a recipient; a name and a number are facts of their own.
func (c *classifier) policyChangeTold(v Verdict, ch redline.Change) string {
	if v.Category == "notice" || namesOwnFact(v.Rule) || c.rb.categoryIndex("notice") < 0 {
		return ""
	}
	// No stem has a space: none is found across the two texts joined.
	if !lowerHasAny(ch.Old, noticeChangeStems...) && !lowerHasAny(ch.New, noticeChangeStems...) || !namesPolicy(ch.Old+" "+ch.New) {
		return "" // the cheap test: no change and no policy named
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if strings.TrimSpace(so) == "" && strings.TrimSpace(sn) == "" {
		return ""
	}
	for _, side := range []struct{ para, s string }{{ch.Old, so}, {ch.New, sn}} {
		para := c.ix.fold(side.para)
		for _, s := range sentences(side.s) {
			if fw := c.ix.fold(s); !noticeTellRE.MatchString(s) || policySelf(para, fw) != "notice" || !policyChangeSaid(fw) {
				return ""
			}
		}
	}
	removed, added := c.writtenWords(so, sn)
	for _, h := range c.ix.strongHits(c.ix.fold(strings.Join(slices.Concat(removed, added), " "))) {
		if !toldTerms[c.rb.Categories[h.k].ID] {
			return ""
		}
	}
	return "notice"
}

// toldTerms are the categories whose words say whom, how and what the
// reader is told or asked of a change: its channel (an address), a right
// or a consent asked for, the policy's reach.
var toldTerms = map[string]bool{"notice": true, "data": true, "rights": true, "legal-basis": true, "scope": true}

// policyChangeSaid reports a verb or noun of changing, in folded words,
// said of the policy: the policy named within policyChangeReach words of
// it ("modify this privacy policy", "changes to this Notice"), or changes
// pointed back to ("these changes", "such changes"). "e-mail updates" and
// "request changes to the information collected" change no policy.
func policyChangeSaid(fw []string) bool {
	for i, w := range fw {
		if !policyChangeVerb[w] {
			continue
		}
		if i > 0 && (fw[i-1] == "these" || fw[i-1] == "such" || fw[i-1] == "those") {
			return true
		}
		for j := max(1, i-policyChangeReach); j < min(len(fw), i+policyChangeReach+1); j++ {
			if policyRefAt(fw, j) {
				return true
			}
		}
	}
	return false
}

// policyChangeReach is the most words between a verb of changing and the
// policy it is said of.
const policyChangeReach = 4
