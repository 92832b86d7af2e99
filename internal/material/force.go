package material

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// ForceClass is one strength of commitment: the words that state it, on a
// scale of related strengths (rules.toml, [[force]]).
type ForceClass struct {
	Scale    string `toml:"scale"`
	Class    string `toml:"class"`
	Rank     int    `toml:"rank"`
	SwapOnly bool   `toml:"swapOnly"`
	// Content words stay words of content as well as force: dropped or
	// put, the rest of the rules judge them as they judge any word.
	Content bool     `toml:"content"`
	Words   []string `toml:"words"`
}

// forcePhrase is a force word or phrase, as folded words, and its class.
type forcePhrase struct {
	words []string
	class int
}

// forces finds the force words of folded words: per class, how many, and
// which words of ws they cover.
func (ix *index) forces(ws []string) (count map[int]int, covered []bool) {
	count = map[int]int{}
	covered = make([]bool, len(ws))
	// phrase counts the n words from i as one word of a class.
	phrase := func(i, n, class int) {
		count[class]++
		for k := i; k < i+n; k++ {
			covered[k] = true
		}
	}
	for i := 0; i < len(ws); i++ {
		if ix.hedge >= 0 && hedgeAt(ws, i) {
			// "we will consider deleting": the act is weighed, not done
			count[ix.hedge]++
			covered[i] = true
			continue
		}
		if n := bestAt(ws, i); n > 0 && ix.hedge >= 0 {
			// "we will do our best to" tries (besteffort.go)
			count[ix.hedge]++
			for k := i; k < i+n; k++ {
				covered[k] = true
			}
			i += n - 1
			continue
		}
		if maybeAble(ws, i) && ix.permission >= 0 && ix.hedged >= 0 {
			// "you may be able to opt out" is a permission hedged: it
			// may or may not be there, where "you can opt out" is
			count[ix.permission]++
			count[ix.hedged]++
			for k := i; k < i+4 && k < len(ws); k++ {
				covered[k] = true
			}
			i += 3
			continue
		}
		if n := abilityAt(ws, i); n > 0 && ix.permission >= 0 {
			// "lets you", "enables you to", "is capable of": what the
			// reader (or the reader's browser) can do, a permission
			phrase(i, n, ix.permission)
			i += n - 1
			continue
		}
		if ws[i] == "nor" && slices.Contains(ws[max(i-8, 0):i], "neither") {
			// "neither rent nor sell" is one denial, "not rent or sell"
			covered[i] = true
			continue
		}
		if ws[i] == "particular" && ix.partial >= 0 && particularSome(ws, i) {
			// "particular areas of our website" are "some parts" of it
			count[ix.partial]++
			covered[i] = true
			continue
		}
		if notForceAt(ws, i) || lawPermitsAt(ws, i) {
			continue
		}
		if ix.after >= 0 && deadlineOfAt(ws, i) {
			// "within 30 days of closure" is "… after closure" (forcesense.go)
			count[ix.after]++
			covered[i] = true
			continue
		}
		if n := accessGrantAt(ws, i); n > 0 && ix.permission >= 0 && !limitIn(ws, max(0, i-10), i) {
			// "have access to" is "can access" (accessgrant.go)
			phrase(i, n, ix.permission)
			i += n - 1
			continue
		}
		if n := consentPhraseAt(ws, i); n > 0 && ix.condition >= 0 {
			// "with your consent" is "if you consent" (consentcondition.go)
			phrase(i, n, ix.condition)
			i += n - 1
			continue
		}
		if n := gerundConditionAt(ws, i); n > 0 && ix.condition >= 0 {
			// "upon learning that" is "if we learn that" (conditionphrase.go)
			phrase(i, 1, ix.condition)
			i += n - 1
			continue
		}
		if n := reviewedByHuman(ws, i); n > 0 && ix.manual >= 0 {
			// "to be reviewed by a human" is "human review"
			phrase(i, n, ix.manual)
			i += n - 1
			continue
		}
		for _, p := range ix.forceByFirst[ws[i]] { // longest first
			if i+len(p.words) <= len(ws) && equalWords(ws[i:i+len(p.words)], p.words) {
				if p.class == ix.within && len(p.words) == 1 && !timeAhead(ws, i+1) {
					// "controllers within the Sinch Group", "within the
					// EU": a place or a group, not a deadline
					break
				}
				if p.class == ix.atMost && i > 0 && ws[i-1] == "within" && ix.within >= 0 {
					// "within a maximum of 90 days" is "within 90 days at
					// the latest": a deadline said twice
					count[ix.within]++
				} else {
					count[p.class]++
				}
				for k := i; k < i+len(p.words); k++ {
					covered[k] = true
				}
				i += len(p.words) - 1
				break
			}
		}
	}
	return count, covered
}

// notForceAt reports a force word at ws[i] that is part of a phrase
// saying something else: the superlative "the most recent version" or
// "was most recently updated" (not the quantifier "most users"), the
// adjective "up to date" (not the bound "up to 30 days"), the "if" of a
// question ("to see if it is up to date"), the "on" of "on its own
// servers", the "after" of "look after".
func notForceAt(ws []string, i int) bool {
	switch ws[i] {
	case "most":
		return i > 0 && ws[i-1] == "the" && i+1 < len(ws) && ws[i+1] != "of" || superlativeAdverb(ws, i)
	case "up":
		return i+2 < len(ws) && ws[i+1] == "to" && ws[i+2] == "date"
	case "if":
		return ifAsWhether(ws, i)
	case "all":
		return allThisAt(ws, i) // allthis.go
	case "bound":
		return i > 0 && (ws[i-1] == "upper" || ws[i-1] == "lower") // a limit, not a duty: "an upper bound to"
	case "after":
		// "look after your account" takes care of it; "named after" is
		// whose name it bears: no time and no case (b199-32)
		if i > 0 {
			switch ws[i-1] {
			case "look", "looks", "looking", "looked", "named":
				return true
			}
		}
	case "on":
		// "on its own servers": whose, not "taken alone". A pronoun
		// after it opens the next clause ("… personally on its own, it is
		// statistical data", b240-17), though WordNet has "it" as a noun.
		return i+3 < len(ws) && ws[i+1] == "its" && ws[i+2] == "own" && isNoun(ws[i+3]) && !auxiliaryAfter[ws[i+3]] && !pronouns[ws[i+3]] && !subjectPronouns[ws[i+3]]
	}
	return otherSense(ws, i) // forcesense.go
}

