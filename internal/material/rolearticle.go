package material

// "Teads is the data controller" names the one controller; "Teads is a
// data controller" one of several, whose others the reader is not told
// of. The article before a role of the GDPR says whether the party is
// alone in it, so "the" for "a" there is no grammar.

// roleNouns are the roles of a party under data-protection law whose
// article says whether another party shares them.
var roleNouns = map[string]bool{"controller": true, "processor": true, "representative": true, "co-controller": true, "subprocessor": true, "sub-processor": true}

// roleArticle returns the role noun whose article changed between "the"
// and "a" or "an", the rest the same: "is the data controller" → "is a
// data controller". It returns "" otherwise.
func roleArticle(old, new []string) string {
	at, os, ns := changedSpan(old, new)
	if os != at+1 || ns != at+1 || !definiteSwap(old[at], new[at]) {
		return "" // not one word traded for one
	}
	for j := at + 1; j < len(old) && j <= at+3; j++ {
		if roleNouns[old[j]] {
			return old[j]
		}
		if old[j] != "data" && old[j] != "joint" && old[j] != "independent" && old[j] != "sole" && old[j] != "protection" {
			return ""
		}
	}
	return ""
}

// definiteSwap reports "the" traded for "a" or "an", or back.
func definiteSwap(a, b string) bool {
	indef := func(w string) bool { return w == "a" || w == "an" }
	return a == "the" && indef(b) || b == "the" && indef(a)
}
