package material

import "slices"

// disclosureForms are the forms of "disclose" and the form of "share" each
// stands for.
var disclosureForms = map[string]string{"disclose": "share", "discloses": "shares", "disclosed": "shared", "disclosing": "sharing"}

// shareForms are the forms of "share".
var shareForms = map[string]bool{"share": true, "shares": true, "shared": true, "sharing": true}

// permittedDisclosure writes, in two word lists that each grant a
// permission to pass data on ("we may share", "may be disclosed") and
// deny nothing, each "disclose" so permitted as "share": the same act,
// permitted to the same parties (b14-20, b21-25). The parties, the data
// and the force around the verb are still compared, and so is a
// "disclosed" that permits nothing ("as disclosed when you sign up"). A
// denial keeps its verb as written: "we do not share" denies less than
// "we do not disclose" where the CCPA gives sharing a meaning of its own.
func permittedDisclosure(a, b []string) ([]string, []string) {
	if !mayDisclose(a) || !mayDisclose(b) {
		return a, b
	}
	rewrite := func(ws []string) []string {
		var out []string
		for i, w := range ws {
			if s := disclosureForms[w]; s != "" && permitted(ws, i) {
				if out == nil {
					out = slices.Clone(ws)
				}
				out[i] = s
			}
		}
		if out == nil {
			return ws
		}
		return out
	}
	return rewrite(a), rewrite(b)
}

// permitted reports "may" at most three words before ws[i]: "may be
// disclosed", "may also share".
func permitted(ws []string, i int) bool {
	return slices.Contains(ws[max(0, i-3):i], "may")
}

// mayDisclose reports folded words that permit passing data on, a form of
// "share" or "disclose" permitted, and deny nothing.
func mayDisclose(ws []string) bool {
	found := false
	for i, w := range ws {
		if denial(w) {
			return false
		}
		if disclosureForms[w] != "" || shareForms[w] {
			found = found || permitted(ws, i)
		}
	}
	return found
}
