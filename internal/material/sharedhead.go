package material

import "slices"

// sharedHead returns a test for a word that two phrases of the old text
// each began with and the new text writes once, before both phrases
// joined by "and": "Encryption at Rest: …" and "Encryption in Transit: …"
// → "Encryption at Rest and in Transit: …" (two list items put in one).
// The word is said of both still; it is written once, not dropped. The
// first phrase must follow the word on both sides, word for word (one to
// three words), and the second must start the same on both, with its
// first word not a grammar word alone ("in Transit", not "in"). A word
// dropped from one phrase only ("Encryption at Rest" and "Storage in
// Transit" → "Encryption at Rest and in Transit") is not so explained.
func sharedHead(fOld, fNew []string) func(string) bool {
	return func(w string) bool {
		if countWord(fOld, w) <= countWord(fNew, w) || countWord(fNew, w) == 0 {
			return false
		}
		for i, x := range fNew {
			if x != w {
				continue
			}
			for j := i + 2; j <= i+4 && j+1 < len(fNew); j++ {
				if fNew[j] != "and" {
					continue
				}
				first, second := fNew[i+1:j], fNew[j+1:min(len(fNew), j+3)]
				if slices.Contains(first, "and") || slices.Contains(first, w) {
					break
				}
				if followedBy(fOld, w, first) && followedBy(fOld, w, second) {
					return true
				}
			}
		}
		return false
	}
}

// followedBy reports ws writing w directly before the words of phrase.
func followedBy(ws []string, w string, phrase []string) bool {
	for k, x := range ws {
		if x == w && k+len(phrase) < len(ws) && slices.Equal(ws[k+1:k+1+len(phrase)], phrase) {
			return true
		}
	}
	return false
}
