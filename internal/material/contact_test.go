package material

import (
	"strings"
	"testing"
)

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

// TestContactsPieces holds contacts, which runs its expression over pieces
// of the text, to what the expression does over the whole text.
func TestContactsPieces(t *testing.T) {
	parts := []string{"email", "protected", "Email", " ", "  ", "\t", "\n", "\u00a0", "&#160;", `\`, "[", "]", "(", ")",
		"at", "dot", "a", "privacy", "x@example.com", "example", ".", ",", "com", "https://", "www.", "/cdn-cgi/l/",
		"mailto:", "1", "866", "-", "+", "697", "7482", "we", "contact", "us", "é", "K", "ſ"}
	seed := uint64(1)
	next := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	fixed := []string{"x:1-2-3-4-5;", "call 1-2-3-4-5 now", "call 1-2-3-4-5", "a (at) b.com", "a [ AT ] b.com", "see WWW.x.org", "HTTPS://x.org",
		"[email protected]", "Email\t\tProtected", "e@x.io", "a\\at\\b\\dot\\com", "/CDN-CGI/l/email-protection#ab"}
	for k := 0; k < 300+len(fixed); k++ {
		var b strings.Builder
		for n := next(400); n > 0; n-- {
			b.WriteString(parts[next(len(parts))])
		}
		s := b.String()
		if k < len(fixed) {
			s = fixed[k]
		}
		var want []string
		wantMasked := contactRE.ReplaceAllStringFunc(s, func(m string) string {
			want = append(want, normContact(m))
			return " contact "
		})
		for _, min := range []int{1, 7, 256} {
			got, masked := maskContacts(s, min)
			if masked != wantMasked || strings.Join(got, "\x00") != strings.Join(want, "\x00") {
				t.Fatalf("pieces of at least %d bytes of %q:\ngot  %q %q\nwant %q %q", min, s, masked, got, wantMasked, want)
			}
		}
	}
}
