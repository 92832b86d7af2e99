package material

import (
	"slices"
	"strings"
)

// A commitment's reach is set by the words that say which ones and on
// what condition: "we respond to all requests" covers every request, "we
// respond to all complete requests" only those the company finds
// complete; "but not where our interests are overridden by your rights"
// yields on any overriding, "… are clearly overridden" only on a clear
// one. The word that narrows is ordinary English, which the rules
// otherwise read as wording, so the places it narrows are named here.

// universalWords are the quantifiers that say a commitment holds for
// every one of what follows.
var universalWords = map[string]bool{"all": true, "every": true, "each": true, "any": true}

// thresholdWords are the adjectives of degree that set how much of a
// thing a condition needs: "a significant risk" is less often there than
// "a risk".
var thresholdWords = map[string]bool{"significant": true, "substantial": true, "serious": true, "severe": true, "high": true, "major": true,
	"considerable": true, "grave": true, "undue": true, "excessive": true, "imminent": true, "genuine": true, "real": true, "appreciable": true, "material": true,
	"compelling": true, "overriding": true, "important": true, "critical": true, "meaningful": true, "notable": true}

// relativeWords open a relative clause, which picks out which ones of
// the noun before it a commitment holds for.
var relativeWords = map[string]bool{"that": true, "which": true, "who": true, "whose": true}

// conditionOpeners open the clause of a condition or an exception.
var conditionOpeners = map[string]bool{"if": true, "where": true, "when": true, "whenever": true, "wherever": true, "unless": true, "except": true, "provided": true}