// auxiliaryAfter are the verbs that may follow "on its own" as a clause
// goes on ("on its own, will not identify you"), though WordNet reads some
// first as nouns ("will", "can").
var auxiliaryAfter = map[string]bool{"will": true, "would": true, "may": true, "might": true, "can": true, "could": true,
	"shall": true, "should": true, "must": true, "is": true, "are": true, "was": true, "were": true, "does": true, "do": true}

// reviewedByHuman returns the length of "reviewed by a human" (or "review
// by a person", "reviewed by humans") at ws[i], 0 when there is none.
func reviewedByHuman(ws []string, i int) int {
	if ws[i] != "reviewed" && ws[i] != "review" || i+2 >= len(ws) || ws[i+1] != "by" {
		return 0
	}
	k := i + 2
	if ws[k] == "a" || ws[k] == "an" {
		k++
	}
	if k < len(ws) && (ws[k] == "human" || ws[k] == "humans" || ws[k] == "person") {
		return k - i + 1
	}
	return 0
}

// humanReviewed returns folded words with each "reviewed by a human"
// written "human review", as the force words say it; ws itself when there
// is none.
func humanReviewed(ws []string) []string {
	if !slices.Contains(ws, "by") {
		return ws
	}
	return replaceRuns(ws, func(ws []string, i int) (int, []string) {
		if n := reviewedByHuman(ws, i); n > 0 {
			return n, []string{"human", "review"}
		}
		return 0, nil
	})
}

