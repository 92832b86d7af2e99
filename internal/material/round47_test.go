package material

import (
	"strings"
	"testing"
)

// The first run of round 47, six real histories labelled blind
// (Starbucks, AWS, Palantir and The Trade Desk, Evernote and Scaleway,
// Proctorio and Ubiquiti, Meetup and O'Reilly, as Open Terms Archive
// recorded them), missed a hedge taken away and a representative's
// telephone numbers dropped, and raised false alarms on a year's request
// figures, a note on the policy's accessibility, a title set in bold and
// a title given a topic word. Each test below has twins that must stay as
// they were.

// judgeDocs judges each pair of whole texts and wants its verdict.
func judgeDocs(t *testing.T, cases []struct {
	name, old, new string
	want           bool
}) {
	t.Helper()
	rb := Builtin()
	for _, tc := range cases {
		rep, _, why := judgeText(rb, tc.old, tc.new)
		if rep.Material != tc.want {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.want, strings.Join(why, "; "))
		}
	}
}

// TestEveryEffortHedge: "makes every effort to comply" is a try, not a
// commitment; taken away, the commitment is stronger (ota-62 006, a miss
// read "Same commitments, reworded"), and put in, weaker. Twins: the same
// hedge on both sides, and "steps", which says how, not how far.
func TestEveryEffortHedge(t *testing.T) {
	const h = "FERPA"
	for _, tc := range []struct {
		name, old, new string
		want           bool
	}{
		{"hedge taken away (ota-62 006)", "Proctorio makes every effort to comply with FERPA by only using student Personal Information as authorized.", "Proctorio complies with FERPA by only using student Personal Information as authorized.", true},
		{"hedge put in", "We respond to all requests within 30 days.", "We make every effort to respond to all requests within 30 days.", true},
		{"works to", "We respond to all requests within 30 days.", "We work to respond to all requests within 30 days.", true},
		{"twin: the same hedge reworded", "We make every effort to respond to all requests within 30 days.", "We will make every effort to respond to all requests within 30 days.", false},
		{"twin: steps say how", "If we make changes to it, then we will take appropriate steps to bring those changes to your attention.", "If we change it, we will take suitable steps to make you aware of the changes.", false},
	} {
		rep, _, why := judgeEdit(Builtin(), h, tc.old, tc.new)
		if rep.Material != tc.want {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.want, strings.Join(why, "; "))
		}
	}
}