// scopeQualifier returns the one word added or removed that qualifies
// what a commitment holds for, and whether it was added: an adjective put
// between a universal quantifier and its noun ("all complete requests"),
// or a word of degree put before the adjective or participle of a
// condition ("where … are clearly overridden"). Any other change of words
// returns "".
func (c *classifier) scopeQualifier(old, new, removed, added []string) (string, bool) {
	if o, n := nonIdentified(old), nonIdentified(new); o != n {
		// "collect non-personal information" → "collect information":
		// the data may now name people.
		return "non-personal", n > o
	}
	if len(removed)+len(added) == 2 && (len(removed) == 0 || len(added) == 0) {
		return c.scopeQualifierPair(old, new, removed, added)
	}
	if w, put := protectionTraded(old, new, removed, added); w != "" {
		return w, put
	}
	var long, short []string
	var w string
	switch {
	case len(removed) == 0 && len(added) == 1:
		long, short, w = new, old, added[0]
	case len(added) == 0 && len(removed) == 1:
		long, short, w = old, new, removed[0]
	default:
		return "", false
	}
	if len(long) != len(short)+1 {
		return "", false
	}
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	if long[i] != w || !equalWords(long[i+1:], short[i:]) || i+1 >= len(long) {
		return "", false
	}
	head := long[i+1]
	if c.ix.grammar[head] || c.ix.forceWord[head] {
		return "", false
	}
	if identifiabilityWords[w] || protectiveWords[w] {
		// "aggregated information" names no one; "information" may.
		// "secure offsite storage" is a promise "offsite storage" no
		// longer makes.
		return w, len(added) == 1
	}
	wn := wordNet()
	if c.negatedAdverb(wn, long, i, w, head) {
		return w, len(added) == 1
	}
	if c.ix.limitPart[w] && adjectiveFirst(wn, w) && !adjectiveFirst(wn, head) {
		// A limit said before the noun it limits: "we share limited
		// data" shares less than "we share data".
		return w, len(added) == 1
	}
	if base, ok := strings.CutSuffix(w, "ly"); ok && (thresholdWords[base] || thresholdWords[base+"e"] || base == "adverse" || strings.HasSuffix(base, "i") && thresholdWords[strings.TrimSuffix(base, "i")+"y"]) && lexPOS(head, 'v') {
		// The adverb of a threshold before the act a condition, or a
		// participle after a noun, turns on: "a personal data breach
		// materially affecting customer data" is fewer breaches than "a
		// breach affecting" it (b170-08).
		if strings.HasSuffix(head, "ing") || strings.HasSuffix(head, "ed") {
			return w, len(added) == 1
		}
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if conditionOpeners[long[j]] || relativeWords[long[j]] {
				return w, len(added) == 1
			}
		}
	}
	if thresholdWords[w] && (!adjectiveFirst(wn, head) || i+2 < len(long) && !adjectiveFirst(wn, long[i+2])) {
		// A threshold put to what a condition or a relative clause turns
		// on: "a breach that poses a significant risk" is fewer breaches.
		// So is one put between "all" and its noun: "records of all
		// significant breaches" are of fewer breaches.
		if i > 0 && universalWords[long[i-1]] {
			return w, len(added) == 1
		}
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if conditionOpeners[long[j]] || relativeWords[long[j]] || long[j] == "whether" {
				return w, len(added) == 1
			}
		}
		return "", false
	}
	if c.ix.soft[w] {
		// A word of degree before the state a condition turns on.
		if !adjectival(wn, head) {
			return "", false
		}
		if i+2 < len(long) && (c.ix.termWord[head] || thresholdWords[head]) && (kindHeads[long[i+2]] || c.vocabularyNoun(long[i+2])) && lexPOS(long[i+2], 'n') {
			// Or before an adjective of the vocabulary, or of degree,
			// that says which of a thing of the vocabulary: "highly
			// sensitive information" is less of it than "sensitive
			// information" (b126-48); "very basic information" is the
			// same information.
			return w, len(added) == 1
		}
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if conditionOpeners[long[j]] {
				return w, len(added) == 1
			}
		}
		return "", false
	}
	if i > 0 && universalWords[long[i-1]] && !c.ix.grammar[w] && !c.ix.forceWord[w] && !adjectiveFirst(wn, w) && adjectival(wn, w) && lexPOS(head, 'n') && !adjectival(wn, head) {
		// A participle between "all" and its noun: "records of all
		// notified breaches" are of fewer breaches than "of all
		// breaches".
		return w, len(added) == 1
	}
	// An adjective between "all" and its noun: the words between may
	// only be grammar or a possessive ("all of your requests").
	if c.ix.grammar[w] || c.ix.forceWord[w] || !adjectiveFirst(wn, w) {
		return "", false
	}
	if i > 0 && universalWords[long[i-1]] && adjectival(wn, head) {
		// Put before the adjectives the noun already has: "all
		// privileged internal staff accounts" are fewer than "all
		// internal staff accounts" (b126-07).
		for k := i + 2; k < len(long) && k <= i+4; k++ {
			if lexPOS(long[k], 'n') && !adjectiveFirst(wn, long[k]) {
				return w, len(added) == 1
			}
			if !adjectival(wn, long[k]) {
				break
			}
		}
	}
	term := c.vocabularyNoun
	if !term(head) && i > 0 && (long[i-1] == "a" || long[i-1] == "an" || long[i-1] == "the" || long[i-1] == "any") && i+2 < len(long) && lexPOS(head, 'n') && !adjectiveFirst(wn, head) && term(long[i+2]) && lexPOS(long[i+2], 'n') {
		// The noun of the vocabulary may be the head of a compound the
		// adjective is put before, after an article: "a lawful
		// government request" is fewer requests than "a government
		// request" (b119-34); "our own employees process" names no
		// compound.
		head = long[i+2]
	}
	if term(head) && !c.ix.termWord[w] && !praiseWords[w] {
		// An adjective put to a noun of the commitment's own
		// vocabulary says which of them: "relevant marketing" is less
		// marketing than "marketing", and "we do not collect precise
		// location data" leaves other location data to collect; "any
		// compelling legitimate grounds" are fewer than "any legitimate
		// grounds".
		return w, len(added) == 1
	}
	if adjectiveFirst(wn, head) {
		return "", false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if universalWords[long[j]] {
			return w, len(added) == 1
		}
		if !c.ix.grammar[long[j]] && !parties[long[j]] {
			break
		}
	}
	return "", false
}

// scopeQualifierPlain is scopeQualifier, asked again of the words
// without their articles where an article came or went beside the
// qualifier: "a breach that poses a risk" → "… a high risk", with "the
// ICO" for "ICO" elsewhere (b116-29).
func (c *classifier) scopeQualifierPlain(old, new, removed, added []string) (string, bool) {
	if w, put := c.scopeQualifier(old, new, removed, added); w != "" {
		return w, put
	}
	if w, put := c.scopeQualifierBeside(old, new, removed, added); w != "" {
		if w == "applicable" && (lawAfter(old, w) || lawAfter(new, w)) {
			// "all applicable marketing laws" → "all marketing laws
			// that apply": the laws that bind the company are all of
			// them (b207-05, bindingClause)
			return "", false
		}
		return w, put
	}
	article := func(w string) bool { return w == "a" || w == "an" || w == "the" }
	if !slices.ContainsFunc(removed, article) && !slices.ContainsFunc(added, article) {
		return "", false
	}
	o, n := withoutArticles(old), withoutArticles(new)
	r, a := diffWords(o, n)
	w, put := c.scopeQualifier(o, n, r, a)
	if w == "" {
		return "", false
	}
	// The article must have come or gone elsewhere: "include access, …"
	// → "include the following: access, …" puts "the following" whole,
	// a pointer to the list, no word of degree.
	long, changed := old, removed
	if put {
		long, changed = new, added
	}
	for i := 1; i < len(long); i++ {
		if long[i] == w && article(long[i-1]) && slices.Contains(changed, long[i-1]) {
			return "", false
		}
	}
	return w, put
}

