package material

import (
	"regexp"
	"sort"
	"strings"
)

// Contacts are e-mail addresses, web addresses and phone numbers. Pages
// saved from websites hide addresses from robots ("[email protected]",
// "privacy\at\example\dot\com") and change a link's scheme: the contact is
// the same, and so is the commitment.
var (
	contactRE = regexp.MustCompile(`(?i)` +
		`\[?\\?\[?email(&#160;|\s|\x{a0}|\\)*protected\\?\]?\]?(\(/cdn-cgi/[^)\s]*\))?` + // Cloudflare's placeholder
		`|/cdn-cgi/l/email-protection[^\s)\]]*` +
		`|(mailto:)?[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}` +
		`|[a-z0-9._%+-]+(\s*\\?[\[(]\s*at\s*\\?[\])]\s*|\\at\\)[a-z0-9-]+((\s*\\?[\[(]\s*dot\s*\\?[\])]\s*|\\dot\\|\.)[a-z]{2,})+` +
		`|(https?://|www\.)[^\s\x{a0})\]>"']+` +
		`|\+?\(?\d[\d\s().-]{7,}\d`)
	obfuscatedAt  = regexp.MustCompile(`(?i)\s*\\?[\[(]\s*at\s*\\?[\])]\s*|\\at\\`)
	obfuscatedDot = regexp.MustCompile(`(?i)\s*\\?[\[(]\s*dot\s*\\?[\])]\s*|\\dot\\`)
)

// contacts returns the contacts of s, normalised ("*" for a hidden
// address), and s with each replaced by one mark.
func contacts(s string) ([]string, string) {
	if !strings.ContainsAny(s, "@\\") && !strings.Contains(s, "://") && !strings.Contains(s, "www.") && !strings.Contains(s, "protected") && !digitRun(s, 8) {
		return nil, s
	}
	var out []string
	masked := contactRE.ReplaceAllStringFunc(s, func(m string) string {
		out = append(out, normContact(m))
		return " contact "
	})
	return out, masked
}

func normContact(m string) string {
	l := strings.ToLower(strings.TrimSpace(m))
	switch {
	case strings.Contains(l, "protected") || strings.Contains(l, "cdn-cgi"):
		return "*"
	case strings.HasPrefix(l, "http") || strings.HasPrefix(l, "www."):
		l = strings.TrimPrefix(strings.TrimPrefix(l, "https://"), "http://")
		return strings.TrimSuffix(strings.TrimPrefix(l, "www."), "/")
	case strings.ContainsAny(l, "@\\[(") && !strings.ContainsAny(l[:1], "+(0123456789"):
		l = strings.TrimPrefix(l, "mailto:")
		l = obfuscatedAt.ReplaceAllString(l, "@")
		return obfuscatedDot.ReplaceAllString(l, ".")
	}
	var d []byte
	for i := 0; i < len(l); i++ {
		if l[i] >= '0' && l[i] <= '9' {
			d = append(d, l[i])
		}
	}
	if len(d) > 9 {
		d = d[len(d)-9:] // "+1 866 697 7482" is "866-697-7482"
	}
	return string(d)
}

// sameContacts reports two lists of contacts that name the same ones: a
// hidden address stands for any.
func sameContacts(a, b []string) bool {
	set := func(xs []string) ([]string, bool) {
		m := map[string]bool{}
		wild := false
		for _, x := range xs {
			if x == "*" {
				wild = true
			} else {
				m[x] = true
			}
		}
		var out []string
		for x := range m {
			out = append(out, x)
		}
		sort.Strings(out)
		return out, wild
	}
	sa, wa := set(a)
	sb, wb := set(b)
	if wa || wb {
		return len(a) > 0 && len(b) > 0
	}
	return equalWords(sa, sb)
}

// digitRun reports n digits or more in s, spaces and dashes between them
// allowed: what a phone number needs.
func digitRun(s string, n int) bool {
	k := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if k++; k >= n {
				return true
			}
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')':
		default:
			k = 0
		}
	}
	return false
}
