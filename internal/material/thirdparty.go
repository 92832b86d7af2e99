package material

import (
	"strings"
)

var (
	// thirdPartyModRE is "third-party" written before a noun, hyphenated:
	// "any third-party websites". ("to a third party without …" names
	// one; it is not matched.)
	thirdPartyModRE = mustPattern(`(?i)\bthird[-‐‑]party\s+`)
	// responsibilityDeniedRE is a disclaimer of responsibility or control:
	// "we are not responsible for", "we have no control over", "we do not
	// endorse".
	responsibilityDeniedRE = mustPattern(`(?i)\b(?:not|never)\s+(?:be\s+|held\s+)?(?:responsible|liable|accountable)\b|\bno\s+(?:control|responsibility|liability)\b|\b(?:do|does)\s+not\s+(?:control|endorse)\b|\b(?:don|doesn)['’]t\s+(?:control|endorse)\b`)
)

// thirdPartyDisclaimed returns mOld and mNew without the "third-party"
// written before nouns, where mNew adds it and only in disclaimers of
// responsibility or control, and the old paragraph (para) or its heading
// already says the things are third parties': "We are not responsible
// for the practices employed by any websites … linked to or from our
// website" → "… any third-party websites …", under "Third-Party
// Websites". The disclaimer covers the same sites, named as the text
// named them. The modifier added to any other sentence (what is not
// shared, and with whom), or dropped, is compared as written.
func thirdPartyDisclaimed(mOld, mNew, para, heading string) (string, string) {
	if !strings.Contains(mNew, "hird") {
		return mOld, mNew
	}
	added := len(thirdPartyModRE.FindAllStringIndex(mNew, -1)) - len(thirdPartyModRE.FindAllStringIndex(mOld, -1))
	if added <= 0 {
		return mOld, mNew
	}
	lp, lh := strings.ToLower(para), strings.ToLower(heading)
	if !strings.Contains(lp, "third part") && !strings.Contains(lh, "third part") && !strings.Contains(lh, "third-part") {
		return mOld, mNew
	}
	for _, s := range append(sentences(mOld), sentences(mNew)...) {
		if thirdPartyModRE.MatchString(s) && !responsibilityDeniedRE.MatchString(s) {
			return mOld, mNew
		}
	}
	return thirdPartyModRE.ReplaceAllString(mOld, ""), thirdPartyModRE.ReplaceAllString(mNew, "")
}
