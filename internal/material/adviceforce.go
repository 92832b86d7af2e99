package material

import "strings"

// What a policy advises or asks its reader to do binds the reader to
// nothing and the company to nothing: "We encourage you to review this
// Privacy Policy periodically for any changes" → "Please review this
// Privacy Policy now and then to see any changes" (b66-40) trades how
// strongly, and how often, the reader is urged, not anything the company
// does. A sentence that only gives such advice, opened by it ("we
// encourage you to", "we recommend that users", "you are advised to",
// "please", "you should"), is set aside when the force of a change is
// compared, where both sides give advice: if the rest states the same
// force, the force did not change. A sentence of advice with a "we" in it
// ("please review it; we will notify you") says what we do, and is not
// set aside; nor is one with a modal after its opener, another's
// commitment told in it ("contact the owners about how they might process
// it", github-016); nor a request to deal with us ("Please contact us to
// exercise these rights" → "… in writing", b18-30, b37-41): how a right
// is exercised is a term of the right. A duty put on the reader ("you
// must review") is no advice. And only how strongly, how widely or when
// the reader is urged is set aside (the obligation, scope and time
// scales), not a form such as "in writing" or a condition.

// adviceForceOnly reports two texts whose force, changed on scale,
// differs only in their sentences of advice to the reader.
func (c *classifier) adviceForceOnly(scale, old, new string) bool {
	if scale != "obligation" && scale != "scope" && scale != "time" || !adviceHinted(old) || !adviceHinted(new) {
		return false // most texts give no advice: no need to fold them again
	}
	ro, ao := c.withoutAdvice(old)
	rn, an := c.withoutAdvice(new)
	if ao == 0 || an == 0 {
		return false
	}
	return c.compareForce(c.ix.fold(ro), c.ix.fold(rn)) == nil
}

// adviceHinted reports a word of advice in s as written: an advice verb,
// "please" or "should".
func adviceHinted(s string) bool {
	for _, h := range adviceHints {
		if strings.Contains(s, h) {
			return true
		}
	}
	return strings.Contains(s, "lease") || strings.Contains(s, "should")
}

// withoutAdvice returns s without its sentences of advice to the reader,
// and how many there were.
func (c *classifier) withoutAdvice(s string) (rest string, n int) {
	var keep []string
	for _, sent := range sentences(s) {
		if c.adviceSentence(sent, c.ix.fold(sent)) {
			n++
			continue
		}
		keep = append(keep, sent)
	}
	return strings.Join(keep, " "), n
}

// adviceSentence reports a sentence, as written and as folded words ws,
// that opens with advice to the reader, or a request of them, and says
// nothing we do. "please" folds away, as a word of politeness: it is read
// as written.
func (c *classifier) adviceSentence(sent string, ws []string) bool {
	if len(ws) < 3 {
		return false
	}
	open := -1
	switch {
	case pleaseOpens(sent) && !c.ix.forceWord[ws[0]] && ws[0] != "bear":
		open = 0 // "please review", not "please note" (folded "bear in mind")
	case readers[ws[0]] && ws[1] == "should" && ws[2] != "not" && ws[2] != "be":
		open = 2 // "you should review", "users should verify"
	default:
		if start, end := adviceOpener(ws); start == 0 {
			open = end
		}
	}
	if open < 0 {
		return false
	}
	for _, w := range ws[open:] {
		if w == "we" || w == "we'll" || w == "us" {
			return false
		}
	}
	// A modal after the opener is someone's commitment or duty told in
	// the advice ("you must", "how they might process your data",
	// github-016): not advice.
	count, _ := c.ix.forces(ws[open:])
	for k, n := range count {
		if n > 0 && c.rb.Force[k].Scale == "obligation" {
			return false
		}
	}
	return true
}

// pleaseOpens reports a sentence that opens with "please" (or "kindly").
func pleaseOpens(sent string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(sent, " -*•\t"), " ")
	w = strings.ToLower(w)
	return w == "please" || w == "kindly"
}
