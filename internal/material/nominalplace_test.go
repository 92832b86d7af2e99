package material

import (
	"strings"
	"testing"
)

// TestActTakesPlace holds batch 78's nominal style (a text put into
// German and back): an act said as its noun with a verb that only says
// it happens ("The enforcement of MFA takes place by OmniCRM") commits
// to what the verb says ("OmniCRM enforces MFA"), its force words
// ("may", "does not", "never") and who acts ("by omnie") kept. Its
// twins hide a change in the same rewording: a modal put in or taken
// out, the denial dropped, another actor, another act, another period,
// "knowingly" dropped.
func TestActTakesPlace(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		category, why           string
	}{
		{"b78-45", "Use of Information",
			"omnie does not use customer data for marketing or independent purposes.",
			"A use of customer data for marketing or for independent purposes does not take place by omnie.", false, "", ""},
		{"b78-40, knowingly", "Children's Privacy",
			"We do not knowingly collect personal information from children.",
			"A knowing collection of personal information from children does not take place by us.", false, "", ""},
		{"b78-07, the actor after the act", "Multi-Factor Authentication",
			"OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts.",
			"The enforcement of Multi-Factor Authentication (MFA) takes place by OmniCRM for all internal staff accounts.", false, "", ""},
		{"b78-28, the verb's own preposition", "Exercise Your Rights",
			"We respond to all requests within 30 days.",
			"The response to all requests takes place by us within 30 days.", false, "", ""},
		{"b78-17, the passive", "Cookies and similar technologies",
			"Where used, these cookies are downloaded to your computer automatically.",
			"Where used, the download of these cookies to your computer takes place automatically.", false, "", ""},
		{"b78-20, never, a noun the rulebook folds", "How long will we keep your personal information for?",
			"We will never retain your personal information for longer than is necessary.",
			"A retention of your personal information for longer than is necessary will never take place.", false, "", ""},

		{"the denial dropped", "Use of Information",
			"omnie does not use customer data for marketing or independent purposes.",
			"A use of customer data for marketing or for independent purposes may take place by omnie.", true, "purposes", ""},
		{"another actor", "Use of Information",
			"omnie does not use customer data for marketing or independent purposes.",
			"A use of customer data for marketing or for independent purposes does not take place by omnie's advertising partners.", true, "", ""},
		{"another act", "Use of Information",
			"omnie does not use customer data for marketing or independent purposes.",
			"A sale of customer data for marketing or for independent purposes does not take place by omnie.", true, "", ""},
		{"knowingly dropped", "Children's Privacy",
			"We do not knowingly collect personal information from children.",
			"A collection of personal information from children does not take place by us.", true, "children", "knowingly"},
		{"a modal put in", "Multi-Factor Authentication",
			"OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts.",
			"The enforcement of Multi-Factor Authentication (MFA) may take place by OmniCRM for all internal staff accounts.", true, "security", "weakened"},
		{"a modal taken out", "Information Sharing and Disclosure",
			"We may disclose information if required by law.",
			"A disclosure of information takes place if required by law.", true, "recipients", ""},
		{"another period", "Exercise Your Rights",
			"We respond to all requests within 30 days.",
			"The response to all requests takes place by us within 60 days.", true, "rights", "60"},
		{"b78-12, a condition dropped in words of no category", "Privacy & Cookies Policy",
			"  • Your personal information is, where appropriate, shared within the Omnis Software Group.",
			"  • A sharing of your personal information takes place within the Omnis Software Group.", true, "recipients", "where appropriate"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		reason := strings.Join(why, "; ")
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, reason)
			continue
		}
		if tc.category != "" && (!cats[tc.category] || len(cats) != 1) {
			t.Errorf("%s: categories %v, want %s: %s", tc.name, cats, tc.category, reason)
		}
		if tc.why != "" && !strings.Contains(reason, tc.why) {
			t.Errorf("%s: reason does not quote %q: %s", tc.name, tc.why, reason)
		}
	}
}

// TestActNounAsVerb holds the rest of batch 78's nominal style: an act
// said as its noun after a preposition is the act said by its verb where
// the other side says it so: a purpose ("for the protection of your
// information" is "to protect your information"), the object of a word
// that takes an act ("committed to the protection of" is "committed to
// protecting"), the occasion ("in the context of your use of" is "when
// you use"). And what the "of" names stays after the verb where the other
// side has it there, though it has the same word before the verb too
// (b78-09: "affecting customer data, we will notify the affected
// customer"). Twins: another act, another purpose added, another period.
func TestActNounAsVerb(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b78-33, committed to", "Privacy Policy",
			"Omni Software is committed to protecting your privacy.",
			"Omni Software is committed to the protection of your privacy.", false},
		{"b78-33, the occasion", "Privacy Policy",
			"This Privacy Policy explains how we use your information when you use our Omni Lead Management Software.",
			"This Privacy Policy explains how we use your information in the context of your use of our Omni Lead Management Software.", false},
		{"b78-38, a purpose", "Data Security",
			"We implement reasonable technical and organizational measures to protect your information.",
			"We implement reasonable technical and organisational measures for the protection of your information.", false},
		{"b78-09, the object after the verb", "Data Breach Notification",
			"If we learn of a breach affecting customer data, we will notify the affected customer within 48 hours.",
			"If we learn of a breach affecting customer data, the notification of the affected customer takes place by us within 48 hours.", false},

		{"the occasion, another act", "Location",
			"We collect your location when you use the app.",
			"We collect your location in the context of the installation of the app.", true},
		{"a purpose, another act", "Data Security",
			"We implement reasonable technical and organizational measures to protect your information.",
			"We implement reasonable technical and organisational measures for the analysis of your information.", true},
		{"a purpose, another added", "Cookies",
			"We use cookies to protect your account.",
			"We use cookies for the protection of your account and for the personalisation of advertising.", true},
		{"the object after the verb, another period", "Data Breach Notification",
			"If we learn of a breach affecting customer data, we will notify the affected customer within 48 hours.",
			"If we learn of a breach affecting customer data, the notification of the affected customer takes place by us within 72 hours.", true},
		{"the object after the verb, another party notified", "Data Breach Notification",
			"If we learn of a breach affecting customer data, we will notify the affected customer within 48 hours.",
			"If we learn of a breach affecting customer data, the notification of the supervisory authority takes place by us within 48 hours.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