// replaceRuns returns ws with each run of words that at finds (n words at
// i) replaced by put; ws itself, not copied, when at finds none.
func replaceRuns(ws []string, at func(ws []string, i int) (n int, put []string)) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		if n, put := at(ws, i); n > 0 {
			if out == nil {
				out = append(make([]string, 0, len(ws)), ws[:i]...)
			}
			out = append(out, put...)
			i += n - 1
			continue
		}
		if out != nil {
			out = append(out, ws[i])
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// timeAhead reports a time said in the few words from ws[i]: a number, a
// number word or a unit of time, or a word naming a period ("within the
// statutory period", "within a reasonable time").
func timeAhead(ws []string, i int) bool {
	for k := i; k < min(i+5, len(ws)); k++ {
		w := ws[k]
		if definingNouns[w] {
			// "within the meaning of Article 4(7) UK GDPR" says which
			// sense a word has, not by when (b86-02, read "Condition
			// added"): the article's number is no time.
			return false
		}
		if _, ok := numberValue[w]; ok || isNumber(w) || unitOf[w].unit != "" || deadlineWords[w] {
			return true
		}
	}
	return false
}

// definingNouns are the heads of "within the meaning of", "within the
// scope of": a sense or a reach, not a time.
var definingNouns = map[string]bool{"meaning": true, "sense": true, "definition": true, "scope": true}

// deadlineWords name a time without a number: "within a reasonable time",
// "within the period the law sets".
var deadlineWords = map[string]bool{"time": true, "times": true, "timeframe": true, "timeframes": true, "period": true, "periods": true,
	"deadline": true, "deadlines": true, "delay": true, "reasonable": true, "timescale": true, "timescales": true, "limit": true, "limits": true,
	"month": true, "fortnight": true, "working": true, "business": true, "calendar": true, "timely": true, "prompt": true, "promptly": true}

// particularSome reports the "particular" at ws[i] said as "certain" is,
// before a plural noun with no determiner: "particular areas of our
// website" are some of them. After one ("your particular circumstances",
// "in particular") it only stresses.
func particularSome(ws []string, i int) bool {
	if i+1 == len(ws) || i > 0 && (determiners[ws[i-1]] || ws[i-1] == "in") {
		return false
	}
	n := ws[i+1]
	return len(n) > 3 && n[len(n)-1] == 's' && n[len(n)-2] != 's'
}

// abilityWords open a phrase of what someone is able to do that the rules'
// permission words do not list, as they would make "you" and "of" words of
// force everywhere: "lets you", "enables you to", "capable of".
var abilityWords = map[string]bool{"let": true, "lets": true, "enable": true, "enables": true, "capable": true}

// abilityAt returns how many words of ws from i say an ability ("let(s)
// you", "enable(s) you (to)", "capable of"), 0 when they do not. "Let you
// know" tells the reader, and permits nothing.
func abilityAt(ws []string, i int) int {
	w := ws[i]
	if !abilityWords[w] || i+1 == len(ws) {
		return 0
	}
	next := ws[i+1]
	switch w {
	case "capable":
		if next == "of" {
			return 2
		}
	case "let", "lets":
		// "lets us keep track", "lets them see" is what "allows us to keep
		// track" says; "let us know" asks the reader, "let" alone may.
		if (next == "you" || w == "lets" && (next == "us" || next == "them")) && !(i+2 < len(ws) && ws[i+2] == "know") {
			return 2
		}
	default: // enable(s)
		if next == "you" {
			if i+2 < len(ws) && ws[i+2] == "to" {
				return 3
			}
			return 2
		}
	}
	return 0
}

// weighVerbs weigh an act before it is done, or not: "we will consider
// deleting", "we will evaluate whether to delete".
var weighVerbs = map[string]bool{"consider": true, "considers": true, "evaluate": true, "evaluates": true, "assess": true, "assesses": true}

// hedgeAt reports a verb of weighing at ws[i] whose object is an act, a
// question or a request: "consider deleting", "consider whether",
// "consider your request". With a thing and what it is taken to be, the
// verb is a view, not a hedge: "we consider your IP address personal data".
func hedgeAt(ws []string, i int) bool {
	if !weighVerbs[ws[i]] || i+1 == len(ws) {
		return false
	}
	next := ws[i+1]
	if next == "your" || next == "each" || next == "such" || next == "any" || next == "all" || next == "the" {
		if i+2 == len(ws) {
			return false
		}
		next = ws[i+2]
		return next == "request" || next == "requests"
	}
	return len(next) > 5 && strings.HasSuffix(next, "ing") && !strings.HasSuffix(next, "thing") || next == "whether" || next == "if" || next == "request" || next == "requests"
}

// wishAsPurpose returns ws with each "if you (would) like to V" (wish,
// want, prefer) written "to V" where the other side writes "to V" without
// the wish, and no wish to V: what the reader wishes to do, said as a
// condition, is the purpose of a step offered to them ("If you would like
// to exercise these rights, write to us" is "To exercise these rights,
// write to us"), no condition on what the company does. ("If you wish to
// sell" → "If you sell" keeps its condition.) ws is not changed.
func wishAsPurpose(ws, other []string) []string {
	var drop []int
	for i := 0; i < len(ws); i++ {
		if j := wishAt(ws, i); j > 0 && j+2 < len(ws) && purposeIn(other, ws[j+2]) && !wishIn(other, ws[j+2]) {
			for ; i <= j; i++ { // "to V" stays
				drop = append(drop, i)
			}
		}
	}
	return dropAt(ws, drop)
}

// exclusivePermission returns ws without the "can" or "may" that an
// "only" makes a limit: "Only employees who need it can access your data"
// limits access as "Access to your data is limited to employees who need
// it" does; it permits nothing the other did not, nor do "can only" and
// "can be seen only by". ws is not changed.
func exclusivePermission(ws []string) []string {
	var drop []int
	for i, w := range ws {
		if (w == "can" || w == "may") && (limitIn(ws, max(0, i-10), i) || limitIn(ws, i+1, min(len(ws), i+4))) {
			drop = append(drop, i)
		}
	}
	return dropAt(ws, drop)
}

// limitIn reports an "only" in ws[from:to] that limits: not one before a
// numeral ("using only one account", forcesense.go).
func limitIn(ws []string, from, to int) bool {
	for k := from; k < to; k++ {
		if ws[k] == "only" && !otherSense(ws, k) {
			return true
		}
	}
	return false
}

// wishAt returns where the verb of a wish stands when ws[i:] starts "if
// you (would) like to" (wish, want, prefer), 0 when it does not.
func wishAt(ws []string, i int) int {
	if ws[i] != "if" || i+1 >= len(ws) {
		return 0
	}
	j := i + 1
	switch ws[j] {
	case "you":
		j++
		if j < len(ws) && ws[j] == "would" {
			j++
		}
	case "you'd", "you’d":
		j++
	default:
		return 0
	}
	if j+2 < len(ws) && ws[j] == "are" && volitionVerbs[ws[j+1]] {
		j++ // "if you are seeking to", "are looking to" (wishpurpose.go)
	}
	if j+1 < len(ws) && (wishVerbs[ws[j]] || volitionVerbs[ws[j]]) && ws[j+1] == "to" {
		return j
	}
	return 0
}

// wishIn reports a wish of the reader's to v in ws: "if you wish to v".
func wishIn(ws []string, v string) bool {
	for i := range ws {
		if j := wishAt(ws, i); j > 0 && j+2 < len(ws) && ws[j+2] == v {
			return true
		}
	}
	return false
}

// purposeIn reports "to v" in ws said as a purpose: opening the sentence
// ("To exercise these rights, write to us"), after "in order", or after
// "us" ("contact us to exercise them"), where no verb takes it as its
// object ("wants to", "need to").
func purposeIn(ws []string, v string) bool {
	for k := 0; k+1 < len(ws); k++ {
		if ws[k] == "to" && ws[k+1] == v && (k == 0 || ws[k-1] == "order" || ws[k-1] == "us") {
			return true
		}
	}
	return false
}

// forceChange is how the force of a commitment changed between two
// sentences: the scale, the classes before and after, and the direction.
type forceChange struct {
	scale     string
	from, to  []string // class names
	verb      string   // "weakened", "strengthened", "changed"
	direction string
}

// compareForce compares the force words of the changed sentences of a
// change, folded. It returns nil when they state the same force.
func (c *classifier) compareForce(old, new []string) *forceChange {
	old, new = invertedShould(old), invertedShould(new)
	old, new = purposeAbility(old, new), purposeAbility(new, old)         // purposeability.go
	old, new = purposeModal(old, new), purposeModal(new, old)             // purposemodal.go
	old, new = requestAsAdvice(old, new), requestAsAdvice(new, old)       // readerrequest.go
	old, new = addresseeAsSubject(old, new), addresseeAsSubject(new, old) // readerrequest.go
	old, new = doSoTopic(old), doSoTopic(new)                             // dosotopic.go
	old, new = c.freeChoiceAny(old, new), c.freeChoiceAny(new, old)       // anyall.go
	old, new = exceptAsOnly(old, new)                                     // exceptonly.go
	old, new = deniedTwice(old, new), deniedTwice(new, old)               // exceptonly.go
	old, new = wishPermission(old), wishPermission(new)                   // wishpermission.go
	old, new = openerDistributed(old, new), openerDistributed(new, old)   // openerdistributed.go
	old, new = subsetOfExample(old, new), subsetOfExample(new, old)       // subsetexample.go
	old, new = universalNoException(old), universalNoException(new)       // noexceptions.go
	old, new = writingAsChannel(old, new), writingAsChannel(new, old)     // writingchannel.go

	// "When we do, we will post it" (echoedcondition.go)
	old, new = c.ix.echoedCondition(old, new), c.ix.echoedCondition(new, old)
	// "We may become aware … If this happens, we will" (supposedevent.go)
	old, new = c.ix.supposedEvent(old, new), c.ix.supposedEvent(new, old)
	fo, _ := c.ix.forces(subjectToException(exclusivePermission(wishAsPurpose(possibleThenDone(old, new), new))))
	fn, _ := c.ix.forces(subjectToException(exclusivePermission(wishAsPurpose(possibleThenDone(new, old), old))))
	classes := c.rb.Force
	// Per scale, the classes lost and gained.
	type delta struct{ lost, gained []int }
	scales := map[string]*delta{}
	var order []string
	for k := range classes {
		d := fn[k] - fo[k]
		if d == 0 {
			continue
		}
		s := classes[k].Scale
		if scales[s] == nil {
			scales[s] = &delta{}
			order = append(order, s)
		}
		if d < 0 {
			scales[s].lost = append(scales[s].lost, k)
		} else {
			scales[s].gained = append(scales[s].gained, k)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return scaleOrder(order[i]) < scaleOrder(order[j]) })
	for _, s := range order {
		d := scales[s]
		if classes[append(d.lost, d.gained...)[0]].SwapOnly && (len(d.lost) == 0 || len(d.gained) == 0) {
			continue
		}
		if s == "connective" && c.deMorgan(old, new, classes, d.lost, d.gained) {
			continue
		}
		if s == "negation" && sameDenials(old, new, scaleDelta(classes, s, fo, fn)) { // denialsmerged.go
			continue
		}
		if s == "quantifier" && c.ix.partial >= 0 && looseCountsOnly(d.lost, d.gained, c.ix.partial, fo[c.ix.partial]-fn[c.ix.partial], looseCounts(old)-looseCounts(new)) {
			continue // "multiple security measures" → "the following measures"
		}
		if s == "obligation" && c.ix.permission >= 0 && relativePermitted(old, new, fo[c.ix.permission], fn[c.ix.permission], d.lost, d.gained, c.ix.permission) {
			continue
		}
		fc := &forceChange{scale: s, verb: "changed", direction: Neutral}
		for _, k := range d.lost {
			fc.from = append(fc.from, classes[k].Class)
		}
		for _, k := range d.gained {
			fc.to = append(fc.to, classes[k].Class)
		}
		// The strength before and after: the weakest class present ("will
		// try to" is a try), a plain statement when there is none.
		rank := func(count map[int]int, plain int) int {
			r := 99
			for k, n := range count {
				if n > 0 && classes[k].Scale == s {
					r = min(r, classes[k].Rank)
				}
			}
			if r == 99 {
				return plain
			}
			return r
		}
		switch s {
		case "negation":
			nearly := func(ks []int) bool {
				return slices.ContainsFunc(ks, func(k int) bool { return classes[k].Class == "nearly-none" })
			}
			switch {
			case nearly(d.gained):
				fc.verb, fc.direction = "weakened", Expands // "not any" → "almost no"
			case nearly(d.lost) && len(d.gained) > 0:
				fc.verb, fc.direction = "strengthened", Restricts
			case len(d.gained) > 0:
				fc.verb, fc.direction = "limited", Restricts
			case triedDenial(classes, fo, fn):
				// "does not store" → "tries not to store": the denial
				// kept as an aim, a commitment weakened, no limit lifted
				fc.verb, fc.direction = "weakened", Expands
			default:
				fc.verb, fc.direction = "limit lifted", Expands
			}
		case "exception":
			if len(d.gained) > 0 {
				fc.verb, fc.direction = "weakened", Expands
			} else {
				fc.verb, fc.direction = "strengthened", Restricts
			}
		case "likelihood":
			// what is likely said as what is found: the condition now
			// waits for the harm
			if len(d.lost) > 0 {
				fc.verb, fc.direction = "weakened", Expands
			} else {
				fc.verb, fc.direction = "strengthened", Restricts
			}
		case "promptness":
			if len(d.gained) > 0 {
				fc.verb, fc.direction = "strengthened", Restricts
			} else {
				fc.verb, fc.direction = "weakened", Expands
			}
		case "necessity":
			if classes[d.gained[0]].Rank < classes[d.lost[0]].Rank {
				fc.verb, fc.direction = "weakened", Expands
			} else {
				fc.verb, fc.direction = "strengthened", Restricts
			}
		case "condition", "time":
			if len(d.lost) == 0 {
				fc.verb, fc.direction = "made conditional", Restricts
			}
		case "obligation", "scope", "quantifier", "consent":
			// A plain statement binds as "will" does, and a bare plural
			// speaks of all: "marketing emails contain" is "every
			// marketing email contains".
			plain := 4
			if s != "obligation" && s != "quantifier" {
				plain = 2
			}
			a, b := rank(fo, plain), rank(fn, plain)
			if a == b && s == "obligation" && a == 4 && c.predicateBinding(old, new) && !c.anyOfScale(new, s) {
				// A duty that was the predicate itself, gone with no
				// other: "Two-factor authentication is mandatory" → "… is
				// available". A plain statement binds as "will" does, but
				// here nothing binds any more.
				b = 1
			}
			if a == b {
				// A hedge added beside a weaker word the sentence already
				// has ("Parents can ask us to delete their child's data,
				// which we will do" → "… which we will do where
				// feasible"): the weakest word present says nothing of
				// the clause the hedge weakens.
				for _, k := range d.gained {
					if r := classes[k].Rank; r > 0 && r < plain && fo[k] == 0 || (s == "obligation" || s == "quantifier" && k == c.ix.partial) && tradedDown(classes, d.lost, k, plain) {
						fc.verb, fc.direction = "weakened", Expands
						return fc
					}
				}
				if s == "quantifier" {
					// "for all staff accounts" → "for some staff accounts"
					// beside a "multiple" the sentence has elsewhere
					// ("Multi-Factor Authentication", b166-05), and the
					// reverse; "any" for "each" is no trade of a part
					for _, k := range d.lost {
						if k == c.ix.partial && tradedDown(classes, d.gained, k, plain) {
							fc.verb, fc.direction = "strengthened", Restricts
							return fc
						}
					}
				}
				if s == "scope" && len(d.gained)+len(d.lost) == 1 && classes[append(d.lost, d.gained...)[0]].Class == "exclusive" && !limitDoubled(old) && !limitDoubled(new) {
					// One limit of two taken away or put, the other kept:
					// "The only exception is the tax authority, but only if
					// you choose" → "…, in particular if you choose". The
					// weakest word present is the same; a clause is not.
					if len(d.lost) > 0 {
						fc.verb, fc.direction = "weakened", Expands
					} else {
						fc.verb, fc.direction = "strengthened", Restricts
					}
					return fc
				}
				continue // "we never sell" is "we will never sell"
			}
			switch {
			case b < a:
				fc.verb, fc.direction = "weakened", Expands
			case b > a:
				fc.verb, fc.direction = "strengthened", Restricts
			}
		}
		return fc
	}
	return nil
}

// auxiliaries are the binding words that only mark the future or a duty
// stated by the verb after them: "we will delete" is "we delete".
var auxiliaries = map[string]bool{"will": true, "shall": true, "must": true, "we'll": true, "always": true}

// predicateBinding reports a binding force word of ws that is not an
// auxiliary: "mandatory", "guarantee", "is required to". One that a
// subordinator opens ("as required by law", "where legally required")
// binds in the clause of a case or a manner, not the predicate
// (subordinateAt), unless other permits in such a clause ("as permitted
// by law"): then the clause's own force went from a duty to a leave.
func (c *classifier) predicateBinding(ws, other []string) bool {
	for i := 0; i < len(ws); i++ {
		for _, p := range c.ix.forceByFirst[ws[i]] {
			if i+len(p.words) <= len(ws) && equalWords(ws[i:i+len(p.words)], p.words) {
				aux := true // "will", and "we will" as "we'll" folds
				for _, w := range p.words {
					aux = aux && (auxiliaries[w] || pronouns[w])
				}
				if c.rb.Force[p.class].Class == "binding" && !aux && !needAuxAt(ws, i, other) && !(subordinateAt(ws, i) && !subordinatePermission(other)) { // needaux.go
					return true
				}
				i += len(p.words) - 1
				break
			}
		}
	}
	return false
}

// anyOfScale reports a force word of the scale in ws.
func (c *classifier) anyOfScale(ws []string, scale string) bool {
	count, _ := c.ix.forces(ws)
	for k, n := range count {
		if n > 0 && c.rb.Force[k].Scale == scale {
			return true
		}
	}
	return false
}

// triedDenial reports a denial that became an aim or a hedge: the new
// text has more words of aspiration or hedging than the old ("tries not
// to", "aims not to").
func triedDenial(classes []ForceClass, fo, fn map[int]int) bool {
	for k, c := range classes {
		if (c.Class == "aspiration" || c.Class == "hedged") && fn[k] > fo[k] {
			return true
		}
	}
	return false
}

// scaleOrder ranks the scales for reporting: the strongest signal first.
func scaleOrder(s string) int {
	for i, x := range []string{"negation", "exception", "obligation", "scope", "consent", "quantifier", "bound", "necessity", "availability", "time", "promptness", "condition", "likelihood", "automation", "connective"} {
		if s == x {
			return i
		}
	}
	return 99
}

// forceReason is the reason of a force change: "Commitment weakened: 'We
// respond' → 'We aim to respond' (Data-subject rights)".
func forceReason(fc *forceChange, oldText, newText, label string) string {
	verb := "Commitment " + fc.verb
	switch fc.verb {
	case "limited":
		verb = "Limit added"
	case "limit lifted":
		verb = "Limit lifted"
	case "made conditional":
		verb = "Condition added"
	}
	return fmt.Sprintf("%s: %s (%s)", verb, quoteChange(oldText, newText), strings.ToLower(label[:1])+label[1:])
}

// exceptionNouns name an exception: an exemption is one the law makes.
var exceptionNouns = map[string]bool{"exception": true, "exceptions": true, "exemption": true, "exemptions": true}

// subjectToException returns ws without the "subject to" of "subject to
// certain exemptions": one exception, said by its noun, as "certain
// exemptions apply to your rights" says it. Nor is a "subject to" that
// closes the text, its object the "which" before it, an exception: "the
// statutory obligations of which Dune Analytics AS is subject to" are the
// ones it is bound by (b38-25).
func subjectToException(ws []string) []string {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "subject" || ws[i+1] != "to" {
			continue
		}
		if i+2 == len(ws) && slices.Contains(ws[max(0, i-8):i], "which") {
			return ws[:i]
		}
		for j := i + 2; j < len(ws) && j <= i+4; j++ {
			if exceptionNouns[ws[j]] {
				out := append(append(make([]string, 0, len(ws)-2), ws[:i]...), ws[i+2:]...)
				return subjectToException(out)
			}
		}
	}
	return ws
}