// scopeQualifierPair returns a qualifier of two words, an adverb and the
// adjective or participle it grades, put before or taken from a noun of
// the commitment's vocabulary, and whether it was put: "wholly owned
// subsidiaries" are fewer than "subsidiaries", "directly related data"
// less than "data".
func (c *classifier) scopeQualifierPair(old, new, removed, added []string) (string, bool) {
	long, short := old, new
	if len(added) == 2 {
		long, short = new, old
	}
	if len(long) != len(short)+2 {
		return "", false
	}
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	if i+2 >= len(long) || !equalWords(long[i+2:], short[i:]) {
		return "", false
	}
	adv, adj, head := long[i], long[i+1], long[i+2]
	if adv == "the" && adj == "most" && i+3 < len(long) && adjectival(wordNet(), head) && lexPOS(long[i+3], 'n') &&
		(c.ix.termWord[head] || thresholdWords[head] || c.vocabularyNoun(long[i+3])) {
		// A superlative put before what says which of a thing: "access
		// to the most sensitive information" is to less of it than
		// "access to sensitive information" (b145-49).
		return "the most", len(added) == 2
	}
	if (person[adv] != 0 || adv == "its") && restrictiveWords[adj] && !c.ix.grammar[head] {
		// "for your specific products" → "for products": no longer
		// the reader's own.
		return adv + " " + adj, len(added) == 2
	}
	if c.ix.grammar[adv] || c.ix.forceWord[adv] || c.ix.grammar[adj] || c.ix.forceWord[adj] || c.ix.termWord[adj] || praiseWords[adj] {
		return "", false
	}
	if k, _, _ := c.categorize([]string{head}, nil, nil); !c.ix.termWord[head] && k == "" {
		return "", false
	}
	wn := wordNet()
	if !lexPOS(adv, 'r') || lexPOS(adv, 'n') || !adjectival(wn, adj) {
		return "", false
	}
	return adv + " " + adj, len(added) == 2
}

// restrictiveWords pick out the one thing of its owner's a noun names:
// "your own data", "your specific products".
var restrictiveWords = map[string]bool{"specific": true, "particular": true, "own": true, "individual": true, "respective": true}

// protectionReach returns the word of identifiability or protection that
// old and new both say, when the words changed are the few right after
// it: the phrase that says where or for what the data is anonymised or
// kept secure, a preposition among the words changed. "IP address
// (anonymized for analytics)" → "(anonymized in analytics reports)"
// anonymises it in reports only; "aggregate data complied by" →
// "compiled by" mends a word.
func protectionReach(old, new, removed, added []string) string {
	if !slices.ContainsFunc(removed, isLinkPreposition) && !slices.ContainsFunc(added, isLinkPreposition) {
		return ""
	}
	p := 0
	for p < len(old) && p < len(new) && old[p] == new[p] {
		p++
	}
	if causalAs(old, p) || causalAs(new, p) {
		// "no means of security is ever absolutely secure as all
		// information transmitted over the internet is vulnerable" →
		// "… secure. All information …": the reason it gives, said as
		// a sentence of its own, not where the data is secure (b44-13).
		return ""
	}
	if !slices.ContainsFunc(removed, func(w string) bool { return !conformityWords[w] }) && !slices.ContainsFunc(added, func(w string) bool { return !conformityWords[w] }) {
		// "protected in accordance with UK GDPR" → "protected under UK
		// GDPR": the same law said to govern, by another preposition of
		// conformity, not another place or use.
		return ""
	}
	for k := p - 1; k >= 0 && k >= p-3; k-- {
		if w := old[k]; identifiabilityWords[w] || protectiveWords[w] {
			return w
		}
	}
	return ""
}

func isLinkPreposition(w string) bool { return linkPrepositions[w] }

// conformityWords are the words of English's prepositions of conformity
// to a rule ("in accordance with", "in compliance with", "in line with",
// "pursuant to", "under"), a closed class, as folded.
// The rulebook folds the others to "as described in".
var conformityWords = map[string]bool{"as": true, "described": true, "in": true, "under": true}

