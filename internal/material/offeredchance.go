package material

import (
	"strings"
)

// offeredChanceRE is "we (will) give you the opportunity to": the company
// handing the reader a power, and the modal that binds its giving.
var offeredChanceRE = mustPattern(`(?i)\bwe(\s+(?:will|shall|may|can|might|could|would))?\s+(?:give|provide|offer)s?\s+you\s+(?:with\s+)?(?:the|an|a)\s+(?:opportunity|option|chance|possibility|ability)\s+to\b`)

// offeredChance writes "we will give you the opportunity to" (the option,
// the chance, the ability; provide, offer) as the reader's power it
// grants, "you will be able to", keeping the modal: "We will give you the
// opportunity to refuse direct marketing" commits to what "You will be
// able to refuse direct marketing" does, "We may give you the option to"
// to what "You may be able to" does, a power hedged; without a modal,
// "We offer you the option to opt out" is "you can opt out". What the
// reader may do, and when, is compared as written.
func offeredChance(m string) string {
	if !strings.Contains(m, "you ") || !strings.Contains(m, "pportunit") && !strings.Contains(m, "option") && !strings.Contains(m, "chance") &&
		!strings.Contains(m, "possibilit") && !strings.Contains(m, "abilit") {
		return m
	}
	return offeredChanceRE.ReplaceAllStringFunc(m, func(s string) string {
		sub := offeredChanceRE.FindStringSubmatch(s)
		if modal := strings.TrimSpace(sub[1]); modal != "" {
			return "you " + strings.ToLower(modal) + " be able to"
		}
		return "you can"
	})
}
