package material

import (
	"strings"
)

// A notice that the policy was or will be updated, put above it or taken
// away, announces a change; it commits to nothing itself: Snapchat's
// "We've updated our Privacy Policy, effective August 15, 2023. You can
// view the prior Privacy Policy, which applies to all users until August
// 15, 2023, here." came and went with each update (pga-33 014, 018, 025,
// 029) and read "Scope of the policy: new text". What changed is in the
// policy's text, judged there. Every sentence of the notice must name the
// policy and say it is updated, new, prior or in effect from a date, and
// one must give the date or the prior version: a sentence of what changes
// ("We are changing how we show ads") is a change of its own, and so is
// one that names what the policy is about beside its being new ("Our new
// Privacy Policy, effective May 1, lets us share your data with
// advertisers").

// bannerPolicyRE is the policy named.
var bannerPolicyRE = mustPattern(`(?i)\b(?:privacy (?:policy|notice|statement)|policy|notice|terms(?: of (?:service|use))?)\b`)

// bannerSaysRE is the policy said to be updated, new, prior or in effect.
var bannerSaysRE = mustPattern(`(?i)\b(?:we(?:'|’)ve|we have|we(?:'|’)re|we are|we will be|we(?:'|’)ll be)\s+(?:recently\s+)?(?:updated|updating|revised|revising|amended|amending|changed|changing)\b|` +
	`\b(?:new|updated|revised|prior|previous|earlier|former|old)\b|\b(?:comes?|came|will come|goes|went|will go) into (?:effect|force)\b|\b(?:takes?|took|will take) effect\b|\beffective\b`)

// bannerWhenRE is a date, or the prior version pointed to.
var bannerWhenRE = mustPattern(`(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:19|20)\d\d\b|\b(?:prior|previous|earlier|former|old) (?:version|privacy|policy|notice|terms)`)

// versionPointerRE is a sentence's pointer to the policy's other version,
// whatever verb sends the reader there: "We’re updating our Privacy Notice
// effective November 15, 2025. You can access the new version here"
// (Zillow's, ota-67 027, 028), where "access" is no right of the
// reader's.
var versionPointerRE = mustPattern(`(?i)^\W*you\s+(?:can|may)\s+(?:access|view|read|see|find|review)\s+(?:the|our)\s+(?:new|updated|prior|previous|earlier|former|old)\s+version\b`)

// policyNameRE is the name of a policy that names a category: "Cookies
// Policy", "Cookies and Tracking Policy", "Data Protection Notice".
var policyNameRE = mustPattern(`(?i)\b(?:cookies?|privacy|tracking|data protection)(?:\s+(?:and|&)\s+tracking(?:\s+technologies)?)?\s+(?:policy|notice|statement)\b`)

// updateBanner reports sentences put in or taken out whole (one side
// empty) that only announce the policy's update.
func (c *classifier) updateBanner(ctxOld, ctxNew string) bool {
	s := ctxNew
	if ctxOld != "" {
		if ctxNew != "" {
			return false
		}
		s = ctxOld
	}
	if supersededAt(s) != "" {
		return false // "replaced by our new Terms of Service": another text governs (supersede.go)
	}
	ss := sentences(strings.TrimSpace(s))
	if len(ss) == 0 || len(ss) > 3 {
		return false
	}
	when := false
	for _, x := range ss {
		if !bannerPolicyRE.MatchString(x) || !bannerSaysRE.MatchString(x) || len(strings.Fields(x)) > 40 {
			return false
		}
		// A policy's name is no word of its category: "Previous Cookies
		// policy 2018 [Viber Cookies Policy 2018](…)" (ota-147 006).
		if k, hit, _ := c.categorize(c.ix.fold(policyNameRE.ReplaceAllString(x, " policy ")), nil, nil); hit && k != "scope" && k != "notice" && !versionPointerRE.MatchString(x) {
			return false
		}
		when = when || bannerWhenRE.MatchString(x)
	}
	return when
}

// bannerWords reports a text that names a policy, notice or terms, as a
// notice of its update must: the rest is not read for one.
func bannerWords(s string) bool {
	return containsFold(s, "polic") || containsFold(s, "notice") || containsFold(s, "terms")
}
