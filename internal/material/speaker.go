package material

import "strings"

// speaksAsWe reports a name that the old (or new) text of a change uses
// for its author where the other text says "we" or "our": a sentence of
// ctx opens with the name (or its possessive) and a sentence of other
// opens with "We" (or "Our") and the same next word, by its stem
// ("OmniCRM implements" → "We implement", "Zentrix's team" → "Our
// team"). The paragraph that names it must not speak as "we", "us" or
// "our" itself, else the name is someone beside the author ("Paylio
// processes payments for us"); and a party the rules know by name is
// never the author by this reading.
func (c *classifier) speaksAsWe(e, ctx, other string) bool {
	if c.neverAuthor(e) || writesWe(ctx) {
		return false
	}
	return sameOpening(ctx, e, other, "We") || sameOpening(ctx, e+"'s", other, "Our") || sameOpening(ctx, e+"’s", other, "Our")
}

// neverAuthor reports a name the rules know as a country or a party: never
// the author, whatever the text says of it.
func (c *classifier) neverAuthor(e string) bool {
	return c.ix.countries[e] || len(c.knownEntities([]string{e})) > 0
}

// writesWe reports a text that speaks as "we", "us" or "our" itself.
func writesWe(ctx string) bool {
	for _, w := range rawWords(ctx) {
		switch strings.ToLower(w) {
		case "we", "us", "our", "ours", "ourselves":
			return true
		}
	}
	return false
}

// authorAsWe writes "we" (or "our") for a name either text uses for its
// author where the other says "we" (see speaksAsWe), so that the words
// compared are the commitments, not who is speaking.
func (c *classifier) authorAsWe(ctxOld, ctxNew, mOld, mNew string) (string, string) {
	// A side names its author so only where the other opens a sentence
	// with "We" or "Our": where neither does, no name is read.
	saysWe := func(s string) bool { return strings.Contains(s, "We ") || strings.Contains(s, "Our ") }
	if !saysWe(ctxOld) && !saysWe(ctxNew) {
		return mOld, mNew
	}
	eo, en := c.entities(ctxOld), c.entities(ctxNew)
	swap := func(m string, es []string, ctx, other string) string {
		speaker := newSpeakerIndex(c, ctx, other) // read once for all the names
		for _, e := range es {
			if speaker.speaks(e) {
				m = strings.NewReplacer(e+"'s", "our", e+"’s", "our", e, "we").Replace(m)
			}
		}
		return m
	}
	return swap(mOld, minusNames(eo, en), ctxOld, ctxNew), swap(mNew, minusNames(en, eo), ctxNew, ctxOld)
}

// usersAsYou writes "you" for "users" or "customers" (and "your" for
// "their") in a text that never says "you" and opens a sentence with
// "Users" or "Customers" where the other text, which never names them so,
// says "you" before the same next word: "You can review your account" →
// "Users can review their account" addresses the same people, and so does
// "If a customer cancels their subscription: Customers have 30 days" →
// "If you cancel your subscription, you have 30 days" (b68-05). "may" and
// "can" after the noun are one permission ("Users may control cookie
// preferences" → "You can control …", b68-09). "Business users can …" or
// "Users in the EU can …" open otherwise, and are compared as written.
func usersAsYou(mOld, mNew string) (string, string) {
	swap := func(m, other string) string {
		for _, n := range readerOpenings {
			if !strings.Contains(m, n.plural+" ") {
				continue
			}
			saysYou, named := false, false
			for _, w := range rawWords(m) {
				if lw := strings.ToLower(w); lw == "you" || lw == "your" {
					saysYou = true
				}
			}
			if saysYou {
				return m
			}
			for _, w := range rawWords(other) {
				if lw := strings.ToLower(w); lw == n.lower || lw == n.lowerOne {
					named = true
				}
			}
			if named || !youBefore(sentenceNexts(m, n.plural), other) {
				continue
			}
			return strings.NewReplacer("A "+n.lowerOne+" ", "You ", "a "+n.lowerOne+" ", "you ",
				n.plural, "You", n.lower, "you", "Their", "Your", "their", "your").Replace(m)
		}
		return m
	}
	return swap(mOld, mNew), swap(mNew, mOld)
}

// readerOpenings are the nouns a policy names its reader by when it does
// not say "you": plural as a sentence opens with it, lower case, and one.
var readerOpenings = []struct{ plural, lower, lowerOne string }{
	{"Users", "users", "user"},
	{"Customers", "customers", "customer"},
}

// youBefore reports "you" in other before one of the words xs (stems, as
// sentenceNexts gives them), "may" and "can" taken as one: the reader
// the noun named, doing the same thing.
func youBefore(xs []string, other string) bool {
	if len(xs) == 0 {
		return false
	}
	ws := rawWords(other)
	for i := 0; i+1 < len(ws); i++ {
		if !strings.EqualFold(ws[i], "you") {
			continue
		}
		y := stem(strings.ToLower(ws[i+1]))
		for _, x := range xs {
			if x == y || strings.TrimSuffix(x, "s") == y || strings.TrimSuffix(y, "s") == x ||
				(x == "may" || x == "can") && (y == "may" || y == "can") {
				return true
			}
		}
	}
	return false
}

// sameOpening reports a sentence of a that opens with first and one of b
// that opens with firstB, each followed by the same word, by its stem.
func sameOpening(a, first, b, firstB string) bool {
	xs := sentenceNexts(a, first)
	if len(xs) == 0 {
		return false
	}
	ys := sentenceNexts(b, firstB) // read once, not once per word of a
	for _, x := range xs {
		for _, y := range ys {
			if x == y || strings.TrimSuffix(x, "s") == y || strings.TrimSuffix(y, "s") == x {
				return true
			}
		}
	}
	return false
}

// usersOf writes "users of" for "the people who use" (or "those who
// use", "anyone who uses") in one text where the other says "users of":
// "about users of our systems" → "about the people who use our systems"
// names the same people (b68-16). What follows is compared as written, so
// "users of our systems" → "the people who use our website" still differs.
func usersOf(mOld, mNew string) (string, string) {
	if strings.Contains(mOld, "users of ") == strings.Contains(mNew, "users of ") {
		return mOld, mNew
	}
	r := strings.NewReplacer("the people who use ", "users of ", "The people who use ", "Users of ",
		"people who use ", "users of ", "those who use ", "users of ", "anyone who uses ", "users of ")
	if strings.Contains(mOld, "users of ") {
		return mOld, r.Replace(mNew)
	}
	return r.Replace(mOld), mNew
}
