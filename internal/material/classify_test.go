package material

import (
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// doc wraps one paragraph in a small policy, under a heading.
func doc(heading, para string) string {
	return "## About us\n\nWe are Example Ltd, a company registered in England.\n\n## " + heading + "\n\n" + para + "\n\n## Contact\n\nWrite to privacy@example.com.\n"
}

// TestClassify is the rubric as a table: edits of the kinds policy owners
// make, each with the verdict a privacy lawyer would give.
func TestClassify(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		category                string
		direction               string
		reason                  string // a substring of the reason
	}{
		// retention
		{"retention longer", "Retention", "We delete account data 30 days after you close your account.", "We delete account data 90 days after you close your account.", true, "retention", Expands, "30 days changed to 90 days"},
		{"retention shorter", "Retention", "Logs are kept for 12 months.", "Logs are kept for 6 months.", true, "retention", Restricts, "12 months changed to 6 months"},
		{"retention in words", "Retention", "We keep invoices for six years.", "We keep invoices for ten years.", true, "retention", "", "six years changed to ten years"},
		{"deletion trigger", "Retention", "We delete your data when you close your account.", "We delete your data when you ask us to.", true, "", "", ""},
		// recipients and transfers
		{"new processor", "Service providers", "We use Stripe for payments.", "We use Stripe and Adyen for payments.", true, "recipients", Expands, "New recipient: Adyen"},
		{"unknown new company", "Service providers", "Support tickets are handled by our own staff.", "Support tickets are handled by Zentrix Support Ltd.", true, "recipients", Expands, "Zentrix Support Ltd"},
		{"selling", "Sharing", "We do not sell your personal information.", "We sell your personal information to advertisers.", true, "recipients", Expands, "Limit lifted"},
		{"new country", "International transfers", "Your data is stored in Germany.", "Your data is stored in Germany and Brazil.", true, "transfers", Expands, "New transfer destination: Brazil"},
		{"mechanism dropped", "International transfers", "Transfers to the United States rely on Standard Contractual Clauses.", "Transfers to the United States rely on our own safeguards.", true, "transfers", "", ""},
		{"processor removed", "Service providers", "We use Mailchimp and Twilio to send messages.", "We use Twilio to send messages.", true, "recipients", Restricts, "Removed recipient: Mailchimp"},
		// data, purposes, legal basis
		{"new data category", "Data we collect", "We collect your name and email address.", "We collect your name, email address and precise location.", true, "data", "", ""},
		{"new purpose", "How we use data", "We use your data to provide the service.", "We use your data to provide the service and to show you personalised advertising.", true, "purposes", "", ""},
		{"legal basis", "Legal basis", "We rely on your consent to send newsletters.", "We rely on our legitimate interests to send newsletters.", true, "legal-basis", "", ""},
		// rights
		{"response time", "Your rights", "We answer requests within one month.", "We answer requests within three months.", true, "rights", Expands, "one month changed to three months"},
		{"right removed", "Your rights", "You can ask us to delete your data or to send you a copy.", "You can ask us to send you a copy of your data.", true, "", "", ""},
		// security and breach
		{"breach time", "Data breaches", "We notify the regulator within 48 hours of a breach.", "We notify the regulator within 72 hours of a breach.", true, "security", "", "48 hours changed to 72 hours"},
		{"mfa dropped", "Security", "All staff accounts use multi-factor authentication.", "Staff accounts use passwords.", true, "security", "", ""},
		// cookies, AI, age, notice, identity, scope
		{"new tracker", "Cookies", "We use Google Analytics to measure traffic.", "We use Google Analytics and Hotjar to measure traffic.", true, "", Expands, "Hotjar"},
		{"ai training", "Artificial intelligence", "We do not use your content to train AI models.", "We use your content to train AI models.", true, "ai", Expands, "Limit lifted"},
		{"age lowered", "Children", "Our service is not for children under 16.", "Our service is not for children under 13.", true, "children", Expands, "16 changed to 13"},
		{"notice shortened", "Changes to this policy", "We will tell you about material changes 30 days before they take effect.", "We will tell you about material changes 7 days before they take effect.", true, "notice", "", "30 days changed to 7 days"},
		{"controller changed", "About the controller", "The controller of your data is Example Ltd.", "The controller of your data is Example Holdings Inc.", true, "", "", ""},
		{"scope widened", "Scope", "This policy applies to our website.", "This policy applies to our website, our mobile apps and our events.", true, "scope", "", ""},
		{"modal weakened", "Security", "We will encrypt your data at rest.", "We may encrypt your data at rest.", true, "security", Expands, "Commitment weakened: 'We will encrypt' → 'We may encrypt'"},
		{"sentence added", "Sharing", "We share data with our payment provider.", "We share data with our payment provider. We also share data with our affiliates.", true, "recipients", "", ""},
		// minor
		{"typo", "Retention", "We keep logs for a short peroid.", "We keep logs for a short period.", false, "", "", ""},
		{"capitalisation", "Service providers", "Payments are handled by stripe.", "Payments are handled by Stripe.", false, "", "", "capitalisation"},
		{"spelling variant", "How we use data", "We analyse usage to improve the service.", "We analyze usage to improve the service.", false, "", "", "analyse"},
		{"punctuation", "Your rights", "You may ask for a copy, correction or deletion of your data", "You may ask for a copy, correction, or deletion of your data.", false, "", "", "punctuation"},
		{"bold", "Data we collect", "Contact details: your name and email address.", "**Contact details**: your name and email address.", false, "", "", "Markdown"},
		{"synonym", "Security", "Access is restricted to staff who need it.", "Access is limited to staff who need it.", false, "", "", "restricted"},
		{"grammar", "Security", "Our staff is trained in data protection every year.", "Our staff are trained in data protection every year.", false, "", "", "Grammar"},
		{"inflection", "Security", "Our engineer reviews access logs.", "Our engineers review access logs.", false, "", "", ""},
		{"marketing line", "About us", "We are the friendliest team in the industry.", "We are the most helpful team in the whole industry.", false, "", "", "not about personal data"},
		{"last updated", "About us", "Last updated: 3 May 2025", "Last updated: 10 June 2026", false, "", "", "date"},
		{"version label", "About us", "Version 2.0", "Version 2.1", false, "", "", "version"},
		{"copyright", "About us", "© 2025 Example Ltd. All rights reserved.", "© 2026 Example Ltd. All rights reserved.", false, "", "", ""},
		{"whitespace", "Retention", "We keep logs  for 30 days.", "We keep logs for 30 days.", false, "", "", ""},
		{"reordered words", "Security", "Data is encrypted at rest and in transit.", "Data is encrypted in transit and at rest.", false, "", "", "reordered"},
		{"small rewording", "Security", "We take the protection of your personal data very seriously and review it often.", "We take the protection of your personal data extremely seriously and review it often.", false, "", "", "Same commitments"},
		{"hyphenation", "Security", "We use industry standard encryption.", "We use industry-standard encryption.", false, "", "", ""},
		{"renumbered heading", "Sharing", "## 8. International transfers", "## 9. International transfers", false, "", "", "section number"},
		{"renumbered escaped", "Sharing", "16.4. We share data with Stripe.", "4\\. We share data with Stripe.", false, "", "", "section number"},
		{"renumbered item", "Sharing", "3. We share data with Stripe.", "4. We share data with Stripe.", false, "", "", "section number"},
		{"contraction", "Sharing", "We do not sell your data.", "We don't sell your data.", false, "", "", ""},
		{"compound word", "Accounts", "Your login details include your user name and password.", "Your login details include your username and password.", false, "", "", "joined or split"},
		{"noun for verb, pronoun added", "Your rights", "Right to delete: request deletion of your personal information.", "Right to delete: ask us to delete your personal information.", false, "", "", ""},
		{"possessive reworded", "Scope", "Client privacy policies govern the use of personal data within those systems.", "The privacy policies of our clients govern the use of personal data within those systems.", false, "", "", ""},
		{"store for keep", "Security", "We store your data on secure servers.", "We keep your data on secure servers.", false, "", "", ""},
		{"whether or not", "Marketing", "We record whether or not you want to receive marketing from us.", "We record whether you want to receive marketing from us.", false, "", "", ""},
		{"personal information", "Your rights", "You have the right to access your personal data.", "You have the right to access your personal information.", false, "", "", ""},
		// near misses of those rules: still material
		{"pronoun swapped", "Your rights", "You may delete your data at any time.", "We may delete your data at any time.", true, "", "", ""},
		{"required for requested", "Sharing", "We give your data to the police when required by law.", "We give your data to the police when requested.", true, "", "", ""},
		{"until for after", "Retention", "We keep your data until you close your account.", "We keep your data after you close your account.", true, "retention", "", ""},
		{"hashed for encrypted", "Security", "We store passwords hashed.", "We store passwords encrypted.", true, "security", "", ""},
		// quantities restated with the same value are the same commitment;
		// a value or an inexact unit changed is not
		{"number in words", "Retention", "We keep invoices for 7 years.", "We keep invoices for seven years.", false, "", "", "Same commitments"},
		{"number restated in brackets", "Data breaches", "We notify you within 48 hours.", "We notify you within forty-eight (48) hours.", false, "", "", ""},
		{"unit restated", "Retention", "Logs are kept for 24 months.", "Logs are kept for 24 months (two years).", false, "", "", ""},
		{"exact conversion", "Data breaches", "We notify the regulator within 72 hours.", "We notify the regulator within 3 days.", false, "", "", ""},
		{"inexact conversion", "Your rights", "We answer requests within 30 days.", "We answer requests within one month.", true, "rights", "", ""},
		{"working days", "Your rights", "We answer requests within 10 days.", "We answer requests within 10 working days.", true, "rights", "", ""},
		{"restated but changed", "Retention", "Logs are kept for 24 months.", "Logs are kept for 24 months (three years).", true, "retention", "", ""},
		// a heading reworded on the same topic; a named company is never a title word
		{"heading reworded", "Sharing", "## Retention", "## Data Retention", false, "", "", "same topic"},
		{"heading names a company", "Sharing", "## Payment providers", "## Payment providers: Stripe", true, "", "", "Stripe"},
		// names stay whole; what is not a recipient is not reported as one
		{"whole name", "Service providers", "We use the following processors:\n\n- Stripe (Ireland), for payments", "We use the following processors:\n\n- Stripe (Ireland), for payments\n- Mailgun Technologies (United States), for sending transactional email", true, "recipients", Expands, "New recipient: Mailgun Technologies (United States)"},
		{"a US state", "Your rights", "Residents of some states have extra rights.", "Residents of some states, such as California, have extra rights.", true, "", "", ""},
		{"IP is no recipient", "Data we collect", "We collect your device type.", "We collect your device type and IP address.", true, "data", "", ""},
		{"company form renamed", "Sharing", "We share data with Rakuten Inc. in Japan.", "We share data with Rakuten Group Inc. in Japan.", false, "", "", ""},
		{"company form, new company", "Sharing", "We share data with Rakuten Inc. in Japan.", "We share data with Rakuten Inc. and Zentrix Inc. in Japan.", true, "recipients", "", "Zentrix"},
		{"last update label", "About us", "Last update: March 10, 2022", "Last update: June 1, 2022", false, "", "", ""},
		// near misses of issue 8: the category is what the change is about
		{"number near its term", "Security", "Usage data is stored for 60 days.", "Usage data is stored for 120 days.", true, "retention", Expands, "60 days changed to 120 days"},
		{"protocol version", "Retention", "Backups are encrypted with TLS 1.3 in transit.", "Backups are encrypted with TLS 1.2 in transit.", true, "security", "", ""},
		{"age in a sharing sentence", "Sharing", "We do not sell the data of consumers under 16 years of age.", "We do not sell the data of consumers under 13 years of age.", true, "children", "", ""},
		{"list of legal bases", "Why we may process", "We rely on these legal bases:\n\n- Your consent\n- A contract with you", "We rely on these legal bases:\n\n- Your consent\n- A contract with you\n- Our wish to reach new customers", true, "legal-basis", "", ""},
		{"list of purposes", "Your information", "Your details are used only for:\n\n- Sending invoices", "Your details are used only for:\n\n- Sending invoices\n- Inviting you to partner webinars", true, "purposes", "", ""},
		{"representative named", "Who we are", "Our representative in the EU is listed below.", "Our representative in the EU is Privaro Compliance GmbH, Berlin.", true, "identity", "", "Privaro Compliance GmbH"},
		{"balancing test dropped", "Fraud prevention", "We log device data where our legitimate interests are not overridden by your rights.", "We log device data where it serves our legitimate interests.", true, "legal-basis", "", ""},
		{"free of charge dropped", "Your rights", "You may ask for a copy of your data free of charge.", "You may ask for a copy of your data.", true, "rights", "", ""},
		{"initials restated", "Hosting", "Our servers are run by Amazon Web Services in Ireland.", "Our servers are run by Amazon Web Services (AWS) in Ireland.", false, "", "", ""},
		{"product renamed", "Messages", "Messages sent in Zoom Chat are visible to account owners.", "Messages sent in Zoom Team Chat are visible to account owners.", false, "", "", ""},
		{"company renamed is a new party", "Sharing", "We share data with Twitch UK Limited.", "We share data with Twitch Sweden AB.", true, "recipients", "", "Twitch Sweden AB"},
		{"revision date in a sentence", "About us", "This statement was last revised on 2 May 2024.", "This statement was last revised on 8 January 2026.", false, "", "", ""},
		{"update banner", "About us", "Your privacy matters to us. As of today (3 March 2025), we have updated our Privacy Notice so it is easier to read.\n\nWe are Example Ltd.", "We are Example Ltd.", false, "", "", ""},
		{"purpose added to a sentence", "Your photos", "We use your photos to show your profile.", "We use your photos to show your profile and to train our machine learning models.", true, "purposes", "", "Item added to a list"},
		{"state residents are no recipient", "Your rights", "Residents may ask what we disclose.", "California Consumers may ask what we disclose under California's Shine the Light law.", true, "", "", ""},
		{"bare number quoted", "Your rights", "To exercise your rights, write to us.", "To exercise your rights, write to us or call 1-866-555-0100.", true, "rights", "", "a number added: 'us' → 'us or call 1-866-555-0100'"},
		{"channel of an unchanged contact", "Contact us", "Questions? You can write to us at privacy@example.com.", "Questions? You can email us at privacy@example.com.", false, "", "", "Same contact"},
		{"same contact, another right", "Your rights", "You can write to us at privacy@example.com to object.", "You can email us at privacy@example.com to request a copy of your data.", true, "rights", "", ""},
		{"same contact, commitment weakened", "Your rights", "We will answer emails sent to privacy@example.com.", "We may answer emails sent to privacy@example.com.", true, "rights", "", ""},
		{"link to the same page", "Cookies", "Read our cookie policy at https://example.com/cookies.", "Read our [cookie policy](https://example.com/cookies).", false, "", "", ""},
		{"typo fixed", "Retention", "We retian your data for as long as nessary.", "We retain your data for as long as necessary.", false, "", "", "Spelling corrected"},
		{"one letter, another word", "Sharing", "We never sell your data.", "We never tell your data.", true, "", "", ""},
		{"absolute commitment stressed", "Sharing", "We will never, under any circumstances, sell your data.", "We will never sell your data.", false, "", "", ""},
		{"absolute commitment stressed, added", "Sharing", "We do not sell your data.", "We do not sell your data for any reason.", false, "", "", ""},
		{"a never narrowed to one party", "Sharing", "We will not disclose your data.", "We will not disclose your data to any insurer.", true, "", "", ""},
		{"not able to is cannot", "Security", "We are not able to see your password.", "We can't see your password.", false, "", "", ""},
		{"cannot lifted", "Sharing", "We cannot share your data with advertisers.", "We may share your data with advertisers.", true, "recipients", Expands, ""},
		{"a bare plural is every", "Marketing", "Marketing emails contain an unsubscribe link.", "Every marketing email contains an unsubscribe link.", false, "", "", ""},
		{"all narrowed to some", "Security", "We encrypt all backups.", "We encrypt some backups.", true, "security", Expands, ""},
		{"a duty as the predicate", "Security", "Two-factor authentication is mandatory for administrator accounts.", "Two-factor authentication is available for administrator accounts.", true, "security", Expands, "Commitment weakened"},
		{"will dropped", "Security", "We will encrypt your backups.", "We encrypt your backups.", false, "", "", ""},
		{"a place written out", "Transfers", "We do not transfer personal data outside the EEA.", "We do not transfer personal data outside the European Economic Area.", false, "", "", ""},
		{"an office written out", "Your rights", "You may lodge a complaint with the ICO.", "You may lodge a complaint with the Information Commissioner's Office (ICO).", false, "", "", ""},
		{"a place written out and one added", "Transfers", "Your data stays in the EEA.", "Your data stays in the European Economic Area and the United States.", true, "transfers", "", "United States"},
		{"a period of", "Retention", "Your data is kept for a period of three years.", "Your data is kept for three years.", false, "", "", ""},
		{"may and a period", "Retention", "We delete inactive accounts after a period of 24 months.", "We may delete inactive accounts after 24 months.", true, "retention", "", ""},
		{"a minimum of", "Retention", "Your data is kept for three years.", "Your data is kept for a minimum of three years.", true, "retention", "", ""},
		{"up to", "Retention", "Logs are kept for 90 days.", "Logs are kept for up to 90 days.", true, "retention", "", ""},
		{"a phrase of manner", "Legal basis", "Personal data is processed lawfully, fairly and in a transparent manner.", "Personal data is processed lawfully, fairly and transparently.", false, "", "", ""},
		{"a request to the reader", "Changes", "Please note that we may update this notice from time to time.", "We may update this notice from time to time.", false, "", "", ""},
		// The Omnis seed's sentence: "under data protection law" is read
		// away on the new side only, and the request must still be seen.
		{"a request to the reader, a law named", "Your rights", "Please note that we will need to verify your identity before we can fulfil any of your rights under data protection law.", "We will need to verify your identity before we can fulfil any of your rights under data protection law.", false, "", "", ""},
		{"twin: a request to the reader, a duty dropped", "Your rights", "Please note that we will need to verify your identity before we can fulfil any of your rights under data protection law.", "We may fulfil your rights under data protection law.", true, "", "", ""},
		{"a country of a party", "Who we are", "This notice is issued by Tailspin Toys Ltd.", "This notice is issued by Tailspin Toys Ltd and its US subsidiary, Tailspin Toys Inc., as joint controllers.", true, "identity", "", "Controller identity or role"},
		{"a country of data", "Where we store data", "We store your data in Germany.", "We store your data in Germany and the US.", true, "transfers", "", "US"},
		{"a clipping", "Your rights", "You can access your data in the app.", "You can access your data in the application.", false, "", "", ""},
		{"we and us are one party", "Your rights", "You may request that we delete your data.", "You may ask us to delete your data.", false, "", "", ""},
		{"a comma written as or", "About us", "Acme Inc. (\"Acme\", \"we\", \"us\") operates this website.", "Acme Inc. (\"Acme\", \"we\" or \"us\") operates this website.", false, "", "", ""},
		{"a party added with or", "Sharing", "We sell your personal information to advertisers.", "We sell or share your personal information to advertisers.", true, "recipients", "", ""},
		// Put into a denial, the same verb denies more (denialwidened.go;
		// b379-21 labels this very edit minor).
		{"a verb added to a denial", "Sharing", "We do not sell your personal information.", "We do not sell or share your personal information.", false, "", "", ""},
		{"an address hidden", "Contact", "Write to privacy@example.com if you have questions.", "Write to [email protected] if you have questions.", false, "", "", "Same contact, written another way: 'to privacy@example.com if you' → 'to email protected if you'"},
		{"a word for its opposite", "Cookies", "Analytics cookies are off by default.", "Analytics cookies are on by default.", true, "cookies", "", "Commitment reversed ('off' → 'on')"},
		{"included for excluded", "Sharing", "Reports we share with partners exclude your contact details.", "Reports we share with partners include your contact details.", true, "", "", "Commitment reversed"},
		{"conditional inversion", "Cookies", "Should you decline cookies, some pages may not work.", "If you decline cookies, some pages may not work.", false, "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := redline.Diff([]byte(doc(tc.heading, tc.old)), []byte(doc(tc.heading, tc.new)))
			if len(r.Changes) == 0 {
				t.Fatal("no change found")
			}
			rep := Classify(r, rb)
			v := rep.Verdicts[0]
			if rep.Material != tc.material {
				t.Fatalf("material = %v, want %v (%s: %s)", rep.Material, tc.material, v.Rule, v.Reason)
			}
			if tc.category != "" && v.Category != tc.category {
				t.Errorf("category = %q, want %q (%s: %s)", v.Category, tc.category, v.Rule, v.Reason)
			}
			if tc.direction != "" && v.Direction != tc.direction {
				t.Errorf("direction = %q, want %q (%s)", v.Direction, tc.direction, v.Reason)
			}
			if strings.Contains(v.Reason, "recipient: California") {
				t.Errorf("a US state's residents or law reported as a recipient: %s", v.Reason)
			}
			if !strings.Contains(v.Reason, tc.reason) {
				t.Errorf("reason %q lacks %q", v.Reason, tc.reason)
			}
		})
	}
}

