package material

import (
	"slices"
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/redline"
)

// The company a contact line addresses the reader's letters to is the
// controller, or whoever answers for it: "please contact us at privacy@…
// Attn: Privacy Signal Messenger, LLC 650 Castro Street" → "… Signal
// Technology Foundation 650 Castro Street" (b59-03) says who the
// controller now is (Art. 13(1)(a), its identity and contact details),
// though the paragraph, a way to write with a question, reads as the
// reader's rights. A name is a company's where the words changed carry a
// legal form written as one, after a capitalised word ("Messenger, LLC",
// "EVERNOTE CORPORATION"); a contact line is a sentence with a mailbox, a
// postcode, or the words that address a letter ("Attn", "contact").
//
// addresseeRenamed returns "identity" for a verdict no rule could explain
// (rule "fallback") filed under rights or under no category, whose
// change trades a few words on each side, among them a company's legal
// form, in a contact line; "" otherwise. A paragraph added whole is
// judged by what it says of the party (a processor's address is no
// controller's). A list of parties is no contact line: its companies are
// recipients, and a rule filed them so (the verdict is not rights).
func (c *classifier) addresseeRenamed(v Verdict, ch redline.Change) string {
	if !v.Material || c.rb.categoryIndex("identity") < 0 {
		return ""
	}
	switch {
	case v.Rule == "fallback" && (v.Category == "rights" || v.Category == "unclassified"):
	case v.Rule == "rights.entity" && strings.Contains(v.Reason, "where to write to or call the party"):
		// A party of a contact line named anew (contactparty.go): where
		// its name, not only its address, was traded.
	default:
		return ""
	}
	removed, added := c.writtenDiff(ch)
	if ch.Kind != redline.Replace || len(removed) == 0 || len(added) == 0 || len(removed) > nameSpan || len(added) > nameSpan {
		return "" // a name traded for another in the same line, not a paragraph added
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if !contactLine(so) && !contactLine(sn) || containsFold(so+sn, "complain") {
		return "" // the authority to complain to is where a right is used
	}
	if !legalFormWritten(strings.Fields(so), removed) && !legalFormWritten(strings.Fields(sn), added) {
		return ""
	}
	return "identity"
}

// nameSpan is the most words a side of the change may have: a company's
// name, with its legal form ("Signal Technology Foundation").
const nameSpan = 6

// legalFormWritten reports, among the words of a sentence as written, a
// word changed (changed is folded) of a company's name: a capitalised
// word that a legal form, capitalised, ends the run of capitalised words
// of ("Lumora Holding GmbH"), or such a legal form after a capitalised
// word ("Messenger, LLC"); not "limited information" or "as".
func legalFormWritten(ws, changed []string) bool {
	capital := func(w string) bool {
		r := []rune(strings.TrimLeft(w, "(“\"'"))
		return len(r) > 0 && unicode.IsUpper(r[0])
	}
	form := func(w string) bool {
		f := nameFormWord(w)
		return legalForms[f] && len(f) >= 2 && capital(w)
	}
	for i, w := range ws {
		if !capital(w) || !slices.Contains(changed, nameFormWord(w)) {
			continue
		}
		if form(w) && i > 0 && capital(ws[i-1]) {
			return true
		}
		for j := i + 1; j < len(ws) && j <= i+nameSpan && capital(ws[j]); j++ {
			if form(ws[j]) {
				return true
			}
		}
	}
	return false
}

// contactLine reports a sentence that tells the reader where to write: a
// mailbox, a postcode, or the words addressing a letter.
func contactLine(s string) bool {
	return strings.Contains(s, "@") || postcodeRE.MatchString(s) || containsFold(s, "attn") || containsFold(s, "attention:") || containsFold(s, "contact")
}
