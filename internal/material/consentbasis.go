package material

import "slices"

// consentRegimes are the categories whose consents are terms of rules of
// their own: a parent's consent for a child's data (COPPA, GDPR Art. 8),
// consent to trackers (ePrivacy Art. 5(3)), to automated decisions (GDPR
// Art. 22(2)(c)). The form of such a consent changed is of that category;
// of any other act, it is the legal basis the act rests on.
var consentRegimes = map[string]bool{"children": true, "cookies": true, "ai": true}

// consentBoth reports a consent named on both sides of a change, its
// form what changed: "in writing" said of a request is no consent's.
func consentBoth(old, new []string) bool {
	return slices.Contains(old, "consent") && slices.Contains(new, "consent")
}