// TestTelephoneTraded: a telephone number dropped from, or put into, a
// block of contacts that stays is a way to reach the party taken away or
// given (Meetup's GDPR representatives, ota-63 014 and 016, two misses:
// the line of the number alone read "Wording not about personal data").
// Twins: the number written in its international form, and a number the
// policy still gives elsewhere.
func TestTelephoneTraded(t *testing.T) {
	block := func(phone, elsewhere string) string {
		return "# Privacy Policy\n\n## 9. Contact Us\n\n" + elsewhere + "If you are located in the European Economic Area, you can also contact Meetup’s GDPR representative:\n\nVeraSafe Ireland Ltd.  \nUnit 3D North Point House  \nCork T23AT2P  \nIreland  \n" + phone + "Contact form: [https://verasafe.com/contact](https://verasafe.com/contact)\n"
	}
	const phone = "+420 228 881 031  \n"
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"number dropped (ota-63 014)", block(phone, ""), block("", ""), true},
		{"number given", block("", ""), block(phone, ""), true},
		{"twin: written in another form", block("+420 228 881 031  \n", ""), block("+420 228-881-031  \n", ""), false},
		{"twin: still given elsewhere", block(phone, "Call our representative on +420 228 881 031.\n\n"), block("", "Call our representative on +420 228 881 031.\n\n"), false},
		{"twin: the trunk's 0 for the country code", block("Phone: 0303 123 1113  \n", ""), block("Phone: +44 303 123 1113  \n", ""), false},
	})
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"03031231113", "443031231113", true},
		{"4202288810", "4202288810", true},
		{"4202288810", "4202288811", false},
		{"123", "44123", false},
	} {
		if got := sameNumber(tc.a, tc.b); got != tc.want {
			t.Errorf("sameNumber(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestRequestMetrics: a year's figures of requests received and answered
// (the CCPA's metrics) report the past and commit to nothing: Starbucks's
// "Requests Received – 654" → "– 1,325" was "654 changed to 1,325", and
// "Average completion time – 9 days" put in was "9 days added" (ota-58
// 003, 011, 026). Twins: a deadline set under the same title, and
// "statistics" that name a purpose.
func TestRequestMetrics(t *testing.T) {
	doc := func(year, received, extra string) string {
		return "# Privacy Notice\n\n## Your Rights\n\nYou may ask to know or delete your information.\n\n**Privacy Rights Metrics** (January " + year + " – December " + year + ") – Includes requests from the United States and Canada:\n\nRight to Know\n\n*   Requests Received – " + received + "\n*   Requests Complete – 336\n*   Average completion time – 9 days\n" + extra + "\n## Contact\n\nWrite to privacy@example.com.\n"
	}
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"a new year's figures (ota-58 026)", doc("2022", "654", ""), doc("2023", "1,325", ""), false},
		{"figures added", doc("2022", "654", ""), doc("2022", "654", "*   Requests Denied – 12\n"), false},
		{"twin: a deadline put under the title", doc("2022", "654", ""), doc("2022", "654", "\nWe will respond to requests to delete within 45 days.\n"), true},
	})
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"*   Requests Received – 498", true},
		{"**•**  Average completion time – 12 days  ", true},
		{"Right to Delete", true},
		{`\*Requests may be unable to be completed due to factors such as inability to verify the customer`, true},
		// A footnote that says what the reader cannot ask is a term of
		// the policy (Toyota's, ota-91 021, a miss of round 52).
		{`\*\*\*”Limit use and disclosure of sensitive personal information requests” are not offered because such data is already used for limited purposes under the California Consumer Privacy Act.`, false},
		{"We respond to requests within 45 days.", false},
		{"We use your privacy settings to compile statistics about usage.", false},
	} {
		if got := metricLine(tc.line); got != tc.want {
			t.Errorf("metricLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
	if metricsTitleRE.MatchString("We use your privacy settings to compile statistics about usage.") {
		t.Error("metricsTitleRE read statistics named as a purpose as a report's title")
	}
}

// TestAccessibilityNote: how a reader with a disability can have the
// policy in a form they can read says nothing of personal data (ota-60
// 002, Palantir, "Data-subject rights: new text"). Twin: the same
// paragraph with a commitment about data in it.
func TestAccessibilityNote(t *testing.T) {
	doc := func(extra string) string {
		return "# Privacy Statement\n\n## Contact Information\n\nWrite to privacy@palantir.com with any question.\n\n" + extra + "## Changes\n\nWe may update this Statement.\n"
	}
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"accessibility note added (ota-60 002)", doc(""), doc("This Statement has been designed to be accessible to people with disabilities. If you experience any difficulties accessing the information here, please contact us at [accommodations@palantir.com](mailto:accommodations@palantir.com).\n\n"), false},
		{"in an alternative format", doc(""), doc("To request this notice in an alternative format, please contact us at accommodations@palantir.com.\n\n"), false},
		{"twin: a data practice beside it", doc(""), doc("This Statement has been designed to be accessible to people with disabilities. We share your requests with our accessibility vendor, Level Access.\n\n"), true},
	})
}

