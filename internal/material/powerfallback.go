package material

import "slices"

// powerCategory returns the category of a change the rules cannot read
// in a sentence that gives the user a power over what is theirs (userPower
// on either side): "You can review and change your personal information"
// → "… your profile information" (b44-27). The power is a right,
// and what it reaches is what changed: rights, not the purposes the words
// around it name ("manage your marketing communication preferences",
// b53-05) or a notice. A power the rules of another category govern is
// left to them, where the words both sides keep name it ("You can
// configure shorter retention periods", cookie preferences, a review of
// an automated decision, parental consent, a security setting); so is a
// change read as data, a recipient, a place or a period, which the power
// does not make less what it is. "" when the sentence gives no such
// power.
func (c *classifier) powerCategory(cat, ctxOld, ctxNew string, old, new, removed, added []string) string {
	switch cat {
	case "purposes", "notice", "unclassified", "":
	case "recipients":
		// Who holds the power, changed: "You can manage or disconnect
		// third-party integrations" → "Account owners and
		// administrators can manage …" (b80-38) limits a right to some
		// users, though the sentence names recipients. Only where "you"
		// is among the words changed and no word changed is one of
		// sharing: a recipient added or dropped stays the recipients'.
		if !slices.Contains(removed, "you") && !slices.Contains(added, "you") {
			return ""
		}
		rc := c.rb.categoryIndex("recipients")
		if slices.ContainsFunc(c.ix.strongHits(append(append([]string{}, removed...), added...)), func(h termHit) bool { return int(h.k) == rc }) {
			return ""
		}
	default:
		return ""
	}
	r := c.rb.categoryIndex("rights")
	if r < 0 || !c.userPower(old) && !c.userPower(new) {
		return ""
	}
	// The power must be the changed sentence's own, not another's in the
	// same paragraph: "We use your data for analytics. You can object" is
	// no right where "analytics" changed.
	powered := func(ctx string, changed []string) bool {
		for _, s := range sentences(ctx) {
			ws := c.ix.fold(s)
			if slices.ContainsFunc(changed, func(w string) bool { return !c.ix.grammar[w] && slices.Contains(ws, w) }) && c.userPower(ws) {
				return true
			}
		}
		return false
	}
	if !powered(ctxOld, removed) && !powered(ctxNew, added) {
		return ""
	}
	frame, _ := diffWords(old, append(append([]string{}, removed...), added...))
	for _, h := range c.ix.strongHits(frame) {
		if ownPowers[c.rb.Categories[h.k].ID] {
			return ""
		}
	}
	return "rights"
}

// ownPowers are the categories whose rules govern a power of the user's
// of their own: to refuse cookies, to have data deleted sooner, to ask
// for a human to review an automated decision, a parent's consent, a
// setting that protects the account.
var ownPowers = map[string]bool{"cookies": true, "retention": true, "ai": true, "children": true, "security": true}
