package material

import "strings"

// A review writes out what a pronoun stands for when it is the policy
// itself: "This privacy policy was most recently updated in May 2018. If
// we make changes to it, …" → "… If we make changes to this privacy
// policy, …" (b69-20). Only "it" for the policy's own name, which the
// text names before the pronoun with no other thing named between (no
// "the", "our", "a" …), is so read: there "it" can stand for nothing else.

// policySelfNames are the names a policy gives itself.
var policySelfNames = map[string]bool{
	"policy": true, "privacy policy": true, "notice": true, "privacy notice": true,
	"statement": true, "privacy statement": true, "cookie policy": true, "cookies policy": true,
}

// policyForIt reports new that is old with an "it" that can only be the
// policy written as the policy's name.
func (c *classifier) policyForIt(old, new string) bool {
	if !strings.Contains(old, " it") {
		return false
	}
	removed, added := c.writtenWords(old, new)
	if len(removed) != 1 || strings.ToLower(removed[0]) != "it" || len(added) < 2 {
		return false
	}
	det := strings.ToLower(added[0])
	if det != "this" && det != "our" && det != "the" {
		return false
	}
	name := strings.ToLower(strings.Join(added[1:], " "))
	if !policySelfNames[name] {
		return false
	}
	lo := strings.ToLower(old)
	at := -1
	for _, p := range []string{" it,", " it.", " it ", " it;"} {
		if i := strings.Index(lo, p); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if strings.HasSuffix(lo, " it") && at < 0 {
		at = len(lo) - 3
	}
	if at < 0 {
		return false
	}
	k := strings.LastIndex(lo[:at], name)
	if k < 0 {
		return false
	}
	for _, w := range strings.Fields(lo[k+len(name) : at]) {
		switch strings.Trim(w, ",.;:") {
		case "the", "a", "an", "our", "your", "its", "their", "this", "that", "these", "those", "any", "each":
			return false // another thing named between: "it" may be that
		}
	}
	return true
}