// TestBoldTitle: a line set in bold that reads as a title is a heading: put
// in or taken out, it commits to nothing, and the text under it is read
// under it ("**Contact Information of Department Handling Complaints
// Relating to Privacy**", ota-59 030; "2. **Updates to this Privacy
// Notice**", an entry of a list of titles, ota-58 020). Twins: a bold line
// that says what is done, and a bold sentence.
func TestBoldTitle(t *testing.T) {
	doc := func(extra string) string {
		return "# Privacy Notice\n\n## Contact\n\nWe answer questions.\n\n" + extra + "Write to privacy@example.com.\n"
	}
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"a bold title added (ota-59 030)", doc(""), doc("**Contact Information of Department Handling Complaints Relating to Privacy**\n\n"), false},
		{"a bold title of a list removed (ota-58 020)", doc("2. **Updates to this Privacy Notice**\n\n"), doc(""), false},
		{"twin: a bold line that commits", doc(""), doc("**We Do Not Sell Your Data**\n\n"), true},
		{"twin: a bold sentence", doc(""), doc("**We share your contact details with our partners.**\n\n"), true},
	})
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"**Opt-Out Preference Signals**", true},
		{"1. **Applicability and Scope**", true},
		{"**Updates to this Privacy Notice:**", true},
		{"**We may share data.**", false},
		{"**Sale:** we sell data", false},
	} {
		if got := boldTitle(tc.line); got != tc.want {
			t.Errorf("boldTitle(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestHeadingTopicWord: a heading given a topic word more, "Palantir's
// Privacy Statement" → "Palantir's Privacy and Security Statement" (ota-60
// 015, "Item added to a list"), names what the text under it says, judged
// change by change. Twin: a heading whose word of force changed.
func TestHeadingTopicWord(t *testing.T) {
	doc := func(title, h2 string) string {
		return "# " + title + "\n\nWe protect your data.\n\n## " + h2 + "\n\nWe keep data for 30 days.\n"
	}
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"a topic word in the title (ota-60 015)", doc("Palantir's Privacy Statement", "Retention"), doc("Palantir's Privacy and Security Statement", "Retention"), false},
		{"twin: a word of force in a heading", doc("Privacy Statement", "Data we collect"), doc("Privacy Statement", "Data we may collect"), true},
	})
}

// TestStreetCompound: a street named in one word with its kind at its end
// is no party: "CC: GitHub BV, Vijzelstraat 68-72, 1017 HL Amsterdam"
// removed was "Removed recipient: Vijzelstraat (Netherlands)"
// (github-068), "Mainzer Landstr. 41" was "Removed recipient: Mainzer
// Landstr" (ota-60 014). Twins: a company whose name ends the same way
// beside no house number, and one the policy shares data with.
func TestStreetCompound(t *testing.T) {
	for _, tc := range []struct {
		text, e string
		want    bool
	}{
		{"CC: GitHub BV, Vijzelstraat 68-72, 1017 HL Amsterdam", "Vijzelstraat", true},
		{"Mainzer Landstr. 41, 60329 Frankfurt", "Mainzer Landstr", true},
		{"no name at all", "", false},
		{"Kanzleistrasse 18, 8004 Zurich", "Kanzleistrasse", true},
		{"We share data with Nordweg, our logistics partner.", "Nordweg", false},
		{"We share data with Mainzer Landstr, our partner.", "Mainzer Landstr", false},
	} {
		if got := streetCompound(tc.text, tc.e); got != tc.want {
			t.Errorf("streetCompound(%q, %q) = %v, want %v", tc.text, tc.e, got, tc.want)
		}
	}
	doc := func(extra string) string {
		return "# Privacy Statement\n\n## Contact\n\nOur addresses are:\n\n**GitHub Privacy Team**  \n88 Colin P Kelly Jr St  \nSan Francisco, CA 94107  \n\n" + extra + "## Disputes\n\nWe resolve disputes.\n"
	}
	rep, _, why := judgeText(Builtin(), doc("CC: GitHub BV, Vijzelstraat 68-72, 1017 HL Amsterdam, The Netherlands\n\n"), doc(""))
	for _, w := range why {
		if strings.Contains(w, "recipient: Vijzelstraat") {
			t.Errorf("a street read as a recipient: %s (material=%v)", w, rep.Material)
		}
	}
}

// TestVersionBanner: a banner that says the policy is being updated and
// points to the new version ("We’re updating our Privacy Notice effective
// November 15, 2025. You can access the new version here", Zillow's,
// ota-67 027 and 028) announces a change; "access" in it is no right of
// the reader's. Twin: a banner sentence that gives the reader access to
// something.
func TestVersionBanner(t *testing.T) {
	doc := func(extra string) string {
		return "# Zillow Group Website Privacy Notice\n\n" + extra + "## Information we collect\n\nWe collect your name.\n"
	}
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"banner put in (ota-67 027)", doc(""), doc("**We’re updating our Privacy Notice effective November 15, 2025. You can access the new version [here](https://www.zillowgroup.com/zg-privacy-policy-2025-update/).**\n\n"), false},
		{"banner taken out (ota-67 028)", doc("**We’re updating our Privacy Notice effective November 15, 2025. You can access the new version [here](https://www.zillowgroup.com/zg-privacy-policy-2025-update/).**\n\n"), doc(""), false},
		{"twin: access to data", doc(""), doc("**We’re updating our Privacy Notice effective November 15, 2025. You can access your data in your account.**\n\n"), true},
	})
}

