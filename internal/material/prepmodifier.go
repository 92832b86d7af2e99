package material

import (
	"strings"
)

// channelPhraseRE is a noun followed by the channel it goes by, one or
// two, each with a preposition of means: "transmission over the internet
// or by email", "alerts by SMS".
var channelPhraseRE = mustPattern(`(?i)\b(\p{L}+)\s+(?:over|by|via|through)\s+(?:the\s+)?(\p{L}+)(?:\s+(or|and)\s+(?:(?:over|by|via|through)\s+)?(?:the\s+)?(\p{L}+))?\b`)

// pronounObject are the pronouns a channel may follow as the object of a
// verb: "notify you by email", "contact us by phone".
var pronounObject = map[string]bool{"you": true, "us": true, "them": true, "it": true, "him": true, "her": true, "me": true,
	"this": true, "that": true, "these": true, "those": true, "one": true, "yourself": true, "ourselves": true, "themselves": true}

// channelsAsModifiers writes, in s, a noun followed by its channels ("no
// transmission over the internet or by email") as the compound the other
// text writes for it ("no internet or email transmission"): a noun's
// modifier said after it with a preposition of means names the same
// thing. Only where other writes those words as that compound; the
// phrase after a verb, or another preposition ("data to partners"), is
// left as written. The fold would have read "over the internet" as
// "online", parting it from "internet transmission".
func channelsAsModifiers(s, other string) string {
	if !strings.Contains(s, " by ") && !strings.Contains(s, " over ") && !strings.Contains(s, " via ") && !strings.Contains(s, " through ") {
		return s
	}
	lo := strings.ToLower(other)
	var cut []replacement
	for _, m := range channelPhraseRE.FindAllStringSubmatchIndex(s, -1) {
		noun := s[m[2]:m[3]]
		if pronounObject[strings.ToLower(noun)] {
			continue // "notify you by email" is no compound of "email you"
		}
		mods := s[m[4]:m[5]]
		if m[6] >= 0 {
			mods += " " + s[m[6]:m[7]] + " " + s[m[8]:m[9]]
		}
		compound := mods + " " + noun
		if !strings.Contains(lo, strings.ToLower(compound)) {
			continue
		}
		cut = append(cut, replacement{from: m[0], to: m[1], with: compound})
	}
	return replaced(s, cut)
}