func TestMovedAndDuplicate(t *testing.T) {
	old := "## A\n\nWe share your data with our payment provider only.\n\n## B\n\nWe keep logs for 30 days.\n\nWe keep logs for 30 days.\n"
	new := "## A\n\n## B\n\nWe keep logs for 30 days.\n\nWe share your data with our payment provider only.\n"
	rep := Classify(redline.Diff([]byte(old), []byte(new)), Builtin())
	if rep.Material {
		for _, v := range rep.Verdicts {
			t.Logf("%s: %s", v.Rule, v.Reason)
		}
		t.Fatal("a move and the removal of a duplicate are material")
	}
}

func TestOverride(t *testing.T) {
	r := redline.Diff([]byte(doc("Retention", "We keep logs for 30 days.")), []byte(doc("Retention", "We keep logs for 31 days.")))
	rep := Classify(r, Builtin())
	id := rep.Verdicts[0].ID
	if !rep.Material || !strings.HasPrefix(id, "c-") {
		t.Fatalf("verdict %+v", rep.Verdicts[0])
	}
	if err := rep.Apply([]Override{{Change: id, Material: false, By: "Jane Doe, DPO", Reason: "Rounding; logs were always kept a month."}}); err != nil {
		t.Fatal(err)
	}
	if rep.Material || rep.Verdicts[0].Override == nil {
		t.Error("override not applied")
	}
	if err := rep.Apply([]Override{{Change: "c-00000000", By: "x", Reason: "y"}}); err == nil || !strings.Contains(err.Error(), "no such change") {
		t.Errorf("unknown change: err = %v", err)
	}
	if err := rep.Apply([]Override{{Change: id}}); err == nil || !strings.Contains(err.Error(), "who decided") {
		t.Errorf("missing reason: err = %v", err)
	}
	// The id is stable: the same edit in another run, with other edits around it.
	r2 := redline.Diff([]byte(doc("Retention", "We keep logs for 30 days.")+"\nMore.\n"), []byte(doc("Retention", "We keep logs for 31 days.")))
	if got := Classify(r2, Builtin()).Verdicts[0].ID; got != id {
		t.Errorf("id %s, then %s", id, got)
	}
}

