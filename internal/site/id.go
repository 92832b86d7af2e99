package site

// ValidID reports whether s can name a brand or a policy: lower-case ASCII
// letters, digits and hyphens, as DESIGN.md fixes, so that an id is always a
// safe single path element and a clean URL segment.
func ValidID(s string) bool {
	if s == "" || len(s) > 64 || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

const idHint = "ids are lower-case letters, digits and hyphens, e.g. \"omni-software\" or \"privacy\""
