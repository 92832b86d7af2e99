package material

import (
	"strings"
	"testing"
)

// TestRightsChannel: where only the way the reader reaches the company
// changed — another address, page or mailbox, and at most the verb of
// reaching it ("through [www.x.com]" → "by e-mailing [support@x.com]") —
// in a sentence that tells the reader what they can do, how a right is
// exercised changed (rights, Art. 13(2)(b)), whatever the right is about
// ("erasing" beside it is no retention period). The words of a mailbox
// ("security@", "privacy@") are no words of the paragraph: another
// mailbox in the same words is another address to write to, not a
// security commitment. The twins: a link for more information beside a
// permission stays where the rules filed it; a changed commitment beside
// the address is still judged for it; and an address written another way
// is still minor.
func TestRightsChannel(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		cat               string // "" for minor; "!k" for not filed under k
		want              string // words the reasons must hold
	}{
		{"How can I change or erase data about me?",
			"You can close your account at any time through [www.vexaro.com](https://www.vexaro.com). Closing your account starts a process of erasing our records of your account data.",
			"You can close your account at any time by e-mailing [support@vexaro.com](mailto:support@vexaro.com). Closing your account starts a process of erasing our records of your account data.",
			"rights", "another way to reach us"},
		{"Your rights",
			"You may request a copy of your data at https://vexaro.com/dsar.",
			"You may request a copy of your data at https://privacy.vexaro.com/request.",
			"rights", "another way to reach us"},
		{"What rights do you have, and how can I exercise them?",
			"- Request that your information be corrected or deleted by contacting us at security@vexaro.org.",
			"- Request that your information be corrected or deleted by contacting us at privacy@vexaro-group.org.",
			"rights", "another address to write to"},
		// Twins.
		{"Cookies",
			"You can change your browser settings to block cookies. For more about Google Analytics, see https://policies.google.com/technologies/partner-sites.",
			"You can change your browser settings to block cookies. For more about Google Analytics, see https://www.google.com/policies/privacy/partners/.",
			"!rights", ""},
		{"How can I change or erase data about me?",
			"You can close your account at any time through [www.vexaro.com](https://www.vexaro.com). We delete your data within 30 days.",
			"You can close your account at any time by e-mailing [support@vexaro.com](mailto:support@vexaro.com). We delete your data within 90 days.",
			"retention", "90"},
		{"Your rights",
			"You can ask for a copy of your data by writing to privacy@vexaro.com.",
			"You can ask for a copy of your data by writing to [privacy@vexaro.com](mailto:privacy@vexaro.com).",
			"", ""},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		all := strings.Join(why, "; ")
		var ok bool
		switch not, neg := strings.CutPrefix(tc.cat, "!"); {
		case tc.cat == "":
			ok = !rep.Material
		case neg:
			ok = !cats[not] // material or not: the rules that judge it decide
		default:
			ok = rep.Material && cats[tc.cat] && strings.Contains(all, tc.want)
		}
		if !ok {
			t.Errorf("%q → %q: material=%v, categories %v, want %q naming %q: %s", tc.old, tc.new, rep.Material, cats, tc.cat, tc.want, all)
		}
	}
}