func TestExtend(t *testing.T) {
	rb, err := Builtin().Extend(Extension{Processors: []string{"Acme Mail"}, MaterialSections: []string{"Contact"}})
	if err != nil {
		t.Fatal(err)
	}
	r := redline.Diff([]byte(doc("Retention", "We keep logs.")), []byte(strings.Replace(doc("Retention", "We keep logs."), "Write to privacy@example.com.", "Write to dpo@example.com.", 1)))
	if rep := Classify(r, rb); !rep.Material || rep.Verdicts[0].Rule != "site.material-section" {
		t.Errorf("a change under a material section: %+v", rep.Verdicts[0])
	}
	if _, err := Builtin().Extend(Extension{Vocabulary: map[string][]string{"nonsense": {"x"}}}); err == nil {
		t.Error("an unknown category is accepted")
	}
}

func BenchmarkClassify(b *testing.B) {
	old := strings.Repeat(doc("Retention", "We delete account data 30 days after you close your account, and we keep logs for 12 months."), 20)
	new := strings.ReplaceAll(old, "30 days", "60 days")
	r := redline.Diff([]byte(old), []byte(new))
	rb := Builtin()
	for b.Loop() {
		Classify(r, rb)
	}
	b.ReportMetric(float64(len(r.Changes)), "changes")
}

