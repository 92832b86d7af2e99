package material

import (
	"strings"
	"unicode"
)

// An explanation put after a sentence says why it holds or what it comes
// to: "OmniCRM enforces MFA for all staff accounts, so that a stolen
// password alone cannot open them". It commits to nothing the sentence
// does not (b188, a copywriter's explanations: 26 of 27 were read as a
// limit or a condition added). An explanation can also carry a new
// commitment in the same words: "…, which means trusted partners may also
// be given access" (b188-19). explanationSignal tells the one from the
// other.

// explanationMarkers open a clause that explains the one before it. "That
// is" is not among them: it says what exactly the words before it are, and
// closes a list of examples as "i.e." does (b165-12). Nor is "for
// example": an example said after a sentence is judged by what it names
// (trailingExample, example.go).
var explanationMarkers = []string{", so that ", ", so ", ", because ", ", which means ", ", meaning ",
	", in other words, ", ", in other words "}

// explanationWords are words an explanation does not need and a new
// commitment does: another case ("also", "except", "if"), a permission
// ("may"), a hedge ("usually"), the law's acts ("sell", "share") and uses
// that need a reader's notice (advertising, training a model).
var explanationWords = map[string]bool{
	"also": true, "too": true, "plus": true, "additionally": true, "other": true, "except": true, "unless": true,
	"though": true, "although": true, "if": true, "including": true, "even": true,
	"may": true, "might": true, "could": true, "only": true, "solely": true,
	"usually": true, "generally": true, "typically": true, "normally": true, "often": true, "sometimes": true, "practice": true,
	"sell": true, "sells": true, "sold": true, "sale": true, "share": true, "shares": true, "shared": true, "sharing": true,
	"disclose": true, "disclosed": true, "transfer": true, "transferred": true, "rent": true, "trade": true,
	"profile": true, "profiles": true, "profiling": true, "combine": true, "combined": true, "publish": true, "published": true,
	"ads": true, "advert": true, "adverts": true, "advertising": true, "advertisements": true, "marketing": true, "offers": true,
	"promotions": true, "train": true, "training": true, "model": true, "models": true, "ai": true, "research": true,
	"insurer": true, "insurers": true, "buyer": true, "buyers": true, "carrier": true, "carriers": true,
	// a way of acting named: how a right is used or a change announced
	// is the commitment ("you may withdraw consent at any time, which
	// means sending a signed letter to our registered office", "we will
	// take appropriate steps, which means publishing the policy on this
	// website", b250-18, b250-20)
	"letter": true, "letters": true, "writing": true, "office": true, "post": true, "postal": true,
	"mail": true, "email": true, "phone": true, "telephone": true, "portal": true,
	"publishing": true, "posting": true, "sending": true,
}

// explanationsOut returns old and new with each explanation only one of
// them has, and that carries no signal of a new commitment, cut out, and
// the explanations cut, quoted; what is "" where none was.
func explanationsOut(old, new string) (o, n, what string) {
	o, wo := cutExplanations(old, new)
	n, wn := cutExplanations(new, old)
	if len(wo)+len(wn) == 0 {
		return old, new, ""
	}
	return o, n, quoteWords(append(wo, wn...))
}

// cutExplanations cuts from s each explanation other does not have.
func cutExplanations(s, other string) (string, []string) {
	if !strings.Contains(s, ", ") {
		return s, nil
	}
	var cut []string
	for _, m := range explanationMarkers {
		for from := 0; ; {
			i := strings.Index(s[from:], m)
			if i < 0 {
				break
			}
			i += from
			end := explanationEnd(s, i+len(m))
			clause := s[i+2 : end]
			if strings.Contains(other, clause) || explanationSignal(s[i+len(m):end], other) || end < len(s) && s[end] == ':' {
				from = i + len(m)
				continue
			}
			cut = append(cut, clause)
			s = s[:i] + s[end:]
			from = i
		}
	}
	return s, cut
}

// explanationEnd is where the clause that starts at i ends: before the
// stop, semicolon, colon, bracket or line that closes it, or at the
// text's end. A clause that ends in a colon opens what follows ("may
// access, for example, the following:", b165-44) and explains nothing.
func explanationEnd(s string, i int) int {
	for j := i; j < len(s); j++ {
		switch s[j] {
		case ';', ':', '\n', ')':
			return j
		case '.':
			if j+1 == len(s) || s[j+1] == ' ' || s[j+1] == '\n' {
				return j
			}
		}
	}
	return len(s)
}

// shortList reports a clause that is a list of three or more short items
// ("lawyers, consultants, auditors and prospective investors"): what it
// names is what the words before it cover, not why.
func shortList(body string) bool {
	body = strings.ReplaceAll(strings.ReplaceAll(body, " and ", ", "), " or ", ", ")
	items := strings.Split(body, ", ")
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if n := len(strings.Fields(it)); n == 0 || n > 3 {
			return false
		}
	}
	return true
}

// explanationSignal reports a clause (its body, after the marker) that
// says more than an explanation: a word of explanationWords, a number, or
// a name or a noun of people the other text does not have (a party, a
// place; a noun of people in a list of them, "meaning lawyers,
// consultants, auditors and prospective investors" for "such as lawyers
// and consultants", b198-17).
func explanationSignal(body, other string) bool {
	if strings.Contains(strings.ToLower(body), "in case") {
		return true // "in case you return": another case, where "in that case" is the one said
	}
	lowerOther := ""
	for _, w := range strings.FieldsFunc(body, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' }) {
		lw := strings.ToLower(w)
		if _, n := numberWords[lw]; n || explanationWords[lw] || partyNoun(lw) || unicode.IsDigit(rune(w[0])) {
			return true
		}
		if !unicode.IsUpper([]rune(w)[0]) && !(personNoun(lw) && shortList(body)) {
			continue
		}
		if lowerOther == "" {
			lowerOther = strings.ToLower(other)
		}
		if !strings.Contains(lowerOther, lw) {
			return true
		}
	}
	return false
}
