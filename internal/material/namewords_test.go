package material

import (
	"strings"
	"testing"
)

// namedParties returns the reasons of the verdicts that report a name
// (rules ending ".entity") and the name, "" when none does.
func namedParties(why []string, name string) []string {
	var out []string
	for _, w := range why {
		rule, reason, _ := strings.Cut(w, ": ")
		if strings.HasSuffix(rule, ".entity") && strings.Contains(reason, name) {
			out = append(out, w)
		}
	}
	return out
}

// TestNameWords holds the capitals that mark no name (namewords.go): a
// prefix before a hyphen (b44-43 "Multi-channel"), a verb opening an
// item whose subject is its label (b43-41 "Uses OAuth"), a compound noun
// of English words opening "… of …" (b43-33 "Timestamps of
// interactions"), an English plural in a heading in capitals (b43-10
// "OTHERS"), and an acronym of the same letters as one defined beside it
// (b43-18 "PSSI" for "ISSP"). Each is judged on whether a name is
// reported; the twins, a coined name in the same places, still are.
func TestNameWords(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, party string
		reported                       bool
	}{
		{"b44-43 a prefix before a hyphen", "Infrastructure Monitoring and Recovery",
			"- Incident Response: Multi-channel alerting (email, messaging) with documented response procedures and post-incident reviews",
			"- Incident Response: Alerting over multiple channels (email, messaging), with documented response procedures and reviews after incidents", "Multi", false},
		{"a prefix opening the item", "Transfers",
			"- Cross-border transfers rely on the Standard Contractual Clauses.",
			"- Transfers between countries rely on the Standard Contractual Clauses.", "Cross", false},
		{"an English word before a hyphen", "Security",
			"- Access: Role-based permissions for staff.",
			"- Access: Permissions for staff by their role.", "Role", false},
		{"twin: a coined name before a hyphen", "Where we store your data",
			"Backups are stored on our own servers.",
			"Backups are stored on Zentrova-hosted servers.", "Zentrova", true},
		{"b43-41 a verb opening the item", "Third-Party Services",
			"- Shopify — E-commerce product integration. Uses OAuth for secure authorization.",
			"- Shopify — E-commerce product integration, authorized securely through OAuth.", "OAuth", false},
		{"another verb opening the item", "Integrations",
			"- Calendar sync. Supports CalDAV to read your events.",
			"- Calendar sync, reading your events through CalDAV.", "CalDAV", false},
		{"twin: a service first named after the verb", "Integrations",
			"- Site analytics. Counts visits without cookies.",
			"- Site analytics. Uses Plausiva to count visits without cookies.", "Plausiva", true},
		{"b43-33 a compound noun of …", "Information Collected Automatically",
			"- Timestamps of interactions",
			"- The date and time of each interaction", "Timestamps", false},
		{"another compound noun of …", "Information You Give Us",
			"- Screenshots of the screen you report",
			"- Images of the screen you report", "Screenshots", false},
		{"twin: a coined name opening a sentence", "Information You Give Us",
			"- Images of the screen you report",
			"- Images of the screen you report. Kloudvex stores them.", "Kloudvex", true},
		{"b43-10 a plural in a heading in capitals", "HOW WE USE PERSONAL INFORMATION WE OBTAIN",
			"**WITH WHOM WE SHARE PERSONAL INFORMATION**",
			"**HOW WE PROVIDE PERSONAL INFORMATION TO OTHERS**", "OTHERS", false},
		{"another plural in capitals", "Sharing",
			"**WHEN WE SHARE YOUR DATA WITH THIRD PARTIES**",
			"**WHEN WE SHARE YOUR DATA WITH OTHERS OR AFFILIATES**", "OTHERS", false},
		{"twin: a coined name in capitals", "Sharing",
			"**WHEN WE SHARE YOUR DATA WITH THIRD PARTIES**",
			"**WHEN WE SHARE YOUR DATA WITH ZORBIX OR AFFILIATES**", "ZORBIX", true},
		{"b43-18 an acronym's letters reordered", "ARTICLE 1 - Definitions",
			"9. **ISSP**: Scalingo’s Information Systems Security Policy;",
			"9. **ISSP**: Scalingo's Information Systems Security Policy. To obtain the latest version of the applicable PSSI, please refer to the Scalingo support team.", "PSSI", false},
		{"the regulation in French order", "Legal basis",
			"We process your data under the GDPR.",
			"We process your data under the GDPR (the RGPD in France).", "RGPD", false},
		{"twin: two new names of the same letters", "Cookies",
			"We set the session cookie.",
			"We set the session cookie and the CMST and CMTS cookies of Zorbix.", "CMST", true},
	} {
		_, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if got := namedParties(why, tc.party); (len(got) > 0) != tc.reported {
			t.Errorf("%s: %q reported=%v, want %v: %s", tc.name, tc.party, len(got) > 0, tc.reported, strings.Join(why, "; "))
		}
	}
}
