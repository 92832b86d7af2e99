package material

import (
	"strings"
	"testing"
)

// TestScopeWords: a commitment held for every one of a kind, now for those
// a phrase picks out ("every account" → "accounts on paid plans"), or data
// shared only in part, now whole ("limited data" → "data"), holds for
// others than it did. The words that do it are ordinary, but what they do
// to the commitment is not: material, either way. A universal traded for
// another, or a limit said another way, changes nothing.
func TestScopeWords(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Automated decisions", "Human review is available for every account.", "Human review is available for accounts on paid plans.", true},
		{"Automated decisions", "Human review is available for accounts on paid plans.", "Human review is available for every account.", true},
		{"Retention", "We delete all backups after 30 days.", "We delete backups of closed accounts after 30 days.", true},
		{"Security", "We encrypt data of enterprise customers at rest.", "We encrypt all data at rest.", true},
		{"Your rights", "You can export any file at any time.", "You can export files stored in shared folders at any time.", true},
		{"Sharing", "We share limited data with Zentrova.", "We share data with Zentrova.", true},
		{"Sharing", "We share data with Zentrova.", "We share limited data with Zentrova.", true},
		{"Sharing", "We share only limited data with Zentrova.", "We share only data with Zentrova.", true},

		{"Automated decisions", "Human review is available for every account.", "Human review is available for all accounts.", false},
		{"Your rights", "We respond to every request within 30 days.", "We respond to each request within 30 days.", false},
		{"Your rights", "We respond to all requests within 30 days.", "We respond to all of your requests within 30 days.", false},
		{"Security", "Access is limited to staff who need it.", "Access is restricted to staff who need it.", false},
		{"Sharing", "We share limited data with Zentrova.", "We share restricted data with Zentrova.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestScopeWordsRestated: the words after the noun said another way keep
// the universal's scope as it was ("any services provided by third
// parties" → "services offered by third parties").
func TestScopeWordsRestated(t *testing.T) {
	rb := Builtin()
	old := "When you visit any links or use any services provided by third parties, please always refer to the privacy statements issued by those third parties."
	new := "If you click on links or use services offered by third parties, it is important to check the privacy statements provided by those third parties."
	_, _, why := judgeEdit(rb, "Third-party services", old, new)
	if strings.Contains(strings.Join(why, "; "), "Scope narrowed") {
		t.Errorf("a phrase said another way read as narrowing the scope: %s", strings.Join(why, "; "))
	}
}

// TestMinimisationWords: data "necessary for" a purpose, or "relevant" to
// it, is less than data "available through" it: a word of data
// minimisation dropped or added changes which data, either way. Said
// another way, or kept, it changes nothing.
func TestMinimisationWords(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"We may access and store information necessary for the integration, such as authentication tokens.", "We may access and store information available through the integration, such as authentication tokens.", true},
		{"We collect the relevant data about your device.", "We collect data about your device.", true},
		{"We collect data about your device.", "We collect only the data about your device that is strictly needed.", true},
		{"We collect the data necessary to provide the service.", "We collect the data needed to provide the service.", false},
		{"We collect the data necessary to provide the service.", "We collect the data that is necessary to provide the service.", false},
		{"We disclose data where required by law.", "We disclose data where the law requires it.", false},
	} {
		rep, _, why := judgeEdit(rb, "Information we collect", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestThresholdWords: a word of degree put before what a condition turns
// on ("a breach that poses a risk" → "… a significant risk", "if there is
// a serious risk" → "if there is a risk") moves the threshold the promise
// is kept at: fewer or more breaches are notified. Material, either way.
// Outside a condition, or said another way, the word changes nothing.
func TestThresholdWords(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Data breaches", "We will notify the authority within 72 hours of a breach that poses a risk to your rights.", "We will notify the authority within 72 hours of a breach that poses a significant risk to your rights.", true},
		{"Data breaches", "We will tell you if there is a high risk to your rights and freedoms.", "We will tell you if there is a risk to your rights and freedoms.", true},
		{"Your rights", "We may refuse a request where it would cause harm to others.", "We may refuse a request where it would cause serious harm to others.", true},
		{"Changes", "We will email you about changes which have an impact on your rights.", "We will email you about changes which have a material impact on your rights.", true},
		{"Security", "We will notify you of any incident that poses a risk to your data.", "We will notify you of any incident that poses a substantial risk to your data.", true},

		{"Data breaches", "We will notify the authority of a breach that poses a significant risk to your rights.", "We will notify the authority of a breach that poses a substantial risk to your rights.", false},
		{"Security", "Protecting your data is a priority for us.", "Protecting your data is a high priority for us.", false},
		{"Security", "We have made an investment in security.", "We have made a significant investment in security.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
