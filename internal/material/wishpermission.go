package material

// The reader's wish put as a condition on what the reader may do adds no
// condition: "If you wish to opt out of marketing messages, you can do so
// by visiting …" offers what "You can opt out of marketing messages by
// visiting …" offers, and "If you prefer, you can choose to set your
// browser to reject cookies" what "You can choose …" does (b72-38, a UX
// writer's cut). A permission is the reader's to use or leave: the one
// who wishes is the one permitted. A wish on what the company does ("If
// you wish, we will delete your data") is a condition of its act, and a
// wish before a duty of the reader's ("you must contact us") is not read
// so. wishAsPurpose (force.go) reads the wish said as a purpose ("If you
// would like to exercise these rights, write to us").

// wishPermission returns ws without the "if" of each "if you (would)
// wish/prefer/want/like" ("if you'd prefer"; or a verb of volition:
// "hope", "intend") said beside the reader's permission: "you may"
// ("can" folds to it), "you are able", a word or two between ("you may
// usually choose"), or "allows you", within fifteen words after the wish
// or, for a bare wish closing the clause, before it ("you can reject
// cookies if you prefer", b30-42), no company's modal ("we will") between
// or after. "You may be" and "you may not" say
// what may befall the reader or forbid: no permission. ws is not changed.
func wishPermission(ws []string) []string {
	var drop []int
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] != "if" {
			continue
		}
		j := i + 1
		switch ws[j] {
		case "you":
			j++
			if ws[j] == "would" && j+1 < len(ws) {
				j++
			}
		case "you'd", "you’d":
			j++
		default:
			continue
		}
		if !wishVerbs[ws[j]] && !volitionVerbs[ws[j]] {
			continue
		}
		// The clause after the wish first: "If you wish, we will
		// delete it" is the company's act, whatever came before.
		if after, blocked := readerPermissionNear(ws, j+1, 1); after || !blocked && tailWish(ws, j+1) {
			if b, _ := readerPermissionNear(ws, i-1, -1); after || b {
				drop = append(drop, i)
			}
		}
	}
	return dropAt(ws, drop)
}

// readerPermissionNear reports the reader's permission within fifteen
// words of ws from at, walking forward (step 1) or back (-1), no "we"
// and a modal between ("the safeguards we use" describes what the
// reader would like; "if you wish, we will delete it": the company acts).
func readerPermissionNear(ws []string, at, step int) (found, blocked bool) {
	for n, k := 0, at; n < 15 && k >= 0 && k < len(ws); n, k = n+1, k+step {
		switch ws[k] {
		case "we":
			if k+1 < len(ws) && companyModals[ws[k+1]] {
				return false, true
			}
		case "you":
			if k > 0 && permitVerbs[ws[k-1]] {
				return true, false // "we allow you to do that"
			}
			for m := k + 1; m < len(ws) && m <= k+3; m++ {
				if ws[m] == "able" || ws[m] == "may" && !(m+1 < len(ws) && (ws[m+1] == "be" || ws[m+1] == "not")) {
					return true, false
				}
				if ws[m] == "must" || ws[m] == "will" || ws[m] == "should" || ws[m] == "not" {
					return false, true
				}
			}
		}
	}
	return false, false
}

// tailWish reports a bare wish ("if you prefer", "if you wish") that
// closes the text or a clause: nothing after it, or a conjunction.
func tailWish(ws []string, k int) bool {
	return k == len(ws) || gerundOpeners[ws[k]]
}

// permitVerbs grant the reader a power: "we allow you to", "lets you".
var permitVerbs = map[string]bool{"allow": true, "allows": true, "let": true, "lets": true, "enable": true, "enables": true, "permit": true, "permits": true}

// companyModals are the modals of a clause the company acts in: "we will",
// "we may" ("can" folds to it).
var companyModals = map[string]bool{"will": true, "may": true, "must": true, "shall": true, "would": true, "should": true}