// TestNewSection: a section added whole is judged by its text, not by its
// heading: the heading is minor, a new recipient under it is material.
func TestNewSection(t *testing.T) {
	old := "## Sharing\n\nWe use Stripe for payments.\n"
	new := old + "\n## Error reporting\n\nWe use Sentry (United States) to find errors.\n"
	r := redline.Diff([]byte(old), []byte(new))
	rep := Classify(r, Builtin())
	if len(r.Changes) != 2 {
		t.Fatalf("want 2 changes, got %d", len(r.Changes))
	}
	if v := rep.Verdicts[0]; v.Material || v.Rule != "structure.heading" {
		t.Errorf("the new heading: %+v", v)
	}
	if v := rep.Verdicts[1]; !v.Material || !strings.Contains(v.Reason, "Sentry") {
		t.Errorf("the new recipient under it: %+v", v)
	}
}

// TestReflowed: a paragraph split in two, or two joined, with the same
// words is minor; the same with a word changed is not.
func TestReflowed(t *testing.T) {
	one := "## Sharing\n\nWe share your data with Stripe. We tell you before we add a processor.\n"
	two := "## Sharing\n\nWe share your data with Stripe.\n\nWe tell you before we add a processor.\n"
	changed := "## Sharing\n\nWe share your data with Stripe.\n\nWe tell you after we add a processor.\n"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"split", one, two, false},
		{"joined", two, one, false},
		{"split and changed", one, changed, true},
		{"repeated sentence removed", "## Sharing\n\nWe share data with Stripe. We share data with Stripe. We never sell it.\n", "## Sharing\n\nWe share data with Stripe. We never sell it.\n", false},
		{"sentences reordered", "## Sharing\n\nWe share data with Stripe. We never sell it.\n", "## Sharing\n\nWe never sell it. We share data with Stripe.\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := Classify(redline.Diff([]byte(tc.old), []byte(tc.new)), Builtin())
			if rep.Material != tc.material {
				t.Errorf("material = %v, want %v: %+v", rep.Material, tc.material, rep.Verdicts)
			}
		})
	}
}

