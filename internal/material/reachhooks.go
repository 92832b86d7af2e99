package material

import "github.com/redline-legal/redline/internal/redline"

// The families of a commitment changed in words the rules otherwise read
// as grammar or as the same commitments reworded: which offering it is
// said of (offeringreach.go), what a tracker follows (trackedepisode.go),
// what of a communication is collected (commscontent.go), which changes a
// notice announces (noticeobject.go), who acts in a relative clause
// (relativeactor.go), how long data lives (persistence.go), data no
// longer said to be redacted (deidentified.go), the kind of a time limit
// (timeconjunction.go), a phrase pinning what a limit covers
// (limitphrase.go), what a deadline runs from (deadlineanchor.go), the
// reader traded for others as whom a use is for (audience.go), a channel
// put on a right (rightchannel.go), an item put after the last of a list
// (listappend.go), the unit of a period counted without a number
// (vagueperiod.go), the reach of a verb of effect (effectverb.go), the
// size of a part (quantdegree.go), a qualifier of what an "only" confines
// it to (onlyqualifier.go), whose a thing is, the author's or another's
// (ownparty.go), how near an event an act is put (proximity.go), the
// degree of a comparison (comparativedegree.go), how often it holds
// (frequencytier.go), a purpose phrase put or dropped
// (purposeconfined.go), a relative clause made non-restrictive, or put to
// pick out which ones (looseclause.go).
// Each is asked where the change would otherwise be called minor.

// grammarReach is asked of a change whose words differ only in grammar
// (fo and fn the folded texts): a plural, a determiner.
func (c *classifier) grammarReach(ch redline.Change, fo, fn, removed, added []string) (Verdict, bool) {
	if !anyWordIn(fo, offeringNouns) && !episodeIn(fo) && !relativeOpenerIn(fn) && !relativeOpenerIn(fo) {
		return Verdict{}, false
	}
	k, _, _ := c.categorize(fo, nil, c.headingWords(ch.Section))
	if v, ok := c.looseClauseVerdict(ch, k); ok {
		return v, true
	}
	if v, ok := c.episodeVerdict(ch, k, fo, fn); ok {
		return v, true
	}
	if v, ok := c.relativeActorVerdict(ch, k, fo, fn, ch.Old, ch.New); ok {
		return v, true
	}
	return c.offeringVerdict(ch, k, &signals{}, removed, added, fo, fn, ch.Old, ch.New)
}

// rewordedReach is asked of a sentence reworded that the rules would call
// the same commitments (fOld and fNew the folded changed sentences).
func (c *classifier) rewordedReach(ch redline.Change, cat string, sig *signals, removed, added, fOld, fNew []string, ctxOld, ctxNew string) (Verdict, bool) {
	if v, ok := c.offeringVerdict(ch, cat, sig, removed, added, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.recordContentVerdict(ch, sig, removed, added, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.noticeObjectVerdict(ch, sig, removed, added, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.relativeActorVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.persistenceVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.redactionVerdict(ch, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.timeConjunctionVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.limitPhraseVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.deadlineAnchorVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.audienceVerdict(ch, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.rightChannelVerdict(ch, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.vaguePeriodVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.effectVerbVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.partSizeVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.confinedQualifierVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.ownerVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.nearnessVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.degreeVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.frequencyVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.purposeConfinedVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.narrowedClauseVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	return c.listAppendVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew)
}

// unrelatedReach is asked of a sentence reworded that the rules would
// call wording not about personal data: what it says of an offering, who
// acts in a relative clause, data no longer said to be redacted, the
// reader traded for others as whom a thing is for, a qualifier of what an
// "only" confines it to, how near an event an act is put, or an item put
// in a list of what an act of processing covers.
func (c *classifier) unrelatedReach(ch redline.Change, sig *signals, removed, added, fOld, fNew []string, ctxOld, ctxNew string) (Verdict, bool) {
	if v, ok := c.offeringVerdict(ch, "", sig, removed, added, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.relativeActorVerdict(ch, "", fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.redactionVerdict(ch, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.audienceVerdict(ch, fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.confinedQualifierVerdict(ch, "", fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	if v, ok := c.nearnessVerdict(ch, "", fOld, fNew, ctxOld, ctxNew); ok {
		return v, true
	}
	return c.listAppendVerdict(ch, "", fOld, fNew, ctxOld, ctxNew)
}
