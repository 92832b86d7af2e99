package material

// "Where we transfer personal information from the United Kingdom to a
// Restricted Country, we do so in accordance with the standard
// contractual clauses" says how every such transfer is made, as
// "Transfers of personal information … are made in accordance with the
// standard contractual clauses" does (b45-31): the "where" clause names
// the act the main clause takes up with "do so", and is the topic of the
// sentence, no condition on it. A condition of another kind ("Where
// required by law, we transfer …") or a "do so" that a condition of ours
// does not name ("If you ask us, we will do so") still counts.

// doSoTopic returns ws without the "where", "when", "whenever" or "if" that
// opens a clause of ours ("where we transfer …") which the main clause
// takes up at once with "we do so" (does, will). ws is not changed.
func doSoTopic(ws []string) []string {
	var drop []int
	for i := 0; i+2 < len(ws); i++ {
		switch ws[i] {
		case "where", "when", "whenever", "if":
		default:
			continue
		}
		if ws[i+1] != "we" {
			continue
		}
		// The main clause: "we do so", within 25 words, at the start of
		// it (after the clause the condition states).
		for j := i + 3; j+2 < len(ws) && j < i+28; j++ {
			if ws[j] == "we" && (ws[j+1] == "do" || ws[j+1] == "will" && ws[j+2] == "do") {
				k := j + 2
				if ws[j+1] == "will" {
					k++
				}
				if k < len(ws) && ws[k] == "so" {
					drop = append(drop, i)
				}
				break
			}
			if ws[j] == "where" || ws[j] == "when" || ws[j] == "if" || ws[j] == "unless" {
				break
			}
		}
	}
	return dropAt(ws, drop)
}
