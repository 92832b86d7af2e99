package material

// A sentence that says a protection or a right does not reach somewhere
// ("Blocking resources loaded by service workers is currently
// unsupported due to platform limitations", put in the rows of
// DuckDuckGo's tracker loading protection, duckduckgo-help-pages 032)
// narrows it, though it has no "not" for the rules of denial and names
// no category: the section it stands in says what it limits. Taken out,
// the limit is lifted. The forms are a closed class: a thing said
// unsupported or unavailable, not supported, available, possible,
// offered, blocked or covered, not to be blocked or deleted, or said not
// to work, apply, cover, block or protect.

// unsupportedRE matches a sentence's saying that a thing is not done or
// cannot be.
var unsupportedRE = mustPattern(`(?i)\b(?:(?:is|are|remains?)\s+(?:currently\s+|still\s+|not\s+yet\s+)?(?:unsupported|unavailable)|` +
	`(?:is|are)\s*(?:n't|not)\s+(?:yet\s+|currently\s+)?(?:supported|available|possible|offered|blocked|covered)|` +
	`cannot\s+(?:currently\s+|yet\s+)?be\s+(?:blocked|supported|deleted|removed|disabled|turned off)|` +
	`(?:does|do)\s*(?:n't|not)\s+(?:yet\s+|currently\s+)?(?:work|apply|cover|block|protect))\b`)

// limitSaid reports a sentence of that form on one side of a change
// only.
func limitSaid(ctxOld, ctxNew string) bool {
	return limitAt(ctxOld) != limitAt(ctxNew)
}

// limitAt reports a sentence of that form in s; the expression runs only
// on text with a word it needs.
func limitAt(s string) bool {
	if !containsFold(s, "not") && !containsFold(s, "n't") && !containsFold(s, "unsupport") && !containsFold(s, "unavailab") {
		return false
	}
	return unsupportedRE.MatchString(s)
}
