package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Which policy applies to whom, or to what, is the policy's scope, though
// the sentence that says so names a company or a product: "This Privacy
// Statement does not apply to the extent IBM processes personal
// information on behalf of clients …, such as Cloud Services" added
// (b53-03) takes a service out of what the statement covers; "If you are
// located in Australia, the Thryv Australia Pty Ltd privacy policy
// applies to you" removed (b53-23) brings Australians under this one. The
// names are of what is covered, or of the author of the other policy:
// not a party data goes to.
//
// policyApplies returns "scope" for a material verdict of another
// category whose changed sentences, on each side that has them, open
// with one that says a policy applies or does not (policyAppliesRE,
// within appliesReach bytes).
func (c *classifier) policyApplies(v Verdict, ch redline.Change) string {
	if !v.Material || v.Category == "scope" || c.rb.categoryIndex("scope") < 0 {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if !containsJoined(so, sn, "ppl") {
		return ""
	}
	// A company named in what the policy covers ("collected by Sony
	// Corporation of America and … Sony Electronics Inc.", b18-01) is who
	// collects: the controller. A company before the clause owns the
	// other policy that applies.
	eo, en := c.entities(so), c.entities(sn)
	var companies []string
	for _, e := range append(minusNames(eo, en), minusNames(en, eo)...) {
		for _, w := range strings.Fields(strings.ToLower(e)) {
			if legalForms[strings.Trim(w, ".,")] {
				companies = append(companies, e)
				break
			}
		}
	}
	n := 0
	for _, s := range []string{so, sn} {
		if s == "" {
			continue
		}
		// The opening sentence, read past a company's "Ltd." a sentence
		// reader ends it at.
		t := stripMarkdown(s)
		m := policyAppliesRE.FindStringIndex(t)
		if m == nil || m[0] > appliesReach || changeBefore(t[:m[0]]) {
			return ""
		}
		for _, e := range companies {
			if k := strings.Index(t, e); k > m[0] {
				return ""
			}
		}
		n++
	}
	if n == 0 {
		return ""
	}
	return "scope"
}

// appliesReach is how far into the changed text the clause must stand.
const appliesReach = 160

// policyAppliesRE is a clause whose subject is this or a privacy policy,
// statement or notice, and whose verb is "apply": "This Privacy Statement
// does not apply to …", "the … privacy policy applies to you", "this
// notice will also apply". "Our DNT policy applies" is a practice's
// (b24-08); "before a change to this policy applies" says when a change
// takes effect (b14-46).
var policyAppliesRE = mustPattern(`(?i)\b(?:this|these|privacy)\s+(?:[\w’']+\s+){0,1}(?:policy|statement|notice)\W+(?:(?:does|do|will|shall|may|also|not|only|no\s+longer|n[’']t)\s+){0,3}appl(?:y|ies)\b`)

// changeBefore reports text that ends with a change of the policy as the
// subject: "Before a material change to", "any updates of".
func changeBefore(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	for _, w := range ws[max(len(ws)-3, 0):] {
		switch strings.Trim(w, ".,;:") {
		case "change", "changes", "update", "updates", "amendment", "amendments", "version":
			return true
		}
	}
	return false
}
