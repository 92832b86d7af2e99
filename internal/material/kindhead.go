package material

// A noun of data after the word that says which kind ("booking
// information" → "booking details", "device information" → "device
// details") names the same data: the kind is the word before it, and it
// is kept. So is such a noun put after a kind the other side names alone
// ("bank account and any feedback" → "bank account details and any
// feedback", "Order and account details" → "Order details and account
// details"): what is collected about a bank account is its details
// (b107-04, b107-11, b109-01, b93-43). A kind changed ("contact
// information" → "billing information") is another word, read elsewhere
// (dataKindChanged).

// kindHeadTraded returns a test for a noun of data (kindHeads) that old
// and new write after the same noun of kind, one side with another noun
// of data in its place or, as an item of a list (before "and" or "or", or
// last), with none.
func kindHeadTraded(old, new []string) func(string) bool {
	wn := wordNet()
	noun := func(w string) bool {
		e := wn.entries(w)
		return len(e) > 0 && e[0].pos[0] == 'n' && !generalKinds[w] && !isNumber(w)
	}
	// headed reports a noun of data at ws[i] after a noun of kind that
	// other writes with another noun of data after it, or with the word
	// after ws[i] after it.
	headed := func(ws, other []string, i int) bool {
		if i == 0 || !kindHeads[ws[i]] || !noun(ws[i-1]) {
			return false
		}
		for j := 0; j+1 < len(other); j++ {
			if other[j] != ws[i-1] {
				continue
			}
			if kindHeads[other[j+1]] && other[j+1] != ws[i] {
				return true // "booking information" → "booking details"
			}
			if i+1 < len(ws) && other[j+1] == ws[i+1] && (ws[i+1] == "and" || ws[i+1] == "or") {
				return true // an item of a list: "account and" → "account details and"
			}
		}
		if i+1 == len(ws) && other[len(other)-1] == ws[i-1] {
			return true // the last words: "… bank account" → "… bank account details"
		}
		return false
	}
	traded := map[string]bool{}
	for _, side := range [2][2][]string{{old, new}, {new, old}} {
		for i := range side[0] {
			if headed(side[0], side[1], i) {
				traded[side[0][i]] = true
			}
		}
	}
	return func(w string) bool { return traded[w] }
}
