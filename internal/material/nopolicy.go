package material

import "unicode"

// A capture may keep another page where the policy stood: TIME's policy
// gave way to its publisher's home page, and each capture after it
// changed the home page's teasers ("Dotdash Meredith is now People Inc.",
// "Trusted health information when you need it most"), read as a company
// named, a recipient removed (ota-89 028 to 034). Neither page names
// personal data, privacy or cookies: nothing on them commits to anything
// about data. A policy that vanished, or came back, is judged as written,
// for one side names them.

// policyMarks are words every policy writes, in lower case: of personal
// data, of the first person's dealings with it, of the parties it goes to
// and of the reader's rights. A text with none of them is no policy; a
// list of a company's processors names a service or a provider.
var policyMarks = newFoldList("privacy", "personal", "cookie", "data", "gdpr", "ccpa", "tracking", "collect", "your information", "information about you",
	"information you", "we use", "we share", "we sell", "we store", "we keep", "we process", "third", "partner", "provider", "processor", "service",
	"vendor", "account", "user", "mail", "customer", "consent", "law", "rights", "request", "opt out", "opt-out", "retain", "delete", "secur",
	"marketing", "analytics")

// noPolicyText reports a text of 60 words or more that writes none of
// policyMarks. A short text, a paragraph judged alone, is not read so.
func (c *classifier) noPolicyText(old bool) bool {
	side := c.side(old)
	side.noPolicyOnce.Do(func() {
		// A policy names one of the marks in its first blocks: they are
		// read block by block, in their own case, till one does.
		words := 0
		for _, b := range side.blocks {
			if policyMarks.in(b.Text) {
				return
			}
			words += wordCount(b.Text, 60)
		}
		side.noPolicy = words >= 60
	})
	return side.noPolicy
}

// noPolicy is noPolicyText, a traced question (memo.go).
func (c *classifier) noPolicy(old bool) bool {
	return c.ask(askNoPolicy, old, "", yes(c.noPolicyText(old))) != ""
}

// wordCount counts the words of s, separated by white space, up to max.
func wordCount(s string, max int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if n++; n >= max {
				return n
			}
			in = true
		}
	}
	return n
}
