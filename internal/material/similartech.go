package material

import (
	"strings"
)

// Cookie policies call every tracker they set a "cookie" ("In this policy,
// we say “cookies” to refer to all of these technologies") and name the
// same set again as "cookies and similar technologies": the words added
// beside "cookies" name no tracker of their own (b52-37). A technology
// named ("cookies and device fingerprinting", "cookies and other tracking
// technologies such as pixels") is still one more tracker.

// similarTechRE matches cookies said with the technologies like them.
var similarTechRE = mustPattern(`(?i)\bcookies,?\s+(?:and|or|&)\s+(?:other\s+)?(?:similar|like|comparable|related)\s+(?:tracking\s+)?(technologies|technology|tools)\b`)

// similarTechnologies returns a test for the noun of "cookies and similar
// technologies" where one side writes it and the other writes "cookies"
// alone (hasWord).
func similarTechnologies(old, new string) func(string) bool {
	var nouns map[string]bool
	return func(w string) bool {
		if w != "technologies" && w != "technology" && w != "tools" {
			return false
		}
		if nouns == nil {
			nouns = map[string]bool{}
			look := func(text, other string) {
				if !similarTechRE.MatchString(other) && hasWord(strings.ToLower(other), "cookies") {
					for _, m := range similarTechRE.FindAllStringSubmatch(text, -1) {
						nouns[strings.ToLower(m[1])] = true
					}
				}
			}
			look(old, new)
			look(new, old)
		}
		return nouns[w]
	}
}

// similarWords are the words "cookies and other similar tracking
// technologies" adds to "cookies".
var similarWords = map[string]bool{"and": true, "or": true, "other": true, "similar": true, "like": true, "comparable": true,
	"related": true, "tracking": true, "technologies": true, "technology": true, "tools": true}

// similarTechOnly reports a change whose only words are those that say
// "cookies and similar technologies" for "cookies" (similarTechnologies),
// put in or taken away: "refuse cookies or similar technologies" →
// "refuse cookies".
func similarTechOnly(old, new string, removed, added []string) bool {
	if len(removed)+len(added) == 0 {
		return false
	}
	for _, ws := range [2][]string{removed, added} {
		for _, w := range ws {
			if !similarWords[w] {
				return false
			}
		}
	}
	return similarTechRE.MatchString(old) != similarTechRE.MatchString(new)
}
