package material

// withoutDistributed returns ws with a "without" said again after "and"
// written once, as "or" ("and or", as "or" folds): "without logging in
// and without actively providing" denies what "without logging in or
// actively providing" does, neither being done. Only "and without"
// after a "without" of the same phrase is read so: "without A or without
// B" (either one absent) is another condition, and is kept. The slice is
// ws when nothing is rewritten.
func withoutDistributed(ws []string) []string {
	var out []string
	last := -1 // where the last "without" stands
	for i, w := range ws {
		if w == "without" {
			if last >= 0 && i-last <= withoutReach && i > 0 && ws[i-1] == "and" && (i < 2 || ws[i-2] != "and") {
				if out == nil {
					out = append(make([]string, 0, len(ws)), ws[:i]...)
				}
				out = append(out, "or")
				last = i
				continue
			}
			last = i
		}
		if out != nil {
			out = append(out, w)
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// withoutReach is how many words after a "without" another, joined by
// "and", may stand to be read as the same one said again.
const withoutReach = 8
