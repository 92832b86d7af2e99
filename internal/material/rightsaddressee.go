package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A company named as the postal address the reader writes to when they
// use their rights is that way of using them, not a party data goes to:
// "If you would like to exercise any of your rights …, please email
// dataprotection@… or write to the Data Protection Officer at Guardian
// News & Media Limited, Kings Place, 90 York Way, London N1 9GU" → "…
// please use the online form in the privacy settings of your Guardian
// account" (b54-37) takes a channel from the reader (GDPR Art. 12(2),
// 13(2)(b)); nobody stops receiving data. A company the same sentence
// shares data with stays a recipient.
//
// rightsAddressee returns "rights" for a material verdict naming a party
// (entity) of another category whose changed sentences, on the side the
// verdict names, tell the reader to write or send to the party named at
// an address (writeToAtRE, the name after it) to use a right or make a request (rightsUseRE),
// and share nothing (sharingStems); "" otherwise.
func (c *classifier) rightsAddressee(v Verdict, ch redline.Change) string {
	if v.Category == "rights" || v.Category == "identity" || !strings.HasSuffix(v.Rule, ".entity") || c.rb.categoryIndex("rights") < 0 {
		return ""
	}
	text := c.changedSentencesOf(ch, v.Direction != Restricts)
	if text == "" || containsAnyFold(text, sharingStems) {
		return ""
	}
	_, what, _ := strings.Cut(v.Reason, ": ")
	what, _, _ = strings.Cut(what, " (")
	if what == "" || strings.HasPrefix(what, "'") {
		return "" // no name in the reason
	}
	names := strings.Split(what, ", ")
	for _, s := range sentences(text) {
		if !rightsUseRE.MatchString(s) {
			continue
		}
		// The party is the one written to: named after "write to … at".
		if m := writeToAtRE.FindStringIndex(s); m != nil && containsAny(s[m[1]-1:], names) {
			return "rights"
		}
	}
	return ""
}

// writeToAtRE is the reader told to write or send a letter to someone at
// a place: "write to the Data Protection Officer at Guardian News & Media
// Limited", "send a letter to us at", "by post to".
var writeToAtRE = mustPattern(`(?i:\b(?:write|writing|send(?:ing)?\s+(?:us\s+)?(?:a\s+)?(?:letter|request)|mail|post)\b[^.;]{0,60}?\b(?:at|to))\s+\p{Lu}`)

// rightsUseRE is a sentence about using a right or making a request.
var rightsUseRE = mustPattern(`(?i)\b(?:exercis\w*|your\s+rights?|a\s+request|your\s+request|to\s+request|to\s+access|to\s+delete|to\s+correct|to\s+object|opt\s+out)\b`)