// causalAs reports an "as" at ws[i] that opens a clause giving a reason,
// its subject right after it: "as all information … is vulnerable", "as
// we cannot …". "Secure as stored" and "as described" are no clauses.
func causalAs(ws []string, i int) bool {
	if i+2 >= len(ws) || ws[i] != "as" {
		return false
	}
	switch ws[i+1] {
	case "all", "any", "no", "the", "this", "these", "our", "your", "we", "you", "it", "they", "there", "data", "information":
		return ws[i+1] != "the" || ws[i+2] != "same"
	}
	return false
}

// identifiabilityTraded returns a word saying data names no one,
// removed, and the word that took its place, when new says no such word:
// "in aggregated form" → "in raw form".
func identifiabilityTraded(uo, ua, fNew []string) (string, string) {
	if len(uo) != 1 || len(ua) != 1 || !identifiabilityWords[uo[0]] || identifiabilityWords[ua[0]] {
		return "", ""
	}
	if slices.ContainsFunc(fNew, func(w string) bool { return identifiabilityWords[w] }) {
		return "", ""
	}
	return uo[0], ua[0]
}

// praiseWords are the adjectives that commend a noun without picking out
// which of it: "our trusted partners" are "our partners".
var praiseWords = map[string]bool{"trusted": true, "reputable": true, "valued": true, "carefully": true, "selected": true, "reliable": true,
	"important": true, "valuable": true, "great": true, "best": true, "good": true, "useful": true, "helpful": true, "various": true, "certain": true}

// identifiabilityWords say data names no one, or less of anyone.
var identifiabilityWords = map[string]bool{"aggregated": true, "aggregate": true, "anonymised": true, "anonymized": true, "anonymous": true,
	"de-identified": true, "deidentified": true, "pseudonymised": true, "pseudonymized": true, "pseudonymous": true, "hashed": true, "statistical": true}

// protectiveWords say how a thing is kept from others.
var protectiveWords = map[string]bool{"secure": true, "secured": true, "encrypted": true, "protected": true, "confidential": true,
	"private": true, "restricted": true, "isolated": true, "segregated": true}

// negationWords deny what follows them.
var negationWords = map[string]bool{"not": true, "never": true, "no": true, "nor": true, "cannot": true, "without": true}

// denial reports a word of denial: "not", "never", or a contraction
// with "not" ("don't").
func denial(w string) bool { return negationWords[w] || strings.HasSuffix(w, "n't") }

// negativePolarity are the adverbs that only stress a denial: "we do not
// ever sell" is "we never sell". Discourse words link, they qualify
// nothing.
var negativePolarity = map[string]bool{"ever": true, "also": true, "indeed": true, "however": true, "therefore": true, "thus": true, "hence": true, "then": true, "so": true, "too": true, "please": true, "kindly": true}

// negatedAdverb reports an adverb w, at long[i], put before the verb or
// state head a denial turns on: "we do not knowingly sell", "updates that
// don't significantly affect your rights", "a breach not likely to
// seriously harm you". What the denial excludes is narrower or wider by
// as much as the adverb says: the promise is another one.
func (c *classifier) negatedAdverb(wn *lexicon, long []string, i int, w, head string) bool {
	if negativePolarity[w] || c.ix.forceWord[w] {
		return false
	}
	if e := wn.entries(w); len(e) == 0 || e[0].pos[0] != 'r' {
		return false
	}
	if !adjectival(wn, head) && !slices.ContainsFunc(wn.entries(head), func(e lexEntry) bool { return strings.Contains(e.pos, "v") }) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if denial(long[j]) {
			return true
		}
	}
	return false
}

// adjectiveFirst reports a word WordNet knows as an adjective and not
// first as a noun: "complete", "valid", not "request".
func adjectiveFirst(wn *lexicon, w string) bool {
	e := wn.entries(w)
	return len(e) > 0 && e[0].pos[0] != 'n' && strings.ContainsAny(e[0].pos, "as")
}

