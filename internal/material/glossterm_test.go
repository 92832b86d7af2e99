package material

import "testing"

// TestGlossTerm: initials in brackets after the common words they stand
// for name what those words are, no party (b54-27); a company's name
// written in capitals with its initials stays a recipient.
func TestGlossTerm(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b54-27", "When We Disclose Information",
		"*   Advertising partners. We engage other companies to serve advertisements promoting our products and our company and to perform related services. We do not make user content available to these companies. These companies may use Cookies to collect limited information about your interactions with our websites, such as a cookie ID or device identifier and a link you click or page you visit on our websites.",
		"*   Advertising partners. We engage other companies to serve advertisements promoting our products and our company and to perform related services. We do not make user content available to these companies. These companies may use Cookies, and software development kits (SDKs) in our desktop and mobile apps, to collect limited information about your interactions with our websites and apps, such as a cookie ID or device identifier and a link you click or page you visit on our websites.", "cookies")
	wantOnlyCategory(t, rb, "SDKs in apps, data collected", "Information we collect",
		"We collect information about how you use our apps.",
		"We collect information about how you use our apps through software development kits (SDKs) that our advertising partners embed in them.", "cookies")
	// twins: a bank's name in capitals, and its initials; a kind of party
	wantOnlyCategory(t, rb, "twin: internet service providers", "Sources",
		"We may obtain information from data brokers.",
		"We may obtain information from data brokers and internet service providers (ISPs).", "!cookies")
	wantOnlyCategory(t, rb, "twin: a bank named", "Sharing",
		"We share your payment details with Barclays.",
		"We share your payment details with Barclays and Standard Chartered Bank (SCB).", "recipients")
}
