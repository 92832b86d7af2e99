package material

import "strings"

// Which of two policies governs where both could is what a policy
// covers, its scope: "This Privacy Policy … has no effect on any other
// privacy policy" → "… prevails over any other privacy policy" (b49-23).
// The sentence's other words name other categories ("limited to" folds
// to "restricted to", the right to restrict), so a precedence said of
// the policy itself is filed here.

// precedenceWords say which of two texts governs.
var precedenceWords = map[string]bool{"prevail": true, "prevails": true, "supersede": true, "supersedes": true, "override": true,
	"overrides": true, "precedence": true, "effect": true, "replace": true, "replaces": true, "subordinate": true}

// policyPrecedence reports a change of the force of which policy
// governs: a word of precedence removed or added ("has no effect on" →
// "prevails over"), in one sentence each side that names the policy
// itself and another policy or terms. "in effect" and "take effect" say
// when, not which; a paragraph of several sentences may have changed its
// force in another of them (Samsung's update 8: "provides" → "may
// provide", beside "shall prevail" → "control").
func policyPrecedence(fOld, fNew, removed, added []string, ctxOld, ctxNew string) bool {
	if !anyWordIn(removed, precedenceWords) && !anyWordIn(added, precedenceWords) ||
		strings.Contains(ctxOld, ". ") || strings.Contains(ctxNew, ". ") {
		return false
	}
	for _, fw := range [][]string{fOld, fNew} {
		self, other := false, 0
		for i, w := range fw {
			if policyRefAt(fw, i) {
				self = true
			}
			if policyNoun[w] || w == "policies" || w == "terms" {
				other++
			}
			if w == "effect" && i > 0 && (fw[i-1] == "in" || strings.HasPrefix(fw[i-1], "take") || fw[i-1] == "took") {
				return false
			}
		}
		if self && other >= 2 {
			return true
		}
	}
	return false
}
