package material

import "testing"

// TestHasScopeQualifierAnchored holds hasScopeQualifier, which tries the
// expression anchored at each word it may open with, to the expression
// on texts where the first such word opens no match and a later one
// does, or where a character beyond ASCII comes after one.
func TestHasScopeQualifierAnchored(t *testing.T) {
	texts := []string{"as you know, where required", "if you ask, as necessary", "in which case, in most cases", "as you see, a\u017f required",
		"if you like é", "if you like, where requiréd", "as if, as if required", "by the way by default", "when x when applicable law requires",
		"as\tas required", "as\u00a0required", "if_ if required", "(if required)", "\"as necessary\"", "asif required", "as", "if necessary to",
		"necessary necessary for", "in rare instances.", "in rare instance", "where legally\u017f", "x, generally_ y, usually z"}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			for _, cut := range []string{s[i:], s[:i]} {
				if got, want := hasScopeQualifier(cut), scopeQualifierRE.MatchString(cut); got != want {
					t.Errorf("hasScopeQualifier(%q) = %v, scopeQualifierRE says %v", cut, got, want)
				}
			}
		}
	}
}

