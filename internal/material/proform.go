package material

import "slices"

// proForms are the words that stand for words said before them: a
// relative pronoun ("Stripe, which processes payments"), a pronoun of a
// thing ("it", "them"), "one" and "ones" ("customized ones"), "so" and
// "such" ("if we ever do so"), a demonstrative, "there" for a place.
var proForms = map[string]bool{
	"which": true, "who": true, "whom": true, "whose": true, "that": true,
	"it": true, "its": true, "they": true, "them": true, "their": true,
	"this": true, "these": true, "those": true, "one": true, "ones": true,
	"so": true, "such": true, "same": true, "there": true,
}

// proVerbs carry a pro-form that stands for an act: "do so", "did this".
var proVerbs = map[string]bool{"do": true, "does": true, "did": true, "done": true, "doing": true}

// maxAligned bounds the words two texts may have between their common
// start and end for wordHunks to align them: the table it fills is the
// product of the two counts.
const maxAligned = 160

// wordHunks aligns two lists of words by their longest common
// subsequence and calls f with each run of words between two aligned
// words, the run of a and the run of b at the same place (one of them may
// be empty), with the index of each run's start in a and in b. It reports
// false, calling nothing, when the texts differ in more words than
// maxAligned.
func wordHunks(a, b []string, f func(x, y []string, at, bt int)) bool {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	a, b = a[p:len(a)-s], b[p:len(b)-s]
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	if len(a) > maxAligned || len(b) > maxAligned {
		return false
	}
	// l[i][j] is the length of the longest common subsequence of a[i:]
	// and b[j:], kept in one slice.
	w := len(b) + 1
	l := make([]int16, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			switch {
			case a[i] == b[j]:
				l[i*w+j] = l[(i+1)*w+j+1] + 1
			case l[(i+1)*w+j] >= l[i*w+j+1]:
				l[i*w+j] = l[(i+1)*w+j]
			default:
				l[i*w+j] = l[i*w+j+1]
			}
		}
	}
	i, j, i0, j0 := 0, 0, 0, 0
	flush := func() {
		if i > i0 || j > j0 {
			f(a[i0:i], b[j0:j], p+i0, p+j0)
		}
	}
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			flush()
			i, j = i+1, j+1
			i0, j0 = i, j
		case l[(i+1)*w+j] >= l[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	i, j = len(a), len(b)
	flush()
	return true
}

// proFormRun reports a run of words that only stands for words said
// before it: pro-forms ("which", "it", "ones", "so"), with at most the
// verb of "do so", and the words the other run also has (the same stem:
// "Google shares" → "they share"). other is the run at the same place on
// the other side.
func proFormRun(run, other []string) bool {
	pro := false
	for _, w := range run {
		switch {
		case proForms[w]:
			pro = true
		case proVerbs[w]:
		case containsStem(other, w):
		default:
			return false
		}
	}
	return pro
}

// containsStem reports a word of ws of the stem of w.
func containsStem(ws []string, w string) bool {
	s := stem(w)
	for _, v := range ws {
		if v == w || stem(v) == s {
			return true
		}
	}
	return false
}

// count returns how many times w is in ws.
func count(ws []string, w string) int {
	n := 0
	for _, v := range ws {
		if v == w {
			n++
		}
	}
	return n
}

// namedForProForm returns a test for a word one side writes at the place
// where the other side has only a pro-form standing for it, and which the
// other side names elsewhere: "our payment provider, Stripe, which
// processes payments" → "Stripe, our payment provider. Stripe processes
// payments" splits the sentence and names Stripe again where "which"
// stood; "If we ever disclose or sell your personal information" → "If
// we ever do so", after a sentence that says "disclose or sell your
// personal information", says it by "do so". The word is named more times
// on its side, and at least once on the other: the pro-form names
// nothing new. A word the pro-form side does not say elsewhere ("which"
// → "Adyen") is a new party, and stays unexplained.
func namedForProForm(old, new, removed, added []string) func(string) bool {
	isPro := func(w string) bool { return proForms[w] }
	if !slices.ContainsFunc(removed, isPro) && !slices.ContainsFunc(added, isPro) {
		return func(string) bool { return false } // no pro-form came or went
	}
	var named map[string]bool
	note := func(run, proRun, proSide, side []string, at int) {
		if len(run) == 0 || len(run) > 8 || len(proRun) > 3 || !proFormRun(proRun, run) {
			return
		}
		// "do so" is written out as the act it stands for (doso.go),
		// whose verb must then be the same: "we will close your
		// account" → "we will do so", after "delete your account", is
		// another act, though "your account" is named before.
		if slices.Contains(proRun, "so") {
			return
		}
		for _, w := range run {
			if proForms[w] || containsStem(proRun, w) {
				continue
			}
			if n := count(proSide, w); n > 0 && count(side, w) > n && slices.ContainsFunc(proRun, func(p string) bool {
				k := at + slices.Index(proRun, p)
				return proForms[p] && standsFor(proSide, k, w)
			}) {
				if named == nil {
					named = map[string]bool{}
				}
				named[w] = true
			}
		}
	}
	wordHunks(old, new, func(x, y []string, i, j int) {
		note(x, y, new, old, j)
		note(y, x, old, new, i)
	})
	return func(w string) bool {
		if named[w] {
			return true
		}
		no, nn := count(old, w), count(new, w)
		switch {
		case no == 0 || nn == 0 || no == nn:
			return false
		case nn > no:
			return proFormBeside(old, new, w)
		default:
			return proFormBeside(new, old, w)
		}
	}
}

