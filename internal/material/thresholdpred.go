package material

// changesAre reports the word of degree ws[i] said of the changes after
// "be": "if the changes are material", "changes that are significant".
// It is the threshold "material changes" puts before the noun: "If we
// make material changes, we will provide you additional notice" → "If
// the changes are material, we will give you additional notice" (b55-40,
// read "a threshold removed, 'material'") announces the same changes.
func changesAre(ws []string, i int) bool {
	if i < 2 || ws[i-1] != "are" && ws[i-1] != "is" && ws[i-1] != "be" {
		return false
	}
	j := i - 2
	if ws[j] == "that" || ws[j] == "which" {
		j-- // "changes that are material"
	}
	return j >= 0 && changeNouns[ws[j]]
}