// closingExclusion returns ws with each exclusion that closes a clause
// ("and in no other way", "and for no other purpose", "and with no one
// else", "and not otherwise", "but not for any other reason") said by the
// exclusive word of other where other has one and ws none ("only",
// "solely"), put where other puts it when the words before it are the
// same, else in the exclusion's place: excluding every other way beside
// what it closes is what "only" before it says ("processes this data
// only in accordance with your instructions"), the exclusive force, not
// a negation added. Where ws has the exclusive word already, the
// exclusion only repeats it and goes. Where neither side has one, the
// exclusion is compared as it stands, a limit added or lifted. ws is not
// changed.
func (c *classifier) closingExclusion(ws, other []string) []string {
	exclusive := func(w string) bool {
		for _, p := range c.ix.forceByFirst[w] {
			if len(p.words) == 1 && c.rb.Force[p.class].Class == "exclusive" {
				return true
			}
		}
		return false
	}
	word, at := "", -1
	if !slices.ContainsFunc(ws, exclusive) {
		p := slices.IndexFunc(other, exclusive)
		if p < 0 {
			return ws // an exclusion added or dropped, compared as it stands
		}
		word = other[p]
		if p <= len(ws) && equalWords(ws[:p], other[:p]) {
			at = p
		}
	}
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] != "and" && ws[i] != "but" {
			continue
		}
		n := exclusionAt(ws, i+1)
		if n == 0 {
			continue
		}
		out := make([]string, 0, len(ws))
		switch {
		case word == "":
			out = append(append(out, ws[:i]...), ws[i+1+n:]...)
		case at >= 0 && at <= i:
			out = append(append(append(append(out, ws[:at]...), word), ws[at:i]...), ws[i+1+n:]...)
		default:
			out = append(append(append(out, ws[:i]...), word), ws[i+1+n:]...)
		}
		return out
	}
	return ws
}