// TestNoJunkReasons: words that name no one are never reported as
// recipients, numbers without a unit never as transfers, and what does not
// render never appears in a reason.
func TestNoJunkReasons(t *testing.T) {
	for _, tc := range []struct{ heading, old, new, bad string }{
		{"Sharing", "We share data with our partners.", "We share data with our partners. How We Use Personal Information Processed by Our Products is below.", "recipient: How"},
		{"Data we collect", "We collect your device type.", "We collect your device type and IP address.", "recipient: IP"},
		{"Your rights", "Residents have extra rights.", "Residents of California have extra rights.", "recipient: California"},
		{"International transfers", "See form 35584 for transfers.", "See form 35585 for transfers.", "International transfers: "},
		{"Contact", "Write to us by email.<br/>", "Write to us by e-mail.<br/>", "<br"},
		{"Data we collect", "We collect your name.", "We collect your name.\n\n| Data | Purpose |\n|---|---|\n| Email addresses<br>Phone numbers | Support |", "<br"},
		{"Contact", "Write to us by email.", "Write to us by e-mail.", "e mail"},
	} {
		rep := Classify(redline.Diff([]byte(doc(tc.heading, tc.old)), []byte(doc(tc.heading, tc.new))), Builtin())
		for _, v := range rep.Verdicts {
			if strings.Contains(v.Reason, tc.bad) {
				t.Errorf("%q → %q: reason %q has %q", tc.old, tc.new, v.Reason, tc.bad)
			}
		}
	}
}

