package material

// occasionItem reports a list item, folded, that says on what occasion
// the lead-in's act is done, not a thing of its own: "Information may be
// shared only:", then "As required by law", "When you ask us to".
func occasionItem(item []string) bool {
	return len(item) > 0 && (item[0] == "as" || conditionOpeners[item[0]])
}

// leadFrame is the category of a list item changed within itself (a word
// of a list inside the item added or taken away) that is an occasion of
// its lead-in's sharing: the item completes the lead-in's sentence, whose
// verb says what is done. "Information may be shared only:", then "As
// required by law" → "As required or permitted by law" is a new occasion
// of disclosure, whatever a legal obligation names. Only sharing: the
// occasions listed under "we will use your personal data in these
// circumstances:" ("Where it is necessary for our legitimate
// interests") are the legal bases of that use, as they read. "" when the
// lead-in is not of sharing or the item is no occasion.
func (c *classifier) leadFrame(frame []string, leadCat string) string {
	if leadCat == "recipients" && occasionItem(frame) {
		return leadCat
	}
	return ""
}
