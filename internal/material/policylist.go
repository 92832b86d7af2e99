package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A policy that sends the reader on to other policies for its products
// ("In addition to this Privacy Policy, we provide … information specific
// to our products … in the following privacy policies:") is made of them:
// a product's policy put in that list brings the product's data under
// what the reader is told, and one taken out drops it. Proton's gained
// "[Proton Meet Privacy Policy](https://proton.me/meet/privacy-policy)"
// (ota-118 004), read first as a menu of the site, then as "Wording not
// about personal data". An entry that names only a kind of policy
// ("Cookie Policy", "Terms of Service") is a pointer to more of the same
// text, judged as pointers are.

// policyListLeadRE is a lead-in that brings in a list of policies.
var policyListLeadRE = mustPattern(`(?i)\b(?:policies|notices|statements)\b[^.:]*:\s*$`)

// policyKindWords are the words a policy's name has whatever it covers.
var policyKindWords = map[string]bool{"privacy": true, "policy": true, "policies": true, "notice": true, "statement": true, "cookie": true,
	"cookies": true, "terms": true, "of": true, "service": true, "use": true, "data": true, "protection": true, "personal": true,
	"information": true, "the": true, "and": true, "supplemental": true, "additional": true, "new": true, "window": true, "tab": true}

// productPolicyItem returns the name of a product's policy a list item
// put in or taken out is, under such a lead-in; "" when it is not one.
func (c *classifier) productPolicyItem(ch redline.Change) string {
	if ch.Kind != redline.Insert && ch.Kind != redline.Delete {
		return ""
	}
	t := strings.TrimSpace(ch.Old + ch.New)
	if !strings.HasPrefix(t, "* ") && !strings.HasPrefix(t, "- ") || strings.Contains(t, "\n") || len(t) > 300 {
		return ""
	}
	words := strings.TrimSpace(stripMarkdown(t))
	if !policyTitleRE.MatchString(words) || !containsFold(words, "polic") && !containsFold(words, "notice") && !containsFold(words, "statement") {
		return ""
	}
	named := false
	for _, w := range rawWords(words) {
		if !policyKindWords[strings.ToLower(w)] {
			named = true
			break
		}
	}
	if !named || !policyListLeadRE.MatchString(strings.TrimSpace(c.leadInText())) {
		return ""
	}
	return words
}

// productPolicyVerdict is the verdict on such an item.
func (c *classifier) productPolicyVerdict(ch redline.Change) (Verdict, bool) {
	name := c.productPolicyItem(ch)
	if name == "" || c.rb.categoryIndex("scope") < 0 {
		return Verdict{}, false
	}
	how := "put in"
	if ch.Kind == redline.Delete {
		how = "taken out of"
	}
	v := c.material(ch, "scope.policies", &signals{}, nil, nil, "")
	v.Reason = fmt.Sprintf("%s: a product's policy %s the list of policies the text is made of: %s", c.label("scope"), how, quoteWords([]string{name}))
	return v, true
}
