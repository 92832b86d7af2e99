package material

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// A lawyer making references exact names the law a sentence already
// relies on: "rights under data protection legislation" → "rights under
// the UK GDPR and the Data Protection Act 2018", "Under UK GDPR" → "Under
// the UK GDPR and the Data Protection Act 2018", "… by contacting us, as
// the CAN-SPAM Act (15 U.S.C. § 7704) provides", "the age of 13, as
// defined in COPPA". The law binds the company whether the policy names it
// or not, so a law named as where the rule stands commits to nothing new
// (batch 306 read them "New recipient: CalOPPA", "Item added to a list").
// citeadded.go sets aside the pinpoints ("Article 6(1)(f)", "§ 1798.81.5");
// this sets aside the names, in the frames that only say where a rule
// stands: "under", "pursuant to", "in accordance with", "as defined in",
// "within the meaning of", "in the sense of", "as a processor must
// under" before them (b319-41, b319-10), "as … provides" or "requires"
// around them, or a bracket holding nothing else. A law given in another's
// place ("under the GDPR" → "under the CCPA") is another regime, and read
// as written; so is a law that sets a condition ("where permitted by the
// CAN-SPAM Act") or a limit ("the limitation period of the Limitation Act
// 1980"): "by" and "of" are no such frames.

// lawNameRE is the name of a law: capitalised words ending in a kind of
// law ("the Data Protection Act 2018", "the United States Code",
// "Implementing Decision"), or a law's initials ("UK GDPR", "COPPA"),
// with its number ("Implementing Decision (EU) 2021/914"), the initials
// glossed after it ("(CCPA/CPRA)") and a citation of where in it ("(15
// U.S.C. § 6501)").
var lawNamePat = `(?:the\s+)?(?:` +
	`(?:(?:[A-Z][A-Za-z’'.&-]*|&)\s+(?:(?:of|and|for|on|the)\s+)?){0,7}(?:Act|Regulations?|Directive|Code|Decision)(?:\s+(?:of\s+)?(?:19|20)\d\d)?` +
	`|(?:(?:UK|EU|Swiss|[A-Z][a-z]+(?:'s|’s))\s+)?(?:` + lawAcronymsPat + `)(?:\s+Act)?` +
	`)(?:\s*\((?:EU|EC|EEC)\)\s*(?:No\.?\s*)?\d{2,4}/\d+)?(?:\s*\((?:[A-Z][A-Za-z/-]+|[^()]{0,40}(?:§|\d)[^()]{0,40})\))?`

// lawNamesPat is one law or several, joined: "the UK GDPR and the Data
// Protection Act 2018", "the California Consumer Privacy Act, as amended
// by the California Privacy Rights Act".
var lawNamesPat = lawNamePat + `(?:(?:,?\s+as\s+amended\s+by|,?\s+and|,|\s+or)\s+` + lawNamePat + `)*`

// genericLawPat is the law named by its field, which any law of it may
// name exactly: "data protection legislation", "applicable privacy laws",
// "US state privacy laws" (batch 318).
const genericLawPat = `(?:applicable\s+)?(?:(?:US|U\.S\.|EU|UK|EEA)\s+)?(?:(?:state|federal|national)\s+)?(?:data\s+protection|privacy)\s+(?:laws?|legislation)`

