package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What a sentence tells the reader of decides the category of its telling.
// "Notify" and "notice" are words of two categories: a breach notice is a
// security commitment, a notice of changes is the change-notice policy.
// Neither category is earned by the word alone:
//   - telling the reader of something that is no breach ("We will notify you
//     that we have received and complied with this order") is a commitment
//     about that thing, the disclosure the order compels, which the rest of
//     the sentence and its heading name;
//   - a notice that is a document's name ("this Privacy Notice", "the
//     Supplemental Notice for Certain Jurisdictions") announces nothing: a
//     legitimate-interest test in a paragraph that points to "Section 4(B)
//     of this Privacy Notice" is the legal basis;
//   - telling the reader of a breach ("If we need to notify you of a
//     breach, we will provide, upon request: …") is a security commitment,
//     whichever of the two words says it, unless the sentence speaks of
//     changes.
//
// toldOnly returns, of a material verdict of security or notice, the
// category its changed sentences and heading name once the telling is
// read for what it tells of; "" to keep the verdict's.
func (c *classifier) toldOnly(v Verdict, ch redline.Change) string {
	if v.Category != "security" && v.Category != "notice" {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	ix := c.ix
	switch v.Category {
	case "security":
		// Cheap test: a word of telling in the changed sentences.
		if !strings.Contains(so, "otif") && !strings.Contains(sn, "otif") {
			return ""
		}
		sec := c.rb.categoryIndex("security")
		section := c.headingWords(ch.Section)
		if c.securityBeyondTelling(ix.fold(ch.Old), sec) || c.securityBeyondTelling(ix.fold(ch.New), sec) || c.securityBeyondTelling(section, sec) {
			return "" // a breach, an incident, a measure: the telling is of it
		}
		context := withoutTelling(append(ix.fold(so), ix.fold(sn)...))
		k, _, hit := c.categorizeAside(nil, context, section)
		if !hit || k == "security" || k == "unclassified" {
			return ""
		}
		return k
	default: // notice
		if c.headingNotice(ch.Section) || c.noticeEarned(so) || c.noticeEarned(sn) {
			return "" // "Changes to this Notice", "last updated", "prior notice"
		}
		if c.breachTold(so) || c.breachTold(sn) {
			return "security"
		}
		// A telling ("notify you", "notice") is of a change when the
		// paragraph speaks of one.
		changeSpoken := containsAny(strings.ToLower(ch.Old+" "+ch.New), noticeChangeStems)
		if changeSpoken && (c.tellingGiven(so) || c.tellingGiven(sn)) {
			return ""
		}
		sentenceWords := append(ix.fold(so), ix.fold(sn)...)
		// The sentence's own words say what it commits to; its heading,
		// when they name nothing.
		k, hit, _ := c.categorizeAside(withoutTelling(withoutDocNotice(sentenceWords)), nil, nil)
		if !hit && !changeSpoken {
			k, _, hit = c.categorizeAside(nil, nil, withoutDocNotice(c.headingWords(ch.Section)))
		}
		if !hit || k == "notice" || k == "unclassified" {
			return ""
		}
		return k
	}
}

// breachExtra are words of a breach the rulebook's security words may
// lack, by prefix: "unauthorized access", "compromised", "a data leak".
var breachExtra = []string{"unauthori", "compromis", "hack", "attack", "intrusion", "theft", "stolen", "leak", "exposure"}

// tellingWord reports a folded word of telling the security words hold:
// "notify", "notifying", "notification".
func tellingWord(w string) bool { return strings.HasPrefix(w, "notif") }

// securityBeyondTelling reports folded words that name security by more
// than a word of telling: a breach, an incident, encryption.
func (c *classifier) securityBeyondTelling(ws []string, sec int) bool {
	for _, h := range c.ix.strongHits(ws) {
		if int(h.k) == sec && !tellingWord(ws[h.j]) {
			return true
		}
	}
	for _, w := range ws {
		for _, p := range breachExtra {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// withoutTelling is ws without its words of telling.
func withoutTelling(ws []string) []string {
	out := ws[:0:0]
	for _, w := range ws {
		if !tellingWord(w) {
			out = append(out, w)
		}
	}
	return out
}

// breachTold reports a raw sentence that tells the reader of a breach or
// an incident and speaks of no change: "If we need to notify you of a
// breach, we will provide: …".
func (c *classifier) breachTold(s string) bool {
	if !lowerHasAny(s, "breach", "incident") {
		return false
	}
	l := strings.ToLower(s)
	if containsAny(l, noticeChangeStems) {
		return false // "notify you of changes to how we handle a breach"
	}
	return strings.Contains(l, "notif") || strings.Contains(l, "notice") || strings.Contains(l, "inform")
}

// noticeEarned reports a raw sentence that names the change-notice policy
// by a word of its own other than a telling: "prior notice", "last
// updated", "changes to this", "continued use"; or the policy said to
// change ("We may update this Privacy Notice").
func (c *classifier) noticeEarned(s string) bool {
	if strings.TrimSpace(s) == "" {
		return false
	}
	ws := c.ix.fold(s)
	notice := c.rb.categoryIndex("notice")
	for _, h := range c.ix.strongHits(ws) {
		if int(h.k) == notice && !c.tellingTerm(int(h.k), int(h.i)) {
			return true
		}
	}
	return policySelf(ws, ws) == "notice"
}

// tellingTerm reports a notice term that only tells: "notice", "notify
// you". What it tells of is elsewhere in the sentence.
func (c *classifier) tellingTerm(k, i int) bool {
	t := c.ix.terms[k][i]
	return len(t) == 1 && t[0] == "notice" || len(t) == 2 && tellingWord(t[0]) && t[1] == "you"
}

// tellingGiven reports a raw sentence that tells the reader something: a
// word of telling, or "notice" other than as a document's name.
func (c *classifier) tellingGiven(s string) bool {
	return strings.Contains(strings.ToLower(s), "notif") || noticeGiven(s)
}

// noticeGiven reports "notice" in a raw sentence other than as a
// document's name: "without notice", "we will give you notice". A name is
// "Notice" written capital inside the sentence ("this Privacy Notice",
// "the Notice") or after "privacy", "cookie" or a word that points to the
// document ("this", "our", "its").
func noticeGiven(s string) bool {
	fs := strings.Fields(s)
	for i, f := range fs {
		w := strings.Trim(f, ".,;:!?()[]\"“”‘’*_'")
		if !strings.EqualFold(w, "notice") && !strings.EqualFold(w, "notices") {
			continue
		}
		if i > 0 && w[0] == 'N' {
			continue // "Privacy Notice", "the Notice"
		}
		if i > 0 {
			p := strings.ToLower(strings.Trim(fs[i-1], ".,;:!?()[]\"“”‘’*_'"))
			if docNoticeBefore[p] {
				continue
			}
		}
		return true
	}
	return false
}

// docNoticeBefore are the words before "notice" that make it a
// document's name.
var docNoticeBefore = map[string]bool{"this": true, "our": true, "its": true, "privacy": true, "cookie": true, "cookies": true}

// headingNotice reports a heading that names the change-notice policy by
// a word of its own ("Changes to this Notice", "Notice of Changes",
// "Updates"); a heading whose only such word is "Notice", a document's
// name ("Supplemental Notice for Certain Jurisdictions", "Privacy
// Notice"), names none.
func (c *classifier) headingNotice(path []string) bool {
	ws := c.headingWords(path)
	if len(ws) == 0 {
		return false
	}
	notice := c.rb.categoryIndex("notice")
	for _, h := range c.ix.strongHits(ws) {
		if int(h.k) == notice && !c.tellingTerm(int(h.k), int(h.i)) {
			return true
		}
	}
	for _, w := range ws {
		if policyChangeVerb[w] {
			return true
		}
	}
	return false
}

// withoutDocNotice is ws without "notice" and "notices", for a sentence
// and heading whose notice is a document's name.
func withoutDocNotice(ws []string) []string {
	out := ws[:0:0]
	for _, w := range ws {
		if w != "notice" && w != "notices" {
			out = append(out, w)
		}
	}
	return out
}
