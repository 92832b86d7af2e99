package material

import "strings"

// tradeWords are the words a company's name may end its distinctive part
// with only to say what trade it is in: "Lotame Solutions, Inc." is the
// Lotame a policy also calls "Lotame" (b48-23), "Slack Technologies" the
// Slack it names. A name of other words ("Zendra Analytics", a product)
// is another name, and so is a group's ("Omnis Software Group" may be
// part of the Omnis Group, TestGroupRestated).
var tradeWords = map[string]bool{"solutions": true, "technologies": true, "technology": true, "systems": true, "software": true,
	"labs": true, "platforms": true, "networks": true}

// tradeKey is a name's key (nameKey) without the trade words after its
// first word, and those trade words; the key as it was, and none, when it
// has none.
func tradeKey(key string) (string, []string) {
	if !hasTradeWord(key) {
		return key, nil
	}
	ws := strings.Fields(key)
	var kept, trade []string
	for i, w := range ws {
		if i > 0 && tradeWords[w] {
			trade = append(trade, w)
		} else {
			kept = append(kept, w)
		}
	}
	if trade == nil {
		return key, nil
	}
	return strings.Join(kept, " "), trade
}

// hasTradeWord reports a trade word after the first word of key, without
// splitting it: most names have none.
func hasTradeWord(key string) bool {
	for w := range tradeWords {
		if strings.Contains(key, " "+w) {
			return true
		}
	}
	return false
}

// sameForms reports two names whose legal forms are one's among the
// other's: "Lotame" and "Lotame Solutions, Inc.", not "TP-LINK
// CORPORATION PTE. LTD." and "TP-Link Systems Inc.", a company of another
// country that trade words alone would not tell apart.
func sameForms(a, b string) bool {
	fa, fb := legalFormWords(a), legalFormWords(b)
	return subset(fa, fb) || subset(fb, fa)
}

// legalFormWords are the legal forms a name is written with.
func legalFormWords(e string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(e)) {
		if w = nameFormWord(w); legalForms[w] {
			out = append(out, w)
		}
	}
	return out
}
