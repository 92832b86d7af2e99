package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// tenseVerdict is the verdict on a commitment put in the perfect, or a
// report of the past put as a commitment, in the changed sentences so and
// sn.
func (c *classifier) tenseVerdict(ch redline.Change, so, sn string, fo, removed, added []string) (Verdict, bool) {
	was, now, perfect := perfectTraded(so, sn)
	marker := ""
	if was == "" {
		if marker, perfect = pastShifted(so, sn); marker == "" {
			return Verdict{}, false
		}
	}
	k, _, _ := c.categorize(fo, nil, c.headingWords(ch.Section))
	v := c.material(ch, c.categoryOr(k, "unclassified")+".tense", &signals{}, removed, added, "")
	what := "A commitment made a report of what was done"
	if !perfect {
		what = "A report of what was done made a commitment"
	}
	if marker != "" {
		v.Reason = fmt.Sprintf("%s (%s): %s (%s)", what, quoteWords([]string{marker}), quoteChange(so, sn), strings.ToLower(c.label(v.Category)))
		return v, true
	}
	v.Reason = fmt.Sprintf("%s: '%s' → '%s': %s (%s)", what, was, now, quoteChange(so, sn), strings.ToLower(c.label(v.Category)))
	return v, true
}

// The same holds whatever else the sentence changes on the way: "We will
// notify the affected customers" → "… we notified the affected
// customers"; "omnie does not use customer data for marketing" →
// "Customer data has not been used by omnie for marketing"; "purposes we
// specify" → "purposes that have been specified" (b244, an editor of
// tense and voice: nine of its fourteen misses). A sentence that says one
// verb more or one fewer in the past, its words otherwise the same
// commitments, reports what was done where it promised, or the other way:
// a verb in the perfect ("has been", "have responded", "has never been
// retained"), "was", "were", "did", or a subject before a verb in the
// simple past ("we notified", "OmniCRM became"). The passive said in the
// present ("is sold by us") is no past.

// pastShifted returns the first verb in the past of the one of old and
// new that says one where the other says none, and whether new is the one
// that does. It returns "" otherwise.
func pastShifted(old, new string) (marker string, toPast bool) {
	po, mo := pastMarked(strings.Fields(old))
	pn, mn := pastMarked(strings.Fields(new))
	switch {
	case po == 0 && pn > 0:
		return mn, true
	case pn == 0 && po > 0:
		return mo, false
	}
	return "", false // a past on both sides, if one verb more or fewer ("have switched it on and have given" → "have switched it on and given")
}

// pastMarked counts the verbs of words said in the past in a main
// clause, and returns the first, as written. A verb in the past in a
// clause a subordinator opens ("once we have processed your request",
// "everything that has been approved", "if you were") or one that
// qualifies a noun ("the information we have collected", "the date
// access was granted") sets a time or a condition, or says which thing is
// meant, and commits to nothing itself; nor does the reader's own act
// ("you have uploaded"). A perfect of beginning ("has begun gathering",
// "has become") says what holds now.
func pastMarked(words []string) (n int, first string) {
	ws := lowered(words)
	note := func(i, j int) {
		if !mainClause(words, ws, i) {
			return
		}
		if n == 0 {
			first = strings.Join(ws[i:j+1], " ")
		}
		n++
	}
	for i, w := range ws {
		switch {
		case (w == "has" || w == "have" || w == "had") && (i == 0 || ws[i-1] != "you"):
			// the perfect: the participle after it, past a few adverbs
			// or the subject of a question's order ("nor have we done")
			for j := i + 1; j < len(ws) && j <= i+3; j++ {
				if participle(ws[j]) {
					note(i, j)
					break
				}
				if !pastAdverb(ws[j]) && ws[j] != "we" && ws[j] != "it" && ws[j] != "they" {
					break
				}
			}
		case w == "was" || w == "were" || w == "did" || w == "didn't" || w == "wasn't" || w == "weren't":
			note(i, i)
		case w == "we":
			// the company's own act in the simple past: "we notified",
			// "we last updated"
			for j := i + 1; j < len(ws) && j <= i+3; j++ {
				if simplePast(ws[j]) {
					note(i, j)
					break
				}
				if !pastAdverb(ws[j]) && ws[j] != "last" && ws[j] != "first" {
					break
				}
			}
		}
	}
	return n, first
}

// pastSubordinators open a clause that depends on another.
var pastSubordinators = map[string]bool{"when": true, "whenever": true, "once": true, "after": true, "before": true, "if": true,
	"where": true, "wherever": true, "because": true, "unless": true, "until": true, "since": true, "that": true, "which": true,
	"who": true, "whom": true, "whose": true, "whether": true, "as": true, "while": true, "than": true, "though": true,
	"although": true, "what": true, "how": true, "whatever": true}

// mainOpeners may stand between the start of a main clause and its
// subject: "so we notified", "Therefore, we have taken". "and" and "or"
// join clauses of either kind ("only if you have switched it on and have
// given your consent").
var mainOpeners = map[string]bool{"so": true, "then": true, "therefore": true, "thus": true, "also": true, "now": true, "why": true}

// timeNouns are nouns a clause after them dates: "the date access was
// granted", "the day we launched".
var timeNouns = map[string]bool{"date": true, "day": true, "time": true, "moment": true, "year": true, "month": true, "week": true, "period": true}

// knowingVerbs take a clause as their object, its "that" left out:
// "believe your child has provided us with …".
var knowingVerbs = map[string]bool{"believe": true, "believes": true, "think": true, "thinks": true, "know": true, "knows": true,
	"learn": true, "learns": true, "discover": true, "discovers": true, "suspect": true, "suspects": true, "notice": true, "aware": true}

