package material

// A right of the reader's named as such, or put as a bare verb under one,
// is a power of the user's as much as "you can …" is: "at any time"
// taken from it limits when it may be used. "Right to Withdraw Consent
// (Art. 7): Withdraw consent at any time where processing is based on
// consent" → "… Withdraw consent where processing is based on consent"
// (the OmniOps seed's rights list) read "Same commitments, reworded",
// since userPower asks for "you" and a permission. A right the company
// reserves ("We reserve the right to change this policy at any time")
// is no power of the reader's.

// rightNamedPower reports folded words that name a right of the reader's
// ("right to", "right of", not reserved by the company) or open with a
// right's bare verb (imperativeRight).
func (c *classifier) rightNamedPower(ws []string) bool {
	// "(Art. 7): Withdraw consent …": a pinpoint cut off as a sentence
	// of its own leaves its number before the verb.
	bare := ws
	for len(bare) > 0 && isNumber(bare[0]) {
		bare = bare[1:]
	}
	if c.imperativeRight(bare) {
		return true
	}
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "right" || ws[i+1] != "to" && ws[i+1] != "of" {
			continue
		}
		reserved := false
		for j := max(0, i-3); j < i; j++ {
			switch ws[j] {
			case "reserve", "reserves", "reserved", "we", "our", "us", "retain", "retains":
				reserved = true
			}
		}
		if !reserved {
			return true
		}
	}
	return false
}