// TestUnseen: a change readers cannot see (spacing, an HTML comment, <br/>
// for <br>) is marked hidden, so that pages and diff output count it
// apart; a change they can see (a word, capitals, code) is not.
func TestUnseen(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		hidden   bool
	}{
		{"<!-- markdownlint-disable MD013 -->\n\nWe collect your name.", "<!-- markdownlint-disable MD013 MD033 -->\n\nWe collect your name.", true},
		{"We collect your name.", "<!-- reviewed by legal -->\n\nWe collect your name.", true},
		{"We  collect your name.", "We collect your name.", true},
		{"We keep data for 30 days.", "We keep data for 30 days.  ", true},
		{"We share with Stripe.<br/>Card data only.", "We share with Stripe.<br>Card data only.", true},
		{"We collect your name.", "We collect your Name.", false},
		{"We collect your name\nand email.", "We collect your name  \nand email.", false}, // a hard line break shows
		{"```\na  b\n```", "```\na b\n```", false},
		{"We collect your name.", "We collect your name and address.", false},
		// a link's address defined for reference renders nothing; the
		// address it gives changed is where a link now leads
		{"We collect your name.", "[support]: https://example.com/support\n\nWe collect your name.", true},
		{"[support]: https://example.com/support\n[privacy]: /privacy\n\nWe collect your name.", "We collect your name.", true},
		{"[support]: https://example.com/support\n\nWe collect your name.", "[support]: https://example.org/help\n\nWe collect your name.", false},
		{"We collect your name.", "[support]: not a definition line\n\nWe collect your name.", false},
	} {
		rep := Classify(redline.Diff([]byte("# P\n\n"+tc.old+"\n"), []byte("# P\n\n"+tc.new+"\n")), rb)
		hidden := len(rep.Verdicts) > 0
		for _, v := range rep.Verdicts {
			hidden = hidden && v.Hidden && !v.Material
		}
		if hidden != tc.hidden {
			t.Errorf("%q → %q: hidden = %v, want %v (%+v)", tc.old, tc.new, hidden, tc.hidden, rep.Verdicts)
		}
	}
}

// TestReasonsQuoteAsWritten: a reason quotes the words the policy wrote,
// not the forms the rules fold them to ("utilise" for "use", "obtain the
// assist" for "get the help").
func TestReasonsQuoteAsWritten(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ old, new, want string }{
		{"We are a small company.", "We are a small company. We also use nothing else.", "we also use nothing else"},
		{"We are a small company.", "We are a small company. Did you get the help you needed?", "did you get the help you needed"},
	} {
		rep := Classify(redline.Diff([]byte(doc("Other", tc.old)), []byte(doc("Other", tc.new))), rb)
		var reasons []string
		for _, v := range rep.Verdicts {
			reasons = append(reasons, v.Reason)
		}
		if got := strings.Join(reasons, "; "); !strings.Contains(strings.ToLower(got), tc.want) {
			t.Errorf("%q → %q: reasons %q do not quote %q", tc.old, tc.new, got, tc.want)
		}
	}
}
