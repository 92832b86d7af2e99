package material

// concessives open a clause conceded before the one that counts: "While
// we strive to protect your information, no method is secure".
var concessives = map[string]bool{"while": true, "whilst": true, "although": true}

// concessionAsBut returns folded words ws without the concessive that
// opens a clause where the other side joins the same two clauses with
// "but", and other without that "but": "While we strive to protect your
// information, no security measure is foolproof" is "We strive to protect
// your information, but no security measure is foolproof". The concession
// is no condition: the clause after it is a denial ("no", "not", "never")
// on both sides, which a "while" of time ("While you are signed in, we
// keep your session") does not open with. Where nothing matches, ws and
// other are returned as they are; a copy is returned when a word is
// dropped.
func concessionAsBut(ws, other []string) (o, n []string) {
	at := -1
	for i, w := range ws {
		if concessives[w] {
			if at >= 0 {
				return ws, other
			}
			at = i
		}
	}
	if at < 0 {
		return ws, other
	}
	but := -1
	for j, w := range other {
		if concessives[w] {
			return ws, other
		}
		if w == "but" {
			if but >= 0 {
				return ws, other
			}
			but = j
		}
	}
	if but < 0 || but+1 >= len(other) || !denialOpens(other[but+1:]) {
		return ws, other
	}
	// The same denial follows the conceded clause on this side.
	for k := at + 1; k < len(ws); k++ {
		if ws[k] == "but" {
			return ws, other
		}
		if ws[k] == other[but+1] && denialOpens(ws[k:]) {
			return dropAt(ws, []int{at}), dropAt(other, []int{but})
		}
	}
	return ws, other
}

// denialOpens reports a clause that opens with a denial within its first
// three words: "no method", "we may not guarantee" ("cannot" folds to "may
// not"), "nothing is".
func denialOpens(ws []string) bool {
	for k := 0; k < len(ws) && k < 3; k++ {
		switch ws[k] {
		case "no", "not", "never", "nothing", "none":
			return true
		}
	}
	return false
}
