package material

// The force of a paragraph is compared as a whole (compareForce): "will
// not" in one sentence for "never" in another is no change. But a word of
// force one sentence gains can be one another sentence already has, and
// then the paragraph's weakest word is the same before and after: "We
// will never retain your information for longer than necessary. In most
// cases, our retention period ends 7 years after …" → "We will in
// principle not retain … In most cases, …" hedges the first commitment
// as the second was hedged already (b242-20). Where a paragraph keeps its
// sentences, one for one, each sentence changed is compared with its own
// old self too, and a change of force the paragraph hides that way is the
// change it is.

// maskedForce returns the weakening of one sentence of a paragraph kept
// sentence for sentence by a hedge of scope it gains ("in principle",
// "usually", "in some cases") that other old sentences already had, so that compareForce
// on the paragraph (fOld, fNew) could not see it. It returns nil when
// there is none. Only a word gained is read so: a sentence compared alone
// is read without the rewordings the paragraph's comparison sees through,
// and a word lost or moved is theirs to judge. A permission gained so
// ("We share it with the police when the law requires it" → "We may also
// share it …" beside a "may" of the sentence before, b18-12) is left to
// the paragraph: what a sentence may do beside another that may is read
// as the paragraph reads it.
func (c *classifier) maskedForce(ctxOld, ctxNew string, fOld, fNew []string) *forceChange {
	if len(ctxOld) > maxReread || len(ctxNew) > maxReread {
		return nil
	}
	so, sn := sentences(ctxOld), sentences(ctxNew)
	if len(so) < 2 || len(so) != len(sn) {
		return nil
	}
	// What is masked is a hedge of scope the old paragraph already has:
	// without one, no sentence need be compared alone.
	po, _ := c.ix.forces(fOld)
	if !c.scaleIn("scope", po) {
		return nil
	}
	for i := range so {
		if so[i] == sn[i] {
			continue
		}
		f := c.compareForce(c.ix.fold(so[i]), c.ix.fold(sn[i]))
		if f == nil || f.scale != "scope" || f.verb != "weakened" || len(f.to) == 0 {
			continue
		}
		if c.classesIn(f.to, po) {
			return f
		}
	}
	return nil
}

// scaleIn reports some class of scale counted in count.
func (c *classifier) scaleIn(scale string, count map[int]int) bool {
	for k, n := range count {
		if n > 0 && c.rb.Force[k].Scale == scale {
			return true
		}
	}
	return false
}

// classesIn reports some class of names counted in count.
func (c *classifier) classesIn(names []string, count map[int]int) bool {
	for _, name := range names {
		for k, cl := range c.rb.Force {
			if cl.Class == name && count[k] > 0 {
				return true
			}
		}
	}
	return false
}
