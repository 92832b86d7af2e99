package material

// A purpose clause opened by "so that" or "in order that" takes a modal
// verb by grammar: "User actions are recorded … so that unauthorised
// access or misuse can be detected" says what the logs are for, as "…
// logs record user actions to detect unauthorised access" does (b44-35).
// Its "can" or "may" permits nothing, and is no force of the commitment;
// a modal of the main clause ("logs may record user actions") still is.

// purposeModalWords are the modal verbs a purpose clause is written with.
var purposeModalWords = map[string]bool{"can": true, "could": true, "may": true, "might": true, "will": true, "would": true}

// purposeSubjects are the subjects a purpose clause opened by "so" alone
// has: "so it can carry out the repair" (b10-19).
var purposeSubjects = map[string]bool{"it": true, "they": true, "we": true, "he": true, "she": true}

// soNotPurpose are words before a "so" that is no purpose: "if so, we
// will delete it", "to do so".
var soNotPurpose = map[string]bool{"if": true, "do": true, "doing": true, "done": true, "not": true, "even": true}

// purposeModal returns ws without the first modal verb of each "so that"
// or "in order that" clause, or of "so" with a subject of our own or a
// third party's ("so it can"), but for a clause whose subject is the
// reader, whose "can" is what the reader may do where other says it
// without a purpose clause ("to allow you to correct" → "so that you can
// correct"), within the eight words after it, a comma or
// a "but" ending the clause first. ws is not changed.
func purposeModal(ws, other []string) []string {
	readerToo := hasPurposeClause(other) // "so that it can provide" → "so that you can receive" (b11-40)
	var drop []int
	for i := 0; i+1 < len(ws); i++ {
		start := 0
		switch {
		case ws[i] == "so" && ws[i+1] == "that":
			start = i + 2
		case ws[i] == "in" && i+2 < len(ws) && ws[i+1] == "order" && ws[i+2] == "that":
			start = i + 3
		case ws[i] == "so" && i+2 < len(ws) && purposeSubjects[ws[i+1]] && (ws[i+2] == "can" || ws[i+2] == "may" || ws[i+2] == "could") && (i == 0 || !soNotPurpose[ws[i-1]]):
			start = i + 1 // "so it can carry out the repair"
		default:
			continue
		}
		if (ws[start] == "you" || ws[start] == "users") && !readerToo {
			continue // "so that you can correct it": what the reader may do (b41-29)
		}
		for j := start; j < min(len(ws), start+8); j++ {
			if ws[j] == "," || ws[j] == "but" || ws[j] == "only" || ws[j] == "not" {
				break // "so that only staff can", "so that it cannot": a limit, left as it is
			}
			if purposeModalWords[ws[j]] {
				drop = append(drop, j)
				break
			}
		}
	}
	return dropAt(ws, drop)
}

// hasPurposeClause reports a "so that" or "in order that" in ws.
func hasPurposeClause(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i+1] == "that" && (ws[i] == "so" || ws[i] == "order" && i > 0 && ws[i-1] == "in") {
			return true
		}
	}
	return false
}
