package material

import (
	"strings"
	"testing"
)

// TestFreeChoiceAny: in a plain statement, "any" names every one of a
// kind, and "or" between the nouns it names lists them all: "for access
// to any data or systems" is "for access to all data and systems", "we
// encrypt any backup we keep" is "we encrypt all backups we keep", "any
// data or logs are deleted after 30 days" is "all data and logs are …".
// The twins stay material: where "any" is "even one" or "some" (a denial,
// a condition or a time before it, a question), where it lets the reader
// choose (a permission), and where the nouns, the period or the
// quantifier themselves change.
func TestFreeChoiceAny(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Security", "- We enforce a “need to know” policy, for access to any data or systems.", "- We enforce a “need to know” policy for access to all data and systems.", false},
		{"Security", "We encrypt any backup of your account data that we keep.", "We encrypt all backups of your account data that we keep.", false},
		{"Security", "Our staff log every access to any customer record or file.", "Our staff log every access to all customer records and files.", false},
		{"Security", "We will notify you of any breach or incident affecting your data.", "We will notify you of all breaches and incidents affecting your data.", false},
		{"Retention", "Any data or logs are deleted after 30 days.", "All data and logs are deleted after 30 days.", false},

		// denial: "not … any" is none, "not … all" may be most
		{"Sharing", "We do not sell any personal data or contact lists to advertisers.", "We do not sell all personal data and contact lists to advertisers.", true},
		{"Sharing", "We never share any data or files with advertisers.", "We never share all data and files with advertisers.", true},
		// condition and time: "any" is "even one"
		{"Security", "If any data or systems are compromised, we will notify you within 72 hours.", "If all data and systems are compromised, we will notify you within 72 hours.", true},
		{"Sharing", "We ask for your consent before any data or files are shared with partners.", "We ask for your consent before all data and files are shared with partners.", true},
		{"Security", "We check whether any data or systems were affected by an incident.", "We check whether all data and systems were affected by an incident.", true},
		// permission: the reader picks which
		{"Your rights", "You may delete any photos or videos you upload.", "You may delete all photos and videos you upload.", true},
		// the quantifier or the nouns change
		{"Retention", "Any data or logs are deleted after 30 days.", "Some data and logs are deleted after 30 days.", true},
		{"Retention", "Any data or logs are deleted after 30 days.", "All data and logs are deleted after 90 days.", true},
		{"Security", "- We enforce a “need to know” policy, for access to any data or systems.", "- We enforce a “need to know” policy for access to some data and systems.", true},
		{"Security", "- We enforce a “need to know” policy, for access to any data or systems.", "- We enforce a “need to know” policy for access to all data.", true},
		{"Security", "- We enforce a “need to know” policy, for access to any data or systems.", "- We enforce a “need to know” policy for access to all data and devices.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestUniversalOverPermission: an "all" before a permission lets each one
// ("All computers have the ability to decline cookies" lets each
// decline), as "any" after it does ("you can refuse cookies on any
// computer"). Twins: "all" after the permission may be all at once, and a
// quantifier traded for "some" narrows.
func TestUniversalOverPermission(t *testing.T) {
	runRestated(t, []restatedCase{
		{"all browsers can → in any browser", "Cookies",
			"All browsers can block cookies.",
			"You can block cookies in any browser.", false},
		{"every account holder may → any", "Your account",
			"Every account holder may export data from any workspace they own.",
			"Every account holder may export data from all workspaces they own.", true},
		{"twin: all after the permission", "Cookies",
			"You can block cookies in all browsers.",
			"You can block cookies in any browser.", true},
		{"twin: some browsers", "Cookies",
			"All browsers can block cookies.",
			"Some browsers can block cookies.", true},
	})
}