// lawAcronymsPat is lawAcronyms as alternatives, the longest first.
var lawAcronymsPat = func() string {
	as := slices.SortedFunc(maps.Keys(lawAcronyms), func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	for i, a := range as {
		as[i] = regexp.QuoteMeta(a)
	}
	return strings.Join(as, "|")
}()

var lawFrameRE = mustPattern(`,?\s*\b(?:[Uu]nder|[Pp]ursuant\s+to|[Ii]n\s+accordance\s+with|as\s+defined\s+(?:in|by|under)|within\s+the\s+meaning\s+of|in\s+the\s+sense\s+of|as\s+(?:a|an|the)\s+[a-z]+\s+(?:must|is\s+required\s+to|has\s+to)\s+under)\s+(?:` + lawNamesPat + `|` + genericLawPat + `)` +
	`|,?\s*\bas\s+(?:` + lawNamesPat + `)\s+(?:provides|requires|sets\s+out|defines)` +
	`|\s*\((?:` + lawNamesPat + `)\)`)

// lawNamesOut sets aside the laws one side names, in frames that only say
// where a rule stands, where the other side names no other law there: the
// laws cut from one side, if any, are all among those cut from the other,
// or the other names the law by its field; cut from one side alone, they
// are laws the other names too, or the other names none.
func lawNamesOut(old, new string) (o, n, what string) {
	if !lawHint(old) && !lawHint(new) || len(old)+len(new) > maxReread {
		return old, new, ""
	}
	co, lo := lawFramesCut(old, new)
	cn, ln := lawFramesCut(new, old)
	if len(co)+len(cn) == 0 {
		return old, new, ""
	}
	if len(co) > 0 && len(cn) > 0 && !slices.Contains(lo, "") && !slices.Contains(ln, "") && !subset(lo, ln) && !subset(ln, lo) {
		return old, new, "" // a law traded for another
	}
	if len(co) == 0 && !namesOnly(ln, old) || len(cn) == 0 && !namesOnly(lo, new) {
		return old, new, "" // "the CCPA provides" → "under the CCPA and the Virginia … Act"
	}
	return cutPhrases(old, co), cutPhrases(new, cn), quoteWords(framesShown(cn, co, old, new))
}

// framesShown are the frames a reason quotes: each once, and those one
// side only holds where there are any. (A frame in capitals, "Under UK
// GDPR", is cut from both sides that hold it: the reason quoted it twice,
// as though added, b334-02.)
func framesShown(cn, co []string, old, new string) []string {
	var all, one []string
	for _, p := range append(slices.Clone(cn), co...) {
		if slices.Contains(all, p) {
			continue
		}
		all = append(all, p)
		if !strings.Contains(strings.ToLower(old), strings.ToLower(p)) || !strings.Contains(strings.ToLower(new), strings.ToLower(p)) {
			one = append(one, p)
		}
	}
	if len(one) > 0 {
		return one
	}
	return all
}

// namesOnly reports laws, cut from one text, that the other text names
// too, or one law where the other text names none: a law put beside one
// it names is another regime, and two laws or more where the other gave
// none of them are a list of regimes, more than a rule's source.
func namesOnly(laws []string, other string) bool {
	var named []string
	for _, l := range lawNameRE.FindAllString(other, -1) {
		named = append(named, lawKey(l))
	}
	laws = slices.DeleteFunc(slices.Clone(laws), func(k string) bool { return k == "" })
	slices.Sort(laws)
	laws = slices.Compact(laws)
	if subset(laws, named) {
		return true
	}
	return len(named) == 0 && len(laws) < 2
}

// lawHint reports a text that may name a law in a frame: a word of one
// and a law's name. No allocation.
func lawHint(s string) bool {
	framed := false
	for _, k := range [...]string{"nder ", "ursuant", "ccordance", "defined", "meaning of", "sense of", "provides", "requires", "sets out", "("} {
		if strings.Contains(s, k) {
			framed = true
			break
		}
	}
	return framed && lawNameHint(s)
}

// lawNameHint reports a text that may name a law. No allocation.
func lawNameHint(s string) bool {
	for _, k := range [...]string{"Act", "GDPR", "Code", "Regulation", "Directive", "Decision", "PA", "legislation", "laws", "PECR", "CPRA", "LGPD", "PIPL", "APPI", "FADP", "DSGVO", "RGPD", "BDSG"} {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// lawFramesCut returns the law frames of s the other text does not hold as
// written, and the laws each names, folded ("" for a law named by its
// field).
func lawFramesCut(s, other string) (cut, laws []string) {
	for _, m := range lawFrameRE.FindAllString(s, -1) {
		phrase := strings.Trim(m, ", ")
		if containsFold(other, phrase) {
			continue
		}
		cut = append(cut, phrase)
		names := lawNameRE.FindAllString(phrase, -1)
		if len(names) == 0 {
			laws = append(laws, "") // the frame names the law by its field
			continue
		}
		for _, l := range names {
			laws = append(laws, lawKey(l))
		}
	}
	return cut, laws
}

var lawNameRE = mustPattern(lawNamePat)

// lawKey is a law's name folded: "the UK GDPR (Article 6)" is "uk gdpr".
func lawKey(l string) string {
	if i := strings.IndexByte(l, '('); i > 0 {
		l = l[:i]
	}
	l = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(l)), "the ")
	return strings.Join(strings.Fields(l), " ")
}

// cutPhrases returns s without each phrase, its spacing and punctuation
// mended.
func cutPhrases(s string, phrases []string) string {
	if len(phrases) == 0 {
		return s
	}
	for _, p := range phrases {
		s = strings.Replace(s, p, " ", 1)
	}
	return strings.NewReplacer(" .", ".", " ,", ",", " ;", ";", " :", ":", ",,", ",").Replace(strings.Join(strings.Fields(s), " "))
}
