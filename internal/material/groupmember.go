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
	for _, h := range c.ix.strongHits(c.ix.fold(so + " " + sn)) {
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
	return ""
}

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
