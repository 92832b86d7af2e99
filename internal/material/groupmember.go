package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A company, named with its legal form, put into or taken from a
// sentence that says nothing done with data ("The Omnis Software Group is
// currently made up of Omnis Software Ltd., … and Omnis Software Italia
// S.r.l.", b67-12), named with the author's own name, changes who is who: the companies the policy's "we"
// stands for, the controller's identity (GDPR Art. 13(1)(a)). The
// category the heading lent the change ("Privacy & Cookies Policy") says
// nothing of it. A sentence that names what is done with data (shared
// with, processed by, transferred to) makes the company a party to that
// act, and its words decide as before.

// groupMember returns "identity" for a material verdict of another
// category whose changed sentences name no term of any category but the
// controller's ("operated by") and whose words added or removed include a company's legal form; ""
// otherwise.
func (c *classifier) groupMember(v Verdict, ch redline.Change) string {
	if !v.Material || v.Category == "identity" || strings.HasSuffix(v.Rule, ".entity") || c.rb.categoryIndex("identity") < 0 {
		return "" // a name read in a role (a recipient in a list of them) keeps it
	}
	if !mayHaveLegalForm(ch.Old) && !mayHaveLegalForm(ch.New) {
		return "" // most changes: no sentence is cut into words
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	removed, added := c.writtenWords(so, sn)
	if !hasLegalForm(removed) && !hasLegalForm(added) {
		return ""
	}
	// A condition that says which readers the company is for ("if your
	// billing address is in the United States", b76-01) names the
	// reader's data to pick them out, none the company is given.
	for _, h := range c.ix.strongHits(c.ix.fold(readerConditionRE.ReplaceAllString(so+" "+sn, " "))) {
		if c.rb.Categories[h.k].ID != "identity" {
			return "" // an act done with data: the company is a party to it
		}
	}
	words := strings.Fields(strings.ToLower(so + " " + sn))
	for _, b := range strings.Fields(strings.ToLower(c.brand(false) + " " + c.brand(true))) {
		if len(b) > 2 && !commonCapitalised[b] && slices.Contains(words, b) {
			return "identity"
		}
	}
	// Where no brand stands out, a company named with the first word of
	// one the other side names with its legal form is of the same group:
	// "OmniCRM UK Ltd" → "OmniCRM UK Ltd, or OmniCRM US, Inc." (b76-01).
	for _, side := range [][2]string{{so, strings.Join(added, " ")}, {sn, strings.Join(removed, " ")}} {
		for _, b := range companyStems(side[0]) {
			if len(b) > 2 && !commonCapitalised[b] && slices.Contains(strings.Fields(side[1]), b) {
				return "identity"
			}
		}
	}
	return ""
}

// companyStems returns, in lower case, the first word of each company text
// names with its legal form: "omnicrm" for "Legal Entity: OmniCRM UK Ltd".
func companyStems(text string) []string {
	var out []string
	ws := strings.Fields(stripMarkdown(text))
	for i, w := range ws {
		if !legalForms[strings.ToLower(strings.Trim(w, ".,;:()"))] {
			continue
		}
		start := i
		for j := i - 1; j >= 0 && j >= i-3 && isName(strings.TrimRight(ws[j], ",")) && !strings.ContainsAny(ws[j], ".:;()"); j-- {
			start = j
		}
		if start < i {
			out = append(out, strings.ToLower(strings.TrimRight(ws[start], ",")))
		}
	}
	return out
}

// readerConditionRE is a condition on the reader, to the end of its
// clause: "if your billing address is in the United States", "where you
// live in Canada".
var readerConditionRE = mustPattern(`(?i)\b(?:if|where|when|whenever)\s+(?:you|your|you're|you’re)\b[^,;.]*`)

// hasLegalForm reports a company's legal form among words as
// writtenWords cuts them: "Ltd.", "GmbH", or "S.r.l." in its letters.
func hasLegalForm(ws []string) bool {
	letters := ""
	for i := 0; i <= len(ws); i++ {
		if i < len(ws) && len(ws[i]) == 1 {
			letters += strings.ToLower(ws[i])
			continue
		}
		if len(letters) > 1 && legalForms[letters] {
			return true
		}
		letters = ""
		if i == len(ws) {
			break
		}
		// "as" and "co" are English words as often as forms.
		if f := strings.ToLower(strings.Trim(ws[i], ".,")); f != "as" && f != "co" && len(f) > 1 && legalForms[f] {
			return true
		}
	}
	return false
}

// mayHaveLegalForm reports a text with a company's legal form in it, as
// hasLegalForm reads one, without cutting the text into words: each run
// of letters, and each run of single letters between dots ("S.r.l."),
// lower-cased into a buffer and looked up.
func mayHaveLegalForm(s string) bool {
	var buf, initials [16]byte
	n, k := 0, 0
	check := func(b []byte) bool { return len(b) > 1 && legalForms[string(b)] }
	for i := 0; i <= len(s); i++ {
		var ch byte
		if i < len(s) {
			ch = s[i]
		}
		if 'A' <= ch && ch <= 'Z' || 'a' <= ch && ch <= 'z' {
			if n < len(buf) {
				buf[n] = ch | 0x20
			}
			n++
			continue
		}
		if n == 1 && k < len(initials) {
			initials[k] = buf[0]
			k++
		} else if n > 1 {
			if k > 0 && check(initials[:k]) {
				return true
			}
			k = 0
			if n <= len(buf) {
				if w := buf[:n]; check(w) && string(w) != "as" && string(w) != "co" {
					return true
				}
			}
		}
		if ch != '.' && ch != ' ' && n != 1 || i == len(s) {
			if k > 0 && check(initials[:k]) {
				return true
			}
			k = 0
		}
		n = 0
	}
	return false
}