// exclusionPrepositions open the way, purpose or party an exclusion
// excludes: "in no other way", "for no other purpose", "with no one else".
var exclusionPrepositions = map[string]bool{"in": true, "for": true, "to": true, "with": true, "by": true, "on": true, "at": true, "from": true, "under": true}

// exclusionAt returns how many words of ws from i say that nothing other
// is meant: "(in) no other N", "no one else", "nothing else", "not
// otherwise", "not (in) any other N"; 0 when they do not.
func exclusionAt(ws []string, i int) int {
	at := func(k int, w ...string) bool { return k+len(w) <= len(ws) && equalWords(ws[k:k+len(w)], w) }
	k := i
	if at(k, "not") {
		switch {
		case at(k+1, "otherwise"):
			return 2
		case at(k+1, "any", "other") && k+3 < len(ws):
			return 4
		case k+4 < len(ws) && exclusionPrepositions[ws[k+1]] && at(k+2, "any", "other"):
			return 5
		}
		return 0
	}
	if k < len(ws) && exclusionPrepositions[ws[k]] {
		k++
	}
	switch {
	case at(k, "no", "one", "else"):
		return k + 3 - i
	case at(k, "nobody", "else"), at(k, "nothing", "else"):
		return k + 2 - i
	case at(k, "no", "other") && k+2 < len(ws):
		return k + 3 - i
	}
	return 0
}

