package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A section titled by the sharing of data ("Data Sharing", "Who might we
// share your personal information with?", "Information Sharing and
// Disclosure") says who receives the data and what they get (GDPR Art.
// 13(1)(e)): what a change there adds or takes away is a recipient or what
// a recipient gets, whatever words of data, purposes or rights its line
// is written in. "the client associated with the request" → "… and its
// marketing platforms" (b104-49) to another party; "Companies that deploy
// our email campaigns for us … your email address" → "… email address and
// mobile number" (b104-17) gives those companies more.
//
// sharingSection returns "recipients" for a material verdict of data,
// rights, children, identity, security or scope under such a title.
// Transfers, retention, cookies and notices keep their category: a
// country, a period or a tracker is what the change says, in any section.
// So do purposes, legal bases and automated decisions: what a party may
// use the data for ("solely to provide the Service" → "to provide and
// improve the Service", b110-36) and the consent it is shared on ("your
// explicit consent" → "your consent", b29-26) are terms of the sharing
// that their own category names.
func (c *classifier) sharingSection(v Verdict, ch redline.Change) string {
	switch v.Category {
	case "data", "rights", "children", "identity", "security", "scope":
	default:
		return ""
	}
	if !c.titledAs(v, ch, sharingTitled) || c.rb.categoryIndex("recipients") < 0 {
		return ""
	}
	if v.Category == "data" {
		asRecipients := v
		asRecipients.Category = "recipients"
		if c.shareObject(asRecipients, ch) == "data" || c.sharedObject(ch) {
			// "share aggregated statistics with our advertisers" → "share
			// your purchase history …", "We share your email address with
			// our partners" → "… and location with our partners": what
			// they get (shareobject.go, sectiontitle.go)
			return ""
		}
	}
	if strings.HasSuffix(v.Rule, ".number") {
		return "" // "under the age of 16" → "18", "within six months": an age or a deadline, read as such
	}
	return "recipients"
}

// sharingTitled reports a heading that names the sharing of data and
// nothing else: "Data Sharing", "Information Sharing and Disclosure",
// "Who might we share your personal information with?", "How we share
// your information". A title that names another item beside it ("How we
// use and share your information") is not one.
func sharingTitled(heading string) bool {
	return (containsFold(heading, "shar") || containsFold(heading, "disclos")) && headingOf(heading, sharingTitleVerbs, sharingTitleWords)
}

// sharingTitleVerbs name the sharing; sharingTitleWords are the other
// words such a title may have.
var (
	sharingTitleVerbs = map[string]bool{"share": true, "sharing": true, "disclose": true, "disclosure": true,
		"disclosures": true, "shared": true, "disclosed": true}
	sharingTitleWords = map[string]bool{"data": true, "information": true, "personal": true, "your": true,
		"the": true, "of": true, "and": true, "who": true, "whom": true, "might": true, "may": true, "do": true,
		"does": true, "we": true, "with": true, "how": true, "our": true, "it": true, "is": true, "to": true}
)