// mainClause reports the verb at i as the verb of a main clause: its
// subject, at most four words back, opens the sentence or a clause set
// off by punctuation or a coordinator, with no subordinator between and
// no noun of time the clause dates.
func mainClause(words, ws []string, i int) bool {
	for j, k := i-1, 0; j >= 0; j, k = j-1, k+1 {
		if strings.ContainsAny(words[j], ",;:.!?()") {
			return true // the word before the subject ends a clause
		}
		if pastSubordinators[ws[j]] || timeNouns[ws[j]] || knowingVerbs[ws[j]] || k == 4 {
			return false
		}
		if mainOpeners[ws[j]] || len(ws[j]) > 4 && strings.HasSuffix(ws[j], "ly") {
			return true
		}
	}
	return true
}

// pastAdverb reports a word that may stand between "has" and its
// participle: "has not", "has never", "has always", "has knowingly".
func pastAdverb(w string) bool {
	return w == "not" || w == "never" || w == "already" || w == "always" || w == "also" || w == "ever" || w == "just" ||
		len(w) > 4 && strings.HasSuffix(w, "ly")
}

// participle reports a past participle: "been", a regular "-ed", or an
// irregular one policies use; not one of beginning ("begun", "started",
// "become"), whose perfect says what holds now.
func participle(w string) bool {
	return (irregularParticiples[w] || regularPast(w)) && !beginnings[w]
}

var beginnings = map[string]bool{"begun": true, "started": true, "commenced": true, "become": true}

// simplePast reports a verb in the simple past: a regular "-ed" or an
// irregular one policies use.
func simplePast(w string) bool {
	return irregularPreterites[w] || regularPast(w)
}

// regularPast reports a word ending in "-ed" that is no verb of another
// form ("need", "proceed", "embed").
func regularPast(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && w != "embed"
}

var irregularParticiples = map[string]bool{"been": true, "done": true, "given": true, "taken": true, "made": true, "kept": true, "sent": true,
	"held": true, "told": true, "paid": true, "chosen": true, "got": true, "gotten": true, "known": true, "seen": true, "shown": true,
	"found": true, "brought": true, "built": true, "sold": true, "written": true, "had": true,
	"put": true, "set": true}

var irregularPreterites = map[string]bool{"became": true, "took": true, "sent": true, "kept": true, "made": true, "gave": true, "told": true,
	"knew": true, "held": true, "began": true, "chose": true, "found": true, "got": true, "came": true, "went": true, "wrote": true,
	"said": true, "paid": true, "built": true, "brought": true, "sold": true, "had": true}

// A commitment says what the company does or will do; the same verb in the
// perfect says what it has done: "We respond to all requests within 30
// days" → "We have responded to all requests within 30 days" reports the
// past and promises nothing (b139-30, read "Grammar only"). The other way,
// a report becomes a promise. Only the perfect made or unmade on the verb
// itself is read so: "have", "has" or "had" put before it, its ending made
// "-ed" (or taken away).

// perfectTraded returns the verb as it was and as it is when one side states
// it in the perfect and the other does not, and whether the new side is
// the perfect.
func perfectTraded(old, new string) (was, now string, perfect bool) {
	if !strings.Contains(old, "ha") && !strings.Contains(new, "ha") {
		return "", "", false // neither has "have", "has" or "had"
	}
	o, n := lowered(strings.Fields(old)), lowered(strings.Fields(new))
	if v, p, ok := perfectMade(o, n); ok {
		return v, p, true
	}
	if v, p, ok := perfectMade(n, o); ok {
		return p, v, false
	}
	return "", "", false
}

// perfectMade finds in b a verb of a made perfect ("have responded") where
// a, the rest the same, has the verb plain ("respond", "responds", "will
// respond").
func perfectMade(a, b []string) (plain, perfect string, ok bool) {
	for j := 0; j+1 < len(b); j++ {
		if b[j] != "have" && b[j] != "has" && b[j] != "had" {
			continue
		}
		past := b[j+1]
		// The words before and after the perfect, in a.
		for i := 0; i < len(a); i++ {
			k := i
			if a[k] == "will" || a[k] == "shall" {
				k++
			}
			if k >= len(a) || !pastOf(a[k], past) {
				continue
			}
			if equalWords(a[:i], b[:j]) && equalWords(a[k+1:], b[j+2:]) {
				return strings.Join(a[i:k+1], " "), b[j] + " " + past, true
			}
		}
	}
	return "", "", false
}

// irregularPast are the past participles of the irregular verbs
// policies commit with.
var irregularPast = map[string]string{"have": "had", "has": "had", "give": "given", "gives": "given", "take": "taken", "takes": "taken",
	"make": "made", "makes": "made", "keep": "kept", "keeps": "kept", "send": "sent", "sends": "sent", "hold": "held", "holds": "held",
	"tell": "told", "tells": "told", "pay": "paid", "pays": "paid", "choose": "chosen", "chooses": "chosen", "get": "got", "gets": "got"}

// pastOf reports past the regular past participle of v, or of v with its
// "-s" of the third person: "respond", "responds" → "responded";
// "delete" → "deleted"; "notify" → "notified".
func pastOf(v, past string) bool {
	if p, ok := irregularPast[v]; ok {
		return past == p // "consent you have" → "consent you have had" (b149-14)
	}
	if len(v) < 3 || !strings.HasSuffix(past, "ed") {
		return false
	}
	for _, base := range []string{v, strings.TrimSuffix(v, "s"), strings.TrimSuffix(v, "es")} {
		if base == "" {
			continue
		}
		if past == base+"ed" || past == base+"d" || strings.HasSuffix(base, "y") && past == base[:len(base)-1]+"ied" {
			return true
		}
	}
	return false
}