// maybeAble reports "may be able to" (might, could; allowed, permitted,
// entitled) at ws[i]: a permission said to be possible only.
func maybeAble(ws []string, i int) bool {
	if i+3 >= len(ws) || ws[i] != "may" && ws[i] != "might" && ws[i] != "could" || ws[i+1] != "be" || ws[i+3] != "to" {
		return false
	}
	switch ws[i+2] {
	case "able", "allowed", "permitted", "entitled":
		return true
	}
	return false
}

// limitDoubled reports two words of limit within three words of each
// other, one clause's limit said twice: "as we act solely are only
// acting as processor".
func limitDoubled(ws []string) bool {
	last := -10
	for i, w := range ws {
		if w == "only" || w == "solely" || w == "exclusively" || w == "strictly" {
			if i-last <= 3 {
				return true
			}
			last = i
		}
	}
	return false
}

// deMorgan reports "or" and "and" traded where the negation sits so that
// both deny each thing: "we are not responsible for their practices or
// their content" is "their practices and content are not our
// responsibility" (b31-14). Denied after the negation, "A or B" denies
// each; "A and B" before it is each denied. "Without A and B" after the
// negation denies only both (TestWithoutDistributed), and "we share your
// name or email" → "… and email", with no negation, is a change.
func (c *classifier) deMorgan(old, new []string, classes []ForceClass, lost, gained []int) bool {
	if len(lost) != 1 || len(gained) != 1 {
		return false
	}
	from, to := classes[lost[0]].Class, classes[gained[0]].Class
	// Only the connectives in the words that changed are read, where the
	// change is a few words: another "or" the sentence keeps says nothing
	// of the one traded (b85-18: "text message or by any other means"
	// after "we may" is a choice offered; "Where we have your consent or
	// it is in our legitimate interests" is not).
	o, n := tradedSpans(old, new)
	switch {
	case from == "or" && to == "and":
		return c.deniedEach(o, "or") && c.deniedEach(n, "and") || permittedEach(o, "or") && permittedEach(n, "and")
	case from == "and" && to == "or":
		return c.deniedEach(o, "and") && c.deniedEach(n, "or") || permittedEach(o, "and") && permittedEach(n, "or")
	}
	return false
}