// adjectival reports a word that states a state: an adjective, or a
// participle ("overridden", "affected").
func adjectival(wn *lexicon, w string) bool {
	if adjectiveFirst(wn, w) {
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
}

// partitiveNouns name one of a group: "every member of staff" is "all
// staff".
var partitiveNouns = map[string]bool{"member": true, "members": true}

// partitive returns a test for the noun of a partitive phrase, "every
// member of staff", where the other side names the group itself with a
// universal quantifier ("all staff"): the same people.
func partitive(old, new []string) func(string) bool {
	found := map[string]bool{}
	// headAfter is the first word after i that is no pronoun ("our").
	headAfter := func(ws []string, i int) string {
		for i++; i < len(ws); i++ {
			if !parties[ws[i]] {
				return ws[i]
			}
		}
		return ""
	}
	look := func(ws, other []string) {
		for i := 1; i+2 < len(ws); i++ {
			if !partitiveNouns[ws[i]] || ws[i+1] != "of" || !universalWords[ws[i-1]] {
				continue
			}
			group := headAfter(ws, i+1)
			for j := 0; j+1 < len(other); j++ {
				if universalWords[other[j]] && group != "" && stem(headAfter(other, j)) == stem(group) {
					found[ws[i]] = true
				}
			}
		}
	}
	look(old, new)
	look(new, old)
	return func(w string) bool { return found[w] }
}

// labelValueRE is a line that gives a label and, after its colon, a short
// value: "- Analytics Data: 180 days", "**Audit logs:** 24 months".
var labelValueRE = mustPattern(`^\s*(?:[-*+]\s+)?(?:\*\*)?([^:.;]{1,60}?):(?:\*\*)?\s+(\S+(?:\s+\S+){0,4})\s*$`)

// labelledPeriod reports a change of the period one label gives, the
// label kept: a row of a list whose meaning its heading gives ("Data
// Retention", then "Analytics Data: 180 days" → "Analytics Data: 9
// months"). The label says what the value is of, not what it is.
func (c *classifier) labelledPeriod(old, new string) bool {
	if !strings.Contains(old, ":") || !strings.Contains(new, ":") {
		return false // no label on one side: the expression is not run
	}
	o, n := labelValueRE.FindStringSubmatch(old), labelValueRE.FindStringSubmatch(new)
	if o == nil || n == nil || !strings.EqualFold(strings.TrimSpace(o[1]), strings.TrimSpace(n[1])) || o[2] == n[2] {
		return false
	}
	// The value is a period on both sides ("180 days", "9 months"): a
	// count ("9 requests") is what its label counts.
	hasUnit := func(s string) bool {
		return slices.ContainsFunc(c.ix.fold(s), func(w string) bool { return c.ix.unit[w] })
	}
	return hasUnit(o[2]) && hasUnit(n[2])
}

// headingCategory returns the category a heading names by a word of its
// own (not a weak one: "Data Retention" is retention, "Data" alone is
// nothing), or "". The classifier's scores are kept as they were.
func (c *classifier) headingCategory(heading []string) string {
	h := c.ix.newWordSet(heading)
	best, n := "", 0
	for k := range c.ix.terms {
		for i := range c.ix.weakFrom[k] {
			if h.hasAt(k, i) {
				if best != c.rb.Categories[k].ID {
					n++
				}
				best = c.rb.Categories[k].ID
				break
			}
		}
	}
	if n != 1 {
		return "" // no category, or several: the words near the number decide
	}
	return best
}

// universalNarrowed reports a commitment held for every one of a kind on
// one side, and on the other for those that words added after the same
// noun pick out: "for every account" → "for accounts on paid plans". The
// universal word is returned, with narrowed false when the other way round
// ("for accounts on paid plans" → "for every account"). Those words are
// ordinary, and each is explained alone; together they say which ones. uo
// and ua are the removed and added content words no word of the other
// side explains: one of them must follow the noun within three words, in
// a phrase that shares no word with the three after it on the universal
// side.
func universalNarrowed(old, new, uo, ua []string) (string, bool) {
	// next are the three words after ws[i].
	next := func(ws []string, i int) []string { return ws[min(i+1, len(ws)):min(i+4, len(ws))] }
	for _, side := range []struct {
		from, to, extra []string
		narrowed        bool
	}{{old, new, ua, true}, {new, old, uo, false}} {
		if len(side.extra) == 0 || slices.ContainsFunc(side.to, func(x string) bool { return universalWords[x] }) {
			continue
		}
		for i, w := range side.from {
			if !universalWords[w] || i+1 >= len(side.from) {
				continue
			}
			noun := stem(side.from[i+1])
			for j, x := range side.to {
				// The phrase after the noun is new: "services provided
				// by third parties" → "services offered by third parties"
				// says which ones as it did.
				put, had := next(side.to, j), next(side.from, i+1)
				if stem(x) != noun || slices.ContainsFunc(put, func(y string) bool { return slices.Contains(had, y) }) {
					continue
				}
				if slices.ContainsFunc(put, func(y string) bool { return slices.Contains(side.extra, y) }) {
					return w, side.narrowed
				}
			}
		}
	}
	return "", false
}

// minimisationWords are the words of data minimisation (GDPR Art.
// 5(1)(c): "adequate, relevant and limited to what is necessary"): said of
// data, each limits which of it.
var minimisationWords = map[string]bool{"necessary": true, "needed": true, "required": true, "relevant": true, "essential": true,
	"strictly": true, "minimum": true, "minimal": true}

// needVerbs are the present forms of the verbs necessityWords make
// adjectives of: what an end "needs" or "requires" is what is "needed",
// "required", "necessary" for it.
var needVerbs = map[string]bool{"need": true, "needs": true, "require": true, "requires": true}

// minimisationDropped returns a word of data minimisation, said of data
// ("data" or "information" within two words), that one side's
// unexplained words hold and the other side says nowhere, in any form:
// "information necessary for the integration" → "information available
// through the integration" takes what the integration gives, not what it
// needs. put reports the word on the new side.
func minimisationDropped(old, new, uo, ua []string) (w string, put bool) {
	nowhere := func(w string, ws []string) bool {
		if necessityWords[w] {
			// "as required to deliver" → "where this is needed to
			// deliver": a necessity of an end traded for another word
			// of it ("required by law" is no end).
			for i := 0; i+1 < len(ws); i++ {
				if necessityWords[ws[i]] && (ws[i+1] == "to" || ws[i+1] == "for") {
					return false
				}
			}
			// "information necessary for the integration" → "the
			// information that integration needs": the need said as
			// the verb of the end, in a clause on the data, limits the
			// data to the same.
			for i, x := range ws {
				if x != "data" && x != "information" {
					continue
				}
				for _, y := range ws[i+1 : min(i+5, len(ws))] {
					if needVerbs[y] {
						return false
					}
				}
			}
		}
		return !slices.ContainsFunc(ws, func(x string) bool { return stem(x) == stem(w) })
	}
	// ofData reports w said of data: "information necessary for", "the
	// relevant data"; "this is necessary to perform our contract" is a
	// legal basis.
	ofData := func(w string, ws []string) bool {
		for i, x := range ws {
			if x != w {
				continue
			}
			for j := max(i-2, 0); j <= min(i+2, len(ws)-1); j++ {
				if ws[j] == "data" || ws[j] == "information" {
					return true
				}
			}
		}
		return false
	}
	for _, x := range uo {
		if minimisationWords[x] && nowhere(x, new) && ofData(x, old) {
			return x, false
		}
	}
	for _, x := range ua {
		if minimisationWords[x] && nowhere(x, old) && ofData(x, new) {
			return x, true
		}
	}
	return "", false
}

// technicalMeasureStems begin the words of a technical measure that
// keeps data from being read or tied to a person: a word of one of them
// says a measure that no looser word ("encoded", "protected") says.
var technicalMeasureStems = []string{"encrypt", "hash", "pseudonym", "anonymi", "tokeni", "decrypt"}

// technicalMeasure returns the stem of the technical measure w names, or "".
func technicalMeasure(w string) string {
	if strings.HasPrefix(w, "hashtag") {
		return ""
	}
	for _, s := range technicalMeasureStems {
		if strings.HasPrefix(w, s) {
			return s
		}
	}
	return ""
}

// narrowingAdjectives pick out which ones of a noun of the commitment's
// vocabulary a commitment is for: "for a specific purpose" is for one,
// named; "for our purposes" for any of ours. ("particular" also says
// "some": "particular areas" are "some parts".)
var narrowingAdjectives = map[string]bool{"specific": true, "specified": true, "stated": true, "named": true,
	"identified": true, "defined": true, "individual": true, "respective": true, "designated": true}

// narrowingDropped returns an adjective of narrowingAdjectives that old
// puts before a noun new still says, with none of them before it in
// new, and whether it was put rather than dropped: "consent to process
// your information for a specific purpose" → "for our purposes".
func (c *classifier) narrowingDropped(old, new []string) (string, bool) {
	look := func(long, short []string) string {
		var first map[string]int // where each word of short first stands, made at the first candidate
		at := func(w string) (int, bool) {
			if first == nil {
				first = make(map[string]int, len(short))
				for j := len(short) - 1; j >= 0; j-- {
					first[short[j]] = j
				}
			}
			j, ok := first[w]
			return j, ok
		}
		for i := 0; i+1 < len(long); i++ {
			if !narrowingAdjectives[long[i]] || c.ix.forceWord[long[i]] || i > 0 && long[i-1] == "in" {
				continue // "in particular" opens an example
			}
			if _, kept := at(long[i]); kept {
				continue
			}
			head := long[i+1]
			if c.ix.grammar[head] || c.ix.forceWord[head] || !lexPOS(head, 'n') {
				continue
			}
			if !c.vocabularyNoun(head) && !categoryNames[strings.TrimSuffix(head, "s")] {
				continue // "your particular needs" are "your needs"
			}
			// The head noun in short, in either number: its first place.
			j, found := -1, false
			for _, w := range [3]string{head, head + "s", strings.TrimSuffix(head, "s")} {
				if k, ok := at(w); ok && (!found || k < j) {
					j, found = k, true
				}
			}
			if !found {
				continue
			}
			if j > 0 && (narrowingAdjectives[short[j-1]] || short[j-1] == "particular") {
				return ""
			}
			return long[i]
		}
		return ""
	}
	if w := look(old, new); w != "" {
		return w, false
	}
	if w := look(new, old); w != "" {
		return w, true
	}
	return "", false
}

// nonIdentifying are the words that, after "non", say data names no one.
var nonIdentifying = map[string]bool{"personal": true, "identifiable": true, "identifying": true, "personally": true}

// nonIdentified counts the words of ws that say data names no one by
// "non": "non personal", "nonpersonal", "non-identifiable".
func nonIdentified(ws []string) int {
	n := 0
	for i, w := range ws {
		if w == "non" && i+1 < len(ws) && nonIdentifying[ws[i+1]] {
			n++
		} else if rest, ok := strings.CutPrefix(w, "non"); ok && nonIdentifying[strings.TrimPrefix(rest, "-")] {
			n++
		}
	}
	return n
}

// ownerWords say whose a thing is.
var ownerWords = map[string]bool{"our": true, "their": true, "its": true, "your": true, "his": true, "her": true}

// universalOwned returns the universal word and the possessive traded for
// it, the rest the same, and whether the universal word was old's: "any
// use of cookies will not relate to personal information" → "our use of
// cookies …" promises nothing of others' use.
func universalOwned(old, new []string) (string, string, bool) {
	at, os, ns := changedSpan(old, new)
	if len(old) != len(new) {
		return universalOwnedPhrase(old, new, at)
	}
	if os != at+1 || ns != at+1 {
		return "", "", false // not one word traded for one
	}
	switch {
	case universalWords[old[at]] && ownerWords[new[at]]:
		return old[at], new[at], true
	case ownerWords[old[at]] && universalWords[new[at]]:
		return new[at], old[at], false
	}
	return "", "", false
}

// universalOwnedPhrase is universalOwned where the words between the two
// and their noun differ too (i is where old and new first differ): "prohibited from using your personal
// information for any other purpose" → "for their own commercial
// purposes" forbids fewer uses. The words before and after the phrase
// are the same, and the noun is the same but for its number.
func universalOwnedPhrase(old, new []string, i int) (string, string, bool) {
	if i >= len(old) || i >= len(new) {
		return "", "", false
	}
	narrowed := true
	long, short := old, new
	if !universalWords[old[i]] {
		narrowed, long, short = false, new, old
	}
	if !universalWords[long[i]] || !ownerWords[short[i]] || i+2 < len(long) && long[i+1] == "of" && long[i+2] == short[i] {
		return "", "", false // "all of our" is "our"
	}
	for j := i + 1; j < len(long) && j <= i+3; j++ {
		for k := i + 1; k < len(short) && k <= i+4; k++ {
			if stem(long[j]) == stem(short[k]) && lexPOS(long[j], 'n') && equalWords(long[j+1:], short[k+1:]) {
				return long[i], short[i], narrowed
			}
		}
	}
	return "", "", false
}

// ownerPut returns an owner and a word picking out its own ("its own",
// "your specific") put between two words the other side writes side by
// side, whatever else changed, and whether it was put (rather than taken
// away): "omnie does not use customer data for marketing or independent
// purposes" → "… for its own marketing" (b76-44) denies only the
// author's marketing, though an item left the list beside it, which
// scopeQualifierPair, asked of one change at a time, does not read. An
// owner the other side already wrote ("for their purposes" → "for their
// own purposes") says no more.
func ownerPut(old, new []string) (string, bool) {
	if w := ownerIn(old, new); w != "" {
		return w, true
	}
	if w := ownerIn(new, old); w != "" {
		return w, false
	}
	return "", false
}

// ownerIn returns "its own" and the like in b whose neighbours a writes
// side by side, where a says nothing of owning.
func ownerIn(a, b []string) string {
	for i := 1; i+2 < len(b); i++ {
		if !restrictiveWords[b[i+1]] || person[b[i]] == 0 && b[i] != "its" {
			continue
		}
		// The owner said another way on the other side ("on servers we
		// own", "data that it owns") is the same owner.
		if slices.ContainsFunc(a, func(w string) bool { return w == "own" || w == "owns" || w == "owned" }) {
			return ""
		}
		before, head := b[i-1], b[i+2]
		for j := 0; j+1 < len(a); j++ {
			if a[j] == before && a[j+1] == head {
				return b[i] + " " + b[i+1]
			}
		}
	}
	return ""
}

// vocabularyNoun reports a word of a category's terms, in either number.
func (c *classifier) vocabularyNoun(w string) bool {
	return c.ix.termWord[w] || c.ix.termWord[strings.TrimSuffix(w, "s")]
}

// scopeQualifierBeside finds the qualifier scopeQualifier looks for when
// the sentence was also changed elsewhere: "data entered about your
// contacts" → "data you enter about your active contacts" rewords the
// first words and narrows the contacts to the active ones (b201-36). Each
// word put or taken alone, where the words beside it on both sides are
// the same, is tried as if it were the only change, when it is a word of
// a state before a noun (nounAt: "Just contact us" is no qualifier of
// the contacting, b77-26), and not one the other side says elsewhere
// ("all applicable marketing laws" → "all marketing laws that apply",
// folded to "applicable laws", b207-05).
func (c *classifier) scopeQualifierBeside(old, new, removed, added []string) (string, bool) {
	if len(removed)+len(added) < 2 {
		return "", false
	}
	for _, ws := range [][]string{removed, added} {
		for _, x := range ws {
			if isNumber(x) || numberValue[x] > 0 || besideRestated[x] {
				// "daily backups" → "backups every 24 hours" or "every
				// day", "plus 7 years" → "7 more years after that": the
				// word said another way (b124-26)
				return "", false
			}
		}
	}
	w, put := "", false
	wordHunks(old, new, func(x, y []string, at, _ int) {
		switch {
		case w != "":
		case len(x) == 0 && len(y) == 1 && nounAt(old, at) && adjectival(wordNet(), y[0]) && !slices.Contains(old, y[0]):
			long := slices.Concat(old[:at], y, old[at:])
			w, put = c.scopeQualifier(old, long, nil, y)
		case len(y) == 0 && len(x) == 1 && nounAt(old, at+1) && adjectival(wordNet(), x[0]) && !slices.Contains(new, x[0]):
			short := slices.Concat(old[:at], old[at+1:])
			w, put = c.scopeQualifier(old, short, x, nil)
		}
	})
	return w, put
}

// besideRestated are words of time and amount a rewording says in other
// words beside the noun they qualified ("every day" for "daily", "7 more
// years" for "plus 7 years"): a change elsewhere in the sentence may be
// the same qualifier.
var besideRestated = map[string]bool{"daily": true, "day": true, "weekly": true, "week": true, "monthly": true, "month": true,
	"yearly": true, "annual": true, "annually": true, "year": true, "hourly": true, "hour": true, "every": true, "each": true,
	"more": true, "less": true, "fewer": true, "plus": true, "further": true, "additional": true, "extra": true}

// nounAt reports ws[i] read as a noun: one WordNet knows first as a noun,
// not followed by a pronoun it would take as its object ("contact us" is
// the verb).
func nounAt(ws []string, i int) bool {
	if i+1 < len(ws) && adjectiveFirst(wordNet(), ws[i]) {
		i++ // "permanent internal staff": the noun after its adjective (b203-05)
	}
	if i >= len(ws) || !isNoun(ws[i]) {
		return false
	}
	if i+1 < len(ws) {
		switch ws[i+1] {
		case "us", "you", "me", "them", "him", "her", "it":
			return false
		}
	}
	return true
}

// lawAfter reports a noun of what binds the company (bindingNouns) within
// the four words after w in ws.
func lawAfter(ws []string, w string) bool {
	for i, x := range ws {
		if x != w {
			continue
		}
		for _, y := range ws[i+1 : min(len(ws), i+5)] {
			if bindingNouns[y] {
				return true
			}
		}
	}
	return false
}

// protectionTraded returns the word of protection one side says a thing
// is kept with, where the other says another word in its place, one that
// is none: "Restricted access to sensitive information" → "Monitored
// access …" watches the access, it no longer limits it (b288-48). It
// returns the word, and whether it was put ("Monitored" → "Restricted").
func protectionTraded(old, new, removed, added []string) (string, bool) {
	if len(removed) != 1 || len(added) != 1 || protectiveWords[removed[0]] == protectiveWords[added[0]] || len(old) != len(new) || wordNet().close(removed[0], added[0]) {
		// Another word of the same protection ("Restricted access" →
		// "Controlled access") keeps it.
		return "", false
	}
	i := slices.Index(old, removed[0])
	if i < 0 || i+1 >= len(old) || new[i] != added[0] || !slices.Equal(old[:i], new[:i]) || !slices.Equal(old[i+1:], new[i+1:]) {
		return "", false // the word traded stands before the same noun, all else the same
	}
	if protectiveWords[removed[0]] {
		return removed[0], false
	}
	return added[0], true
}
