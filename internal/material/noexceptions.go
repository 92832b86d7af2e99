package material

// "No exceptions." put after a sentence that binds every one of a set
// ("Every internal staff account has to use MFA. No exceptions.", b77-07),
// or "without exception" closing it ("All accounts must use MFA, without
// exception"), says again what the universal quantifier before it says:
// a rule for all admits none outside it. The emphasis adds no limit and
// lifts none. Only after a universal ("all", "every", "each") of the same
// text is it read so: "We do not sell your data. No exceptions." has no
// set it restates, and is compared as written; and the quantifier itself
// is still compared with the other side's, so an exception the other side
// made ("for all accounts, except service accounts") is still one lifted.

// universalNoException returns folded words ws without each "no
// exception(s)" or "without (any) exception" that follows a universal
// quantifier of ws. ws is not changed.
func universalNoException(ws []string) []string {
	var drop []int
	universal := false
	for i := 0; i < len(ws); i++ {
		switch w := ws[i]; {
		case w == "all" || w == "every" || w == "each":
			universal = true
		case universal && (w == "no" || w == "without") && i+1 < len(ws):
			j := i + 1
			if w == "without" && ws[j] == "any" && j+1 < len(ws) {
				j++
			}
			if exceptionNouns[ws[j]] {
				for k := i; k <= j; k++ {
					drop = append(drop, k)
				}
				i = j
			}
		}
	}
	return dropAt(ws, drop)
}