// connectiveSpan is a span of words about a traded connective: the words
// a permission or a negation is looked for in before and after it.
type connectiveSpan struct {
	ws       []string
	from, to int // the connectives read are those in ws[from:to]
}

// tradedSpans returns old and new with the words where they differ
// marked, one word either side (the "and" that folding writes before
// "or" stays in the common words), where the two differ in five words
// or fewer a side; else every word.
func tradedSpans(old, new []string) (connectiveSpan, connectiveSpan) {
	p, os, ns := changedSpan(old, new)
	if os-p > 5 || ns-p > 5 {
		return connectiveSpan{old, 0, len(old)}, connectiveSpan{new, 0, len(new)}
	}
	return connectiveSpan{old, max(p-1, 0), min(os+1, len(old))}, connectiveSpan{new, max(p-1, 0), min(ns+1, len(new))}
}

// permittedEach reports the connective conj in ws under a permission
// ("may", "can", which folds to it, "able to") within twenty words before
// it, no negation between: a choice offered is each thing allowed, "you
// can change your settings to be notified, or to block cookies" is "…,
// and to block cookies" (b53-39). "Without A or B" is a negation between
// (TestWithoutDistributed), and "will share with A or B" binds, not
// permits. Two words describing one noun are not two choices: "may
// collect aggregated and anonymized data" is data of both kinds, "…
// aggregated or anonymized data" of either (b35-19).
func permittedEach(sp connectiveSpan, conj string) bool {
	wn := wordNet()
	ws := sp.ws
	for i := sp.from; i < sp.to; i++ {
		if ws[i] != conj || conj == "and" && i+1 < len(ws) && ws[i+1] == "or" || describedBefore(wn, ws, i) {
			continue
		}
		infinitive := i+1 < len(ws) && ws[i+1] == "to"
		for k := i - 1; k >= max(i-20, 0); k-- {
			if ws[k] == "not" || ws[k] == "no" || ws[k] == "never" || ws[k] == "without" || ws[k] == "will" || ws[k] == "must" || conditionOpeners[ws[k]] && !infinitive {
				// A connective in a clause of condition joins its
				// grounds, whatever permission the sentence gives after
				// it: "Where we have your consent or it is in our
				// legitimate interests to do so, we may" (b85-18). One
				// before "to" joins acts the permission offers, after a
				// condition of the first: "you can change your settings
				// to notify you when a cookie is set, or to block them".
				break
			}
			if ws[k] == "may" || ws[k] == "able" {
				return true
			}
		}
	}
	return false
}

// deniedEach reports the connective conj in ws denied in each of the
// things it joins: "or" with a negation within eight words before it,
// "and" with one within eight words after it. A connective that joins two
// words describing one noun is left out: "not for unrelated or
// incompatible purposes" denies purposes of either kind, "… unrelated and
// incompatible purposes" only those of both (b27-18); the WordNet table
// tells the describing word (an adjective) before the connective.
func (c *classifier) deniedEach(sp connectiveSpan, conj string) bool {
	wn := wordNet()
	ws := sp.ws
	for i := sp.from; i < sp.to; i++ {
		if ws[i] != conj || conj == "and" && i+1 < len(ws) && ws[i+1] == "or" {
			continue
		}
		if describedBefore(wn, ws, i) {
			continue
		}
		from, to := max(i-8, 0), i
		if conj == "and" {
			from, to = i+1, min(i+9, len(ws))
		}
		for k := from; k < to; k++ {
			if c.ix.negation[ws[k]] {
				return true
			}
		}
	}
	return false
}

// describingPronouns open a clause that describes the noun before them.
var describingPronouns = map[string]bool{"which": true, "who": true, "whom": true, "whose": true}

// relativeModals are the words of possibility a describing clause uses:
// "the purposes for which we may process it", "which in turn lets us
// serve you better", "a registry which is available to everyone".
var relativeModals = map[string]bool{"may": true, "might": true, "can": true, "could": true, "lets": true, "let": true, "enables": true, "allows": true, "available": true}

// stepBefore are the prepositions of time that make "which" the step
// before: "kept for 90 days, after which it may be deleted" says what may
// happen to the data, not what the 90 days are.
var stepBefore = map[string]bool{"after": true, "before": true, "until": true, "upon": true, "following": true, "at": true, "by": true}

// relativeModalCount counts the relativeModals of ws within three words
// after a relative pronoun, with no negation between, that is not the
// step before (stepBefore), and not before a passive.
func relativeModalCount(ws []string) int {
	n := 0
	for i, w := range ws {
		if !relativeModals[w] || i+1 < len(ws) && ws[i+1] == "be" {
			// "…, after which it may be deleted": a passive says what
			// may be done to a thing, as the sentence's own clause would
			continue
		}
		for j := i - 1; j >= max(i-3, 0); j-- {
			if ws[j] == "not" || ws[j] == "no" || ws[j] == "never" {
				break
			}
			if describingPronouns[ws[j]] {
				if j == 0 || !stepBefore[ws[j-1]] {
					n++
				}
				break
			}
		}
	}
	return n
}

