package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// The author's own product, named by the author's name and a word for
// what it offers ("Bitwarden Service", "Acme App"), is no party: a
// sentence that stops naming it gives no one data and takes data from
// no one. What changed is what the sentence does: "If we make any
// material changes, we will notify you by email (sent to the email
// address … registered with the Site or Bitwarden Service) or by means
// of a notice on the Site or Service" → "…, we may notify you by means
// of a notice on the Site or Service" (b54-42) drops the e-mail notice
// of a change of the policy and hedges the rest: the change-notice
// policy.
//
// ownProductNotice returns "notice" for a material verdict naming
// parties (entity) that are all the author's own products (authorProduct),
// whose changed sentences, on each side that has any, all tell the
// reader (noticeTellRE) of a change (changeOfPolicyRE); "" otherwise.
func (c *classifier) ownProductNotice(v Verdict, ch redline.Change) string {
	if v.Category == "notice" || !strings.HasSuffix(v.Rule, ".entity") || c.rb.categoryIndex("notice") < 0 {
		return ""
	}
	_, what, ok := strings.Cut(v.Reason, ": ")
	if !ok || strings.Contains(what, "(") {
		return "" // a place beside the name is no product of the author's
	}
	for _, name := range strings.Split(what, ", ") {
		if !c.authorProduct(name, ch.Old+"\n"+ch.New) {
			return ""
		}
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	for _, side := range []string{so, sn} {
		for _, s := range sentences(side) {
			if !noticeTellRE.MatchString(s) || !changeOfPolicyRE.MatchString(s) {
				return ""
			}
		}
	}
	return "notice"
}

// authorProduct reports a name of two words, the first the author's name (no
// English word: "Mobile Apps" is what any company offers) written alone
// elsewhere in text ("Bitwarden may update this Privacy
// Policy"), the second a word for what it offers (productWords).
func (c *classifier) authorProduct(name, text string) bool {
	ws := strings.Fields(name)
	if len(ws) != 2 || !productWords[strings.ToLower(ws[1])] || !isName(ws[0]) || c.english(strings.ToLower(ws[0])) {
		return false
	}
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], ws[0])
		if j < 0 {
			break
		}
		at, end := i+j, i+j+len(ws[0])
		i = end
		if at > 0 && isWordByte(text[at-1]) || end < len(text) && isWordByte(text[end]) {
			continue // inside another word
		}
		if !strings.HasPrefix(strings.TrimLeft(text[end:], " \t\n*_"), ws[1]) {
			return true
		}
	}
	return false
}

// productWords are the words a company names what it offers by, after
// its name.
var productWords = map[string]bool{"service": true, "services": true, "site": true, "website": true, "app": true, "apps": true, "platform": true, "account": true, "software": true, "products": true}

// changeOfPolicyRE is a change of the policy said: "If we make any
// material changes", "changes to this Privacy Policy".
var changeOfPolicyRE = mustPattern(`(?i)\b(?:material|significant|substantial)\s+(?:changes?|updates?|modifications?)\b|\b(?:chang|updat|modif|amend|revis)\w*\s+(?:to\s+)?(?:this|our|the)\s+(?:\w+\s+)?(?:policy|notice|statement)\b`)
