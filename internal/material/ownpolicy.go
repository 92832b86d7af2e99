package material

// ownPolicyTraded reports the text that governs what a party does with the
// data traded between this policy and the party's own: "affiliates, whose
// use … is subject to this Privacy Policy" → "… subject to their own
// privacy policies" (b55-19, read "Same commitments, reworded"). The party
// is the same, but the promises the reader was given no longer bind it: it
// now uses the data on terms the reader has not seen and that can change
// without notice here; the reverse brings it under this policy. Both are a
// change in what recipients may do (recipients). "this Privacy Policy" →
// "our Privacy Policy" is the same text, and so is "their own privacy
// policies" → "their privacy policies".
// old and new are the changed sentences' words as written, lower case.
func ownPolicyTraded(old, new []string) bool {
	o, n := policyOwner(old), policyOwner(new)
	return o != 0 && n != 0 && o != n
}

// policyOwner says whose policy a sentence puts a party's use under: 1 for
// this text ("this Privacy Policy", "our Notice", "these terms"), 2 for the
// party's own ("their own privacy policies", "its privacy notice"), 0 for
// none or both.
func policyOwner(ws []string) int {
	ours, theirs := false, false
	for i, w := range ws {
		if !policyNouns[w] {
			continue
		}
		// The owner stands before the noun, at most three words back,
		// with only words naming the kind of policy between ("this
		// Privacy Policy", "their own data protection policies").
	back:
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			switch ws[j] {
			case "this", "these", "our":
				ours = true
				break back
			case "their", "its":
				theirs = true
				break back
			case "own":
				theirs = true
			case "privacy", "data", "protection", "cookie", "cookies":
			default:
				break back
			}
		}
	}
	switch {
	case ours && !theirs:
		return 1
	case theirs && !ours:
		return 2
	}
	return 0
}

// policyNouns name a text of terms a party's use can be subject to.
var policyNouns = map[string]bool{"policy": true, "policies": true, "notice": true, "notices": true, "statement": true, "statements": true}
