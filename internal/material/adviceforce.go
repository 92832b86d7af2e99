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
//
// A help page labels such advice instead of saying who gives it: "Tip:
// glance at the "Last Updated" date now and then; if it has changed, so
// has the policy" (b75-40) is "We encourage you to review this Privacy
// Policy periodically". The label opens advice only where a verb the
// reader is told to do follows it: "Tip: people who click your referral
// links may also see our ads" (b75-34) tells what others do, and "Good
// to know: customers of … are also covered" (b75-12) states a fact. What
// follows a semicolon in the advice is still the advice's sentence.

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
	return strings.Contains(s, "lease") || strings.Contains(s, "should") || labelHinted(s)
}

// labelHinted reports an advice label's colon in s as written.
func labelHinted(s string) bool {
	return strings.Contains(s, "ip:") || strings.Contains(s, "int:") || strings.Contains(s, "ips:") || strings.Contains(s, "ints:")
}

// adviceUnits returns the sentences of s, a sentence ended by a semicolon
// joined to the one after it: "Tip: glance at the date now and then; if
// it has changed, so has the policy." is one piece of advice.
func adviceUnits(s string) []string {
	ss := sentences(s)
	if !strings.Contains(s, ";") {
		return ss
	}
	out := ss[:0:0]
	for i := 0; i < len(ss); i++ {
		sent := ss[i]
		for strings.HasSuffix(sent, ";") && i+1 < len(ss) {
			i++
			sent += " " + ss[i]
		}
		out = append(out, sent)
	}
	return out
}

// adviceStart is adviceOpener, or the advice label that opens sent
// (folded ws): "Tip: glance at …" gives its advice from the verb on.
func adviceStart(sent string, ws []string) (start, end int) {
	if adviceLabelled(sent, ws) {
		return 0, 1
	}
	return adviceOpener(ws)
}

// adviceLabels are the labels, folded, a help page puts before advice to
// its reader: "Tip:", "Hint:".
var adviceLabels = map[string]bool{"tip": true, "tips": true, "hint": true, "hints": true}

// adviceLabelled reports a sentence, as written and folded ws, that opens
// with an advice label, its colon, and a verb in its plain form that the
// reader is told to do: "Tip: glance at …", not "Tip: people who click …
// may …" (a modal the caller refuses) or "Tip: our team …".
func adviceLabelled(sent string, ws []string) bool {
	w0, _, ok := strings.Cut(strings.TrimLeft(sent, " -*•\t"), ":")
	if !ok || len(ws) < 3 || !adviceLabels[strings.ToLower(w0)] || !adviceLabels[ws[0]] {
		return false
	}
	v := ws[1]
	if readers[v] || determiners[v] || prepositions[v] || readerWords[v] || v == "we" || v == "our" || ws[2] == "who" || ws[2] == "that" || ws[2] == "which" {
		return false // "Tip: people who click …", "Tip: our team …"
	}
	// The verb as written is its own lemma: "Tip: changes take effect
	// …" names changes, it tells no one to change.
	e, ok := wordNet().lookup(v)
	return ok && strings.ContainsRune(e.pos, 'v')
}

// withoutAdvice returns s without its sentences of advice to the reader,
// and how many there were.
func (c *classifier) withoutAdvice(s string) (rest string, n int) {
	var keep []string
	for _, sent := range adviceUnits(s) {
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
	case adviceLabelled(sent, ws):
		open = 1 // "Tip: glance at …"
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