// proFormBeside reports a pro-form of a (one a has more of than b) with
// the same content word beside it as an occurrence of w in b, where the
// two sides order the sentence otherwise: "our payment provider, Stripe,
// which processes" → "Stripe, our payment provider. Stripe processes":
// "which" and the second "Stripe" both come before "processes".
func proFormBeside(a, b []string, w string) bool {
	for i, p := range a {
		if !proForms[p] || p == "so" || count(a, p) <= count(b, p) { // "do so": doso.go
			continue
		}
		for j, v := range b {
			if v != w {
				continue
			}
			if (i+1 < len(a) && j+1 < len(b) && a[i+1] == b[j+1] && !proForms[a[i+1]] && len(a[i+1]) > 3 ||
				i > 0 && j > 0 && a[i-1] == b[j-1] && !proForms[a[i-1]] && len(a[i-1]) > 3) && standsFor(a, i, w) {
				return true
			}
		}
	}
	return false
}

// pronounsNamed returns the pronouns of a thing ("it", "they", "them",
// "their") that one side writes where the other writes, at the same
// place, a noun its own side names too, the noun they stand for: "within
// 72 hours of discovering it" → "… of our discovering the incident",
// where both sides begin "Should an incident expose your personal data".
// Such a pronoun is no party traded for another.
func (c *classifier) pronounsNamed(old, new []string) (inOld, inNew map[string]bool) {
	note := func(run, other, side []string, m *map[string]bool) {
		if len(run) != 1 || person[run[0]] != 3 || len(other) > 4 {
			return
		}
		for _, w := range other {
			if !c.ix.grammar[w] && !proForms[w] && !pronouns[w] && !parties[w] && count(side, w) > 0 {
				if *m == nil {
					*m = map[string]bool{}
				}
				(*m)[run[0]] = true
				return
			}
		}
	}
	wordHunks(old, new, func(x, y []string, _, _ int) {
		note(x, y, old, &inOld)
		note(y, x, new, &inNew)
	})
	return inOld, inNew
}

// swappedUnlessNamed is the test of a person traded for another (one
// lost, another gained, among the pronouns removed and added), leaving
// out the pronouns of a thing that stand where the other side names the
// thing (pronounsNamed): "we will write to you within 72 hours of
// discovering it" → "you will hear from us within 72 hours of our
// discovering the incident" loses "it" for the incident, not for us.
func (c *classifier) swappedUnlessNamed(old, new, removed, added []string) bool {
	namedOld, namedNew := c.pronounsNamed(old, new)
	var lost, gained [5]bool
	for _, r := range removed {
		if pronouns[r] && !namedOld[r] {
			lost[person[r]] = true
		}
	}
	for _, a := range added {
		if pronouns[a] && !namedNew[a] {
			gained[person[a]] = true
		}
	}
	newPerson, oldPerson := false, false
	for p := range lost {
		newPerson = newPerson || gained[p] && !lost[p]
		oldPerson = oldPerson || lost[p] && !gained[p]
	}
	return newPerson && oldPerson
}

// relativePronouns stand for the word just before them: "Stripe, which".
var relativePronouns = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "that": true}

// standsFor reports the pro-form ws[i] as one that may stand for w: a
// relative pronoun just after it ("Stripe and Google, which stores" is
// Google's act, not Stripe's), another pro-form anywhere after it.
func standsFor(ws []string, i int, w string) bool {
	if relativePronouns[ws[i]] {
		return i > 0 && ws[i-1] == w
	}
	return slices.Contains(ws[:i], w)
}
