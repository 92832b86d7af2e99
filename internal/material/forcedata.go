package material

// A commitment over data that no category's word names, a force put on
// it or taken off: "omnie … does not independently host or control
// customer data" → "…, where feasible", "…, unless we decide otherwise",
// "…, subject to our internal policies" each read "Wording not about
// personal data", though the sentence says what the author does with
// data. The denial added or dropped was mended before (namesdata.go's
// rescue in classify.go); a condition, an exception or a hedge put on the
// same words weakens the same commitment. Data is data, whoever's it is
// said to be.
//
// Only words added or only words removed, the rest kept: a sentence
// rewritten whole ("You can contact the appropriate data protection
// authority" → "Examples of relevant data protection authorities are
// listed") changes more than a force, and is judged by its words. "data"
// or "information" must be the head of a phrase on the side that kept
// its words, not a word of a body's or a law's name ("data protection
// authority") or of a template ("{% data variables … %}").
func (c *classifier) forceOverData(force *forceChange, fOld, fNew, removed, added []string) bool {
	if force == nil || len(removed) > 0 && len(added) > 0 || len(removed)+len(added) == 0 {
		return false
	}
	// The side that only kept words is read: the other has them all, and
	// what it adds after "data" ("customer data, subject to our internal
	// policies", the comma folded away) heads nothing.
	if len(added) > 0 {
		return dataHeaded(fOld)
	}
	return dataHeaded(fNew)
}

// dataHeaded reports "data" or "information" in folded words, not
// followed by a noun it modifies: "customer data", "merchant
// information"; not "data protection", "data variables",
// "information security".
func dataHeaded(ws []string) bool {
	for i, w := range ws {
		if w != "data" && w != "information" {
			continue
		}
		if i+1 == len(ws) {
			return true
		}
		if e := wordNet().entries(ws[i+1]); len(e) == 0 || e[0].pos[0] != 'n' {
			return true
		}
	}
	return false
}
