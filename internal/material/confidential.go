package material

import "strings"

// confidentialityDropped reports a sentence that said data is kept
// confidential and no longer says it, in any form ("kept confidential" →
// "kept longer"): confidentiality is a commitment of security (GDPR
// 32(1)(b)), though "confidential" is an ordinary word no category's
// vocabulary holds, so that the words left unexplained were none and the
// edit read "Same commitments, reworded". Only the English forms count:
// "confidentialité" names a privacy policy or its settings in French.
func confidentialityDropped(old, new []string) bool {
	said := false
	for _, w := range old {
		said = said || confidentialWords[w]
	}
	if !said {
		return false
	}
	for _, w := range new {
		if strings.HasPrefix(w, "confiden") || w == "secret" || w == "private" || w == "privately" {
			return false // "held in confidence", "kept secret"
		}
	}
	return true
}

// confidentialWords are the English forms of "confidential".
var confidentialWords = map[string]bool{"confidential": true, "confidentially": true, "confidentiality": true}