// TestHeadingSentence: a sentence set as a heading (a paragraph over a
// line of dashes is one in Markdown) is judged as the sentence it is: a
// recipient put in it is material, though a title given a topic word is
// not (TestHeadingTopicWord).
func TestHeadingSentence(t *testing.T) {
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"a recipient put in a sentence set as a heading", "# Privacy\n\nWe share your data with our hosting provider.\n---\n", "# Privacy\n\nWe share your data with our hosting provider and our advertisers.\n---\n", true},
	})
}

// TestAppliesToNamed: a product named anew in the sentences of a paragraph
// that says what the policy applies to widens its scope: "These may
// include Xfinity-branded services, Comcast-branded Services, and other
// products" → "…, Xumo-branded Services, …" under "This Privacy Policy
// applies to …" (ota-71 012, a miss read "Wording not about personal
// data"). Twin: the same list reworded.
func TestAppliesToNamed(t *testing.T) {
	// The update also made its quotation marks straight: "We’ll refer to
	// all of these as our “Services”" → "We'll … "Services"". The policy
	// names Xumo elsewhere, so the name alone is not new.
	para := func(list, refer string) string {
		return "# Privacy Policy\n\n## When the Privacy Policy applies\n\nThis Privacy Policy applies to the information we collect when you use or interact with the [business entities, products, services, networks, and platforms](#/privacy/overlays/Xfinity-branded), including our websites, mobile apps, and other services and devices where this policy is referenced. These may include " + list + ", and other products and services we deliver. This Privacy Policy also applies when you otherwise interact with us. " + refer + " in this Privacy Policy.\n\n## Streaming\n\nWhen you watch on the Xumo website, we collect what you watch.\n"
	}
	const curly, straight = "We’ll refer to all of these as our “Services”", "We'll refer to all of these as our \"Services\""
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"a product named anew (ota-71 012)", para("Xfinity-branded services, Comcast-branded Services", curly), para("Xfinity-branded services, Comcast-branded Services, Xumo-branded Services", straight), true},
		{"twin: the list reworded", para("Xfinity-branded services, Comcast-branded Services", curly), para("Xfinity-branded services and Comcast-branded Services", straight), false},
	})
}

// TestCloudflareResidue: the letters a capture left beside an address
// Cloudflare hid are part of the hidden address, not words: "at
// [\[email protected\]](…/cdn-cgi/l/email-protection#removed)" →
// "[\[email protected\]com](…)" (Windstream's, ota-73 028, 029) and
// "(…/cdn-cgi/l/email-protection)dedesk.com" (The Trade Desk's, ota-60
// 026, 027), each read as "the rules cannot tell whether 'com' changes a
// commitment". Twin: a mailbox of another domain put in its place.
func TestCloudflareResidue(t *testing.T) {
	doc := func(at string) string {
		return "# Privacy Statement\n\n## Contact\n\nIf you have questions, please email us at " + at + " or write to us at Windstream Services, LLC, 4001 Rodney Parham Road, Little Rock, Arkansas 72212.\n"
	}
	const hidden = "[\\[email protected\\]](https://www.windstream.com/cdn-cgi/l/email-protection#removed)"
	judgeDocs(t, []struct {
		name, old, new string
		want           bool
	}{
		{"letters inside the brackets (ota-73 028)", doc(hidden), doc("[\\[email protected\\]com](https://www.windstream.com/cdn-cgi/l/email-protection#removed)"), false},
		{"letters after the link (ota-60 026)", doc(hidden), doc(hidden + "dedesk.com"), false},
		{"twin: another mailbox", doc("privacy@windstream.com"), doc("privacy@acme-data.com"), true},
	})
	for _, tc := range []struct {
		w    string
		want bool
	}{{"w3schools", false}, {"v2", true}, {"mp3", true}, {"h264", true}, {"30days", true}, {"37signals", false}} {
		if got := isNumber(tc.w); got != tc.want {
			t.Errorf("isNumber(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
