package material

import "github.com/redline-legal/redline/internal/redline"

// A section titled by the reader's rights ("Your rights", "Individual
// Rights", "16. Your rights under UK GDPR") says which rights the reader
// has and how to use them (GDPR Art. 13(2)(b) to (d)): what a change
// there alters is a right, whatever words of other categories its line is
// written in. "You may also withdraw that consent at any time" → "… at
// any time by writing to our registered office" (b62-15) makes the right
// to withdraw consent harder to use, no change of legal basis or of who
// the controller is; "Individuals may" → "Individuals aged 16 or over
// may" (b179-49) takes the rights from younger readers; "requests may be
// forwarded to the relevant Data Controller" → "… will be forwarded …
// within two working days" (b109-10) is how a request is handled.
//
// rightsSection returns "rights" for a material verdict of legal bases,
// identity, recipients, transfers, children, data, purposes, security or
// scope under such a title. Retention, automated decisions, cookies and
// notices keep their category: a period, a right against automated
// decisions (Art. 22) and a tracker are what the change says, in any
// section.
func (c *classifier) rightsSection(v Verdict, ch redline.Change) string {
	switch v.Category {
	case "legal-basis", "identity", "recipients", "transfers", "children", "data", "purposes", "security", "scope":
	default:
		return ""
	}
	if !c.titledAs(v, ch, rightsTitled) || c.rb.categoryIndex("rights") < 0 {
		return ""
	}
	if v.Category == "transfers" && hasSuffixAny(v.Rule, ".entity") {
		return "" // "…, which we keep on servers in Canada": a country data goes to, in any section
	}
	if c.handlerNamed(ch) {
		return "" // "with our payment provider" → "… and with advertisers": whom data goes to
	}
	return "rights"
}

// rightsTitled reports a heading that names the reader's rights and
// nothing else: "Your rights", "Individual Rights", "16. YOUR RIGHTS UNDER
// UK GDPR", "Your data protection rights". A title that names another
// item beside them ("Your rights and choices", "Cookies and your rights")
// is not one.
func rightsTitled(heading string) bool {
	return containsFold(heading, "right") && headingOf(heading, rightsTitleNames, rightsTitleWords)
}

// rightsTitleNames name the rights in a title; rightsTitleWords are the
// other words such a title may have: whose the rights are, under which
// law.
var rightsTitleNames = map[string]bool{"rights": true}

var rightsTitleWords = map[string]bool{"your": true, "individual": true, "individuals": true, "privacy": true,
	"data": true, "protection": true, "under": true, "uk": true, "eu": true, "eea": true, "gdpr": true,
	"the": true, "of": true, "personal": true, "subject": true, "user": true, "users": true, "legal": true}
