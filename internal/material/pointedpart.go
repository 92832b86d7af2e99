package material

// pointedParts returns a test for a noun of a part of the policy
// ("section", "sections") that a sentence points to above or below it:
// "as set out in the “Your rights” or sections above" → "… “Your rights”
// section above" (b291-19, b293-19), where the fold reads the second
// pointer as one and sets it aside, and not the first. Which part of the
// policy a sentence points to is no commitment; what the part says is
// judged where it is written.
func pointedParts(old, new []string) func(string) bool {
	pointed := map[string]bool{}
	for _, ws := range [][]string{old, new} {
		for i := range ws {
			if !documentNouns[ws[i]] {
				continue
			}
			for j := i + 1; j < len(ws) && j <= i+4; j++ {
				if ws[j] == "above" || ws[j] == "below" {
					pointed[ws[i]] = true
					break
				}
				if !documentNouns[ws[j]] && ws[j] != "and" && ws[j] != "or" {
					break
				}
			}
		}
	}
	return func(w string) bool { return pointed[w] }
}
