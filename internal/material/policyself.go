package material

import (
	"slices"
	"strings"
)

// A sentence about the policy itself says what the policy covers or how it
// changes: "npm may change its Privacy Policy …, and a summary of changes
// will be appended to this page"; "It is governed by this privacy policy".
// It names no category of data, yet what it says is what a reader is
// told of the policy's reach (scope) and of how changes reach them
// (notice, the items a change notice exists for). policySelf reads such a
// sentence: it returns "notice" when the policy is said to change,
// "scope" when it is said to govern, cover or apply to something, and ""
// otherwise. The policy may be named in the paragraph before the
// sentence: "npm may change its Privacy Policy … . Any such changes will
// be posted …" (para is the paragraph's folded words, fw the sentence's).
func policySelf(para, fw []string) string {
	named := false
	for i := range para {
		if named = policyRefAt(para, i); named {
			break
		}
	}
	if !named {
		return ""
	}
	for i, w := range fw {
		switch {
		case policyChangeVerb[w]:
			return "notice"
		case policyScopeVerb[w] && policyGoverns(fw, i):
			return "scope"
		}
	}
	return ""
}

// policyRefAt reports whether ws[i] names the policy: "policy", "notice"
// "statement" or "document" after "this", "its", "our" or "privacy".
func policyRefAt(ws []string, i int) bool {
	return i > 0 && policyNoun[ws[i]] && (policyDeterminer[ws[i-1]] || ws[i-1] == "privacy")
}

// policyGoverns reports whether the scope verb at fw[i] has the policy
// for its subject or agent: "this policy applies to", "governed by this
// privacy policy"; not "the English version (of this policy) shall
// govern".
func policyGoverns(fw []string, i int) bool {
	for j := max(i-3, 1); j < i; j++ {
		if policyRefAt(fw, j) && (j < 2 || fw[j-2] != "of") {
			return true
		}
	}
	if i+1 < len(fw) && fw[i+1] == "by" {
		for j := i + 2; j < min(i+6, len(fw)); j++ {
			if policyRefAt(fw, j) {
				return true
			}
		}
	}
	return false
}

// namesPolicy is policySelf's cheap test on the raw paragraph.
func namesPolicy(s string) bool {
	return strings.Contains(s, "olic") || strings.Contains(s, "otice") || strings.Contains(s, "tatement") || strings.Contains(s, "ocument")
}

var (
	// "this document" is the text the reader is reading, the policy
	// itself, as "this policy" is (npm's security policy: "This is a
	// living document and may be updated from time to time").
	policyNoun       = map[string]bool{"policy": true, "notice": true, "statement": true, "document": true}
	policyDeterminer = map[string]bool{"this": true, "its": true, "our": true}
	// policyChangeVerb say a change of the document, as a verb or a noun;
	// noticeobject.go reads folded words with it too.
	policyChangeVerb = map[string]bool{"change": true, "changes": true, "changed": true, "changing": true, "update": true, "updates": true, "updated": true, "updating": true, "revise": true, "revises": true, "revised": true, "revision": true, "revisions": true, "amend": true, "amends": true, "amended": true, "amendment": true, "amendments": true, "modify": true, "modifies": true, "modified": true, "modification": true, "modifications": true}
	policyScopeVerb  = map[string]bool{"govern": true, "governs": true, "governed": true, "cover": true, "covers": true, "covered": true, "apply": true, "applies": true, "applied": true}
)

// dataOnPeople reports folded words that speak of data about people
// without a word of the data vocabulary: "We track data about users of
// the npm website", "information relating to our members". Such data is
// personal data by definition (GDPR Art. 4(1)), whatever else the
// sentence says.
func dataOnPeople(fw []string) bool {
	for i, w := range fw {
		if !dataNouns[w] || i+2 >= len(fw) {
			continue
		}
		j := i + 1
		switch {
		case dataAbout[fw[j]]:
			j++
		case (fw[j] == "relating" || fw[j] == "related") && fw[j+1] == "to":
			j += 2
		default:
			continue
		}
		if j < len(fw) && (fw[j] == "the" || fw[j] == "our" || fw[j] == "its" || fw[j] == "their") {
			j++
		}
		if j < len(fw) && peopleNouns[fw[j]] {
			return true
		}
	}
	return false
}

var (
	dataNouns   = map[string]bool{"data": true, "information": true, "details": true, "info": true}
	dataAbout   = map[string]bool{"about": true, "on": true, "of": true, "concerning": true, "regarding": true}
	peopleNouns = map[string]bool{"you": true, "users": true, "visitors": true, "customers": true, "members": true, "people": true,
		"individuals": true, "persons": true, "subscribers": true, "readers": true, "employees": true, "candidates": true,
		"applicants": true, "children": true, "patients": true, "clients": true, "contributors": true, "consumers": true, "them": true}
)

// dataBack reports folded words that point back to data named before
// them: "This information", "such data", "these details".
func dataBack(fw []string) bool {
	for i := 1; i < len(fw); i++ {
		if dataNouns[fw[i]] && (demonstratives[fw[i-1]] || fw[i-1] == "such") {
			return true
		}
	}
	return false
}

// residentsPointed reports folded words that speak of the residents of
// places and of their rights or laws: "If you are a resident of
// California … see State Privacy Rights".
func residentsPointed(fw []string) bool {
	res, rights := false, false
	for _, w := range fw {
		switch w {
		case "resident", "residents":
			res = true
		case "rights", "right", "laws", "law":
			rights = true
		}
	}
	return res && rights
}

// placesOnly reports words removed and added that are all names of
// places (US states, or WordNet's nouns of location) or the words that
// join them, two places at least.
func placesOnly(removed, added []string) bool {
	wn := wordNet()
	places := 0
	for _, w := range append(slices.Clip(removed), added...) {
		switch {
		case w == "and" || w == "or":
			continue
		case usStateWords[w] || slices.ContainsFunc(wn.entries(w), func(e lexEntry) bool { return e.pos[0] == 'n' && e.lexfile == 15 }):
			places++
		default:
			return false
		}
	}
	return places >= 2
}