// relativePermitted reports a change of the obligation scale that is only
// permissions gained (or lost) in clauses describing a noun: "the
// purposes rocess your data" → "the purposes for which we may process
// your data" (b33-25), "This helps us serve you better" → "…, which in
// turn lets us serve you better" (b24-40). The clause says what the noun
// is, or what it makes possible; the commitment of the sentence is where
// it was. A duty traded for the permission ("processors, who will delete
// it" → "…, who may delete it") loses the duty, and is weighed.
func relativePermitted(old, new []string, po, pn int, lost, gained []int, permission int) bool {
	switch {
	case len(lost) == 0 && len(gained) == 1 && gained[0] == permission:
		return pn-po <= relativeModalCount(new)+describingModalCount(new, old)-relativeModalCount(old)-describingModalCount(old, new)
	case len(gained) == 0 && len(lost) == 1 && lost[0] == permission:
		return po-pn <= relativeModalCount(old)+describingModalCount(old, new)-relativeModalCount(new)-describingModalCount(new, old)
	}
	return false
}

// variationVerbs say that a thing is not the same everywhere: "the steps
// may vary", "the settings may differ".
var variationVerbs = map[string]bool{"vary": true, "varies": true, "differ": true, "differs": true}

// describingModalCount counts the modals of possibility in ws that
// describe how things are, not what anyone does: "may" before "be" and a
// describing word (an adjective, in the WordNet table) that the other
// side does not use, or before a verb of variation: "(the steps may be
// different on older versions)", "the menus may vary". Where the other
// side states the quality too ("your data is secure" → "your data may be
// secure"), the possibility weakens what it stated, and is weighed; so is
// a participle ("may be used", "may be tailored"): a passive of an act.
func describingModalCount(ws, other []string) int {
	n := 0
	for i := 0; i+1 < len(ws); i++ {
		switch ws[i] {
		case "may", "might", "could", "can":
		default:
			continue
		}
		j := i + 1
		if variationVerbs[ws[j]] {
			n++
			continue
		}
		if ws[j] != "be" || j+1 == len(ws) {
			continue
		}
		a := ws[j+1]
		if strings.HasSuffix(a, "ly") && j+2 < len(ws) {
			a = ws[j+2] // "may be slightly different"
		}
		if strings.HasSuffix(a, "ed") || lexPOS(a, 'v') {
			continue // "could be used to infer", "may be tailored": a passive, an act done
		}
		if e := wordNet().entries(a); len(e) > 0 && (e[0].pos == "a" || e[0].pos == "s") && !slices.Contains(other, a) {
			n++
		}
	}
	return n
}

// describingWord reports a word that describes a noun, as the word before
// a connective: an adjective in the WordNet table ("unrelated"), or a
// participle ("aggregated", "anonymized").
func describingWord(wn *lexicon, w string) bool {
	if e := wn.entries(w); len(e) > 0 && (e[0].pos == "a" || e[0].pos == "s") {
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// describedBefore reports a describing word (describingWord) before the
// connective at ws[i], past the "and" that folding writes before "or"
// ("and/or" and "or" both fold to "and or").
func describedBefore(wn *lexicon, ws []string, i int) bool {
	if i+1 < len(ws) && ws[i+1] == "to" {
		return false // "set or updated, or to block cookies": "or to" joins acts
	}
	j := i - 1
	if j > 0 && ws[i] == "or" && ws[j] == "and" {
		j--
	}
	return j >= 0 && describingWord(wn, ws[j])
}

// leaveGivers name the law as the one that allows.
var leaveGivers = map[string]bool{"law": true, "laws": true, "legislation": true, "regulation": true, "regulations": true}

// lawConditionOpeners open a clause of condition: "where the law
// permits", "unless the law requires or allows", "to the extent the law
// allows".
var lawConditionOpeners = map[string]bool{"where": true, "wherever": true, "when": true, "if": true, "unless": true, "as": true, "extent": true, "insofar": true}

// lawPermitsAt reports "permits" or "allows" at ws[i] said of the law in a
// clause of condition: "unless the law requires or allows a longer period"
// is "unless a longer period is required or allowed by law" (b37-10), and
// "where the law permits" is "to the extent permitted by law": the law's
// leave, a condition of the commitment, not a permission the author takes.
// (The passive, "allowed by law", holds no force word: the active is read
// as it.)
func lawPermitsAt(ws []string, i int) bool {
	switch ws[i] {
	case "permits", "permit", "allows", "allow":
	default:
		return false
	}
	for j := i - 1; j >= max(i-5, 0); j-- {
		if leaveGivers[ws[j]] {
			for k := j - 1; k >= max(j-4, 0); k-- {
				if lawConditionOpeners[ws[k]] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// looseCountWords say there are more than one of the things they count,
// not which share of them: "implements multiple security measures" →
// "implements the following measures" (b86-05), "enforces Multi-Factor
// Authentication" → "MFA is required" (b83-08), "with several payment
// partners" → "with payment partners". Followed by "of" they take a
// share of a set ("several of your accounts"), and "some", "certain" and
// "most" always do: those stay quantifiers.
var looseCountWords = map[string]bool{"multiple": true, "several": true, "many": true, "numerous": true, "various": true}

// looseCounts counts the loose count words of ws not followed by "of",
// and the phrases "a number of" and "a range of" ("uses a number of
// tracking technologies, including", b143-10).
func looseCounts(ws []string) int {
	n := 0
	for i, w := range ws {
		if looseCountWords[w] && (i+1 == len(ws) || ws[i+1] != "of") {
			n++
		}
		if (w == "number" || w == "range") && i > 0 && ws[i-1] == "a" && i+1 < len(ws) && ws[i+1] == "of" {
			n++
		}
	}
	return n
}

// looseCountsOnly reports a change of the quantifier scale that is only
// the partial class, lost or gained, by as many as the loose count words
// lost or gained.
func looseCountsOnly(lost, gained []int, partial, delta, loose int) bool {
	if len(lost)+len(gained) != 1 || append(lost, gained...)[0] != partial {
		return false
	}
	return delta == loose
}
