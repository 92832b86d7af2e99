package material

import (
	"strings"
)

// priorLawfulWords are the words the sentence of GDPR Art. 7(3) is said
// with: that withdrawing consent leaves the processing done before it
// lawful. A sentence with any other word ("may", "after", "delete",
// "grounds") is not only that statement and is compared as written.
var priorLawfulWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`withdrawal withdrawals withdrawing withdraw withdraws withdrew withdrawn
		revocation revoking revoke revokes revoked consent consents permission
		a an the any all such this that these it its your you we our us
		of on in to by for with based basis up until before prior
		does do did doesn't don't not will won't shall would in way
		affect affects affected affecting unaffected make makes render renders
		lawfulness lawful unlawful legality remain remains stay stays
		is are be been being was were has have had
		carried out performed conducted undertaken done took place given
		processing process processed use using personal data information
		however please note but what anything`) {
		m[w] = true
	}
	return m
}()

var priorLawfulWordRE = mustPattern(`[\p{L}’']+`)

// priorLawful reports whether sentence s says only that a withdrawal of
// consent leaves earlier processing lawful: it names a withdrawal, the
// lawfulness, a time before ("before", "prior to", "until"), no word
// but the statement's, and its negations leave the lawfulness standing
// ("does not affect", "remains lawful", "does not make … unlawful",
// "remain unaffected"; not "affects", "makes … unlawful").
func priorLawful(s string) bool {
	var withdrawn, lawful, before bool
	flips := 0
	for _, w := range priorLawfulWordRE.FindAllString(strings.ToLower(s), -1) {
		w = strings.ReplaceAll(w, "’", "'")
		if !priorLawfulWords[w] {
			return false
		}
		switch {
		case strings.HasPrefix(w, "withdr") || strings.HasPrefix(w, "revo"):
			withdrawn = true
		case w == "before" || w == "prior" || w == "until":
			before = true
		case strings.Contains(w, "lawful") || w == "legality":
			lawful = true
		}
		switch w {
		case "not", "doesn't", "don't", "won't", "unlawful":
			flips++
		case "affect", "affects", "affected", "affecting":
			flips++
		case "unaffected": // not affected
			flips += 2
		}
	}
	return withdrawn && lawful && before && flips%2 == 0
}

// priorLawfulSentence is the statement written one way.
const priorLawfulSentence = "Withdrawal of consent does not affect the lawfulness of processing before the withdrawal."

// priorProcessingLawful writes the sentence saying that a withdrawal of
// consent leaves earlier processing lawful one way in both texts, where
// both say it: "Withdrawal does not affect lawfulness of processing
// before withdrawal" and "Any processing carried out before you withdraw
// your consent remains lawful" state the same law (b17-39). A text that
// does not say it is left as written.
//
// Said on one side only, the statement is put in or taken out beside
// what the text commits to: it states the law (GDPR Art. 7(3)), which
// holds whether the policy says so or not, and commits the author to
// nothing ("… you may withdraw that consent at any time. Withdrawal does
// not affect the lawfulness of processing carried out before it.",
// b86-18, read "Limit added"). It is left out of the side that says it,
// where the other says nothing of a withdrawal and lawfulness: one that
// does says it in words not read here ("… the processing which took
// place before the withdrawal", b78-24), and is compared as written.
func priorProcessingLawful(mOld, mNew string) (string, string) {
	po, pn := mayPriorLawful(mOld), mayPriorLawful(mNew)
	if !po && !pn {
		return mOld, mNew
	}
	o, okO := rewritePriorLawful(mOld)
	n, okN := rewritePriorLawful(mNew)
	switch {
	case okO && okN:
		return o, n
	case okO && !pn:
		return strings.TrimSpace(strings.ReplaceAll(o, priorLawfulSentence, "")), mNew
	case okN && !po:
		return mOld, strings.TrimSpace(strings.ReplaceAll(n, priorLawfulSentence, ""))
	}
	return mOld, mNew
}

func mayPriorLawful(m string) bool {
	return containsFold(m, "lawful") && (containsFold(m, "withdr") || containsFold(m, "revo"))
}

// rewritePriorLawful puts priorLawfulSentence for each sentence of m
// that is only that statement, and reports whether there was one.
func rewritePriorLawful(m string) (string, bool) {
	found := false
	out := m
	for _, s := range sentences(m) {
		if priorLawful(s) {
			out = strings.Replace(out, s, priorLawfulSentence, 1)
			found = true
		}
	}
	return out, found
}
