package material

import "testing"

func TestContacts(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		same     bool
	}{
		{`at [\[email protected\]](https://about.gitlab.com/cdn-cgi/l/email-protection).`, `at DPO@gitlab.com.`, true},
		{`using privacy-support \[at\] pinterest.com.`, `using privacy-support \[at\] pinterest.com (privacy-support\[at\]pinterest\[dot\]com).`, true},
		{`found at: [http://www.allaboutcookies.org (opens)](http://www.allaboutcookies.org/).`, `found at: [https://allaboutcookies.org/ (opens)](https://allaboutcookies.org/).`, true},
		{"at: [http://www.allaboutcookies.org\u00a0(opens)](http://www.allaboutcookies.org/).", "at: [https://allaboutcookies.org/\u00a0(opens)](https://allaboutcookies.org/).", true},
		{`call 697-7482`, `call 866-697-7482`, false},
		{`call +1 866 697 7482`, `call (866) 697-7482`, true},
		{`write to privacy@example.com`, `write to dpo@example.com`, false},
	} {
		co, _ := contacts(tc.old)
		cn, _ := contacts(tc.new)
		if got := sameContacts(co, cn); got != tc.same {
			t.Errorf("%q, %q: same = %v (%q, %q)", tc.old, tc.new, got, co, cn)
		}
	}
}
