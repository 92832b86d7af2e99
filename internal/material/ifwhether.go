package material

import "slices"

// askVerbs are the verbs that take an indirect question: after them "if"
// asks "whether", it sets no condition ("Firefox checks with us to see if
// it is up to date" is "we check whether it is up to date").
var askVerbs = map[string]bool{
	"see": true, "check": true, "checks": true, "checking": true, "checked": true,
	"determine": true, "determines": true, "determining": true,
	"verify": true, "verifies": true, "verifying": true,
	"ascertain": true, "assess": true, "assesses": true, "assessing": true,
}

// ifAsWhether reports the "if" at ws[i] that opens the question a verb of
// checking asks, "whether" written "if": "to see if", "checks if",
// "determine if". A condition on what is done ("we share it if you
// agree", "we will let you know if it changes") is kept.
func ifAsWhether(ws []string, i int) bool {
	return ws[i] == "if" && i > 0 && askVerbs[ws[i-1]]
}

// questionIf returns folded words with each "if" that asks a question
// (ifAsWhether) written "whether", as the other side may write it; ws
// itself, and false, when there is none.
func questionIf(ws []string) ([]string, bool) {
	var out []string
	for i := 1; i < len(ws); i++ {
		if ifAsWhether(ws, i) {
			if out == nil {
				out = slices.Clone(ws)
			}
			out[i] = "whether"
		}
	}
	if out == nil {
		return ws, false
	}
	return out, true
}
