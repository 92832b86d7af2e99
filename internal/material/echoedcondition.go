package material

// A condition whose clause is only the verb "do" standing for the act the
// sentence before it names ("We may update this policy. When we do, we
// will post it here"; "We may add further companies. When we do so, we
// will update this notice", a seed) puts no condition the text did not
// already put: the act it waits for is the one just said, and what
// follows it is done on that act either way ("We will notify you of any
// changes by posting …" → "When we do, we will post …", b62-37, b66-40).
// A clause of its own ("when we do so for marketing", "if we do not")
// is a condition and still counts. Where both sides echo, neither echo
// counts. Where the other side says as many
// conditions, one of them is the echo said in full ("should you choose
// to decline cookies" → "If you do", b66-14), and both are compared.

// echoedCondition returns ws without the word of condition of each "when
// we do (so)", "if we do this", "whenever we do it", where other states
// fewer conditions; ws itself when there is none. ws is not changed.
func (ix *index) echoedCondition(ws, other []string) []string {
	var drop []int
	for i := 0; i+2 < len(ws); i++ {
		if echoConditions[ws[i]] && echoedAt(ws, i) {
			drop = append(drop, i)
		}
	}
	if len(drop) == 0 || ix.condition < 0 {
		return ws
	}
	for i := 0; i+2 < len(other); i++ {
		if echoedAt(other, i) {
			// Both sides echo: the echoes are the same condition, and
			// neither counts ("When we do so, we will update this
			// notice" → "… update this notice where required" puts a
			// condition, b123-13).
			return dropAt(ws, drop)
		}
	}
	co, _ := ix.forces(other)
	cw, _ := ix.forces(ws)
	if co[ix.condition] >= cw[ix.condition] {
		return ws
	}
	return dropAt(ws, drop)
}

// echoConditions open a condition of time or case: a closed class of
// subordinating conjunctions.
var echoConditions = map[string]bool{"when": true, "if": true, "whenever": true, "once": true}

// echoSubjects are the subjects of a pro-verb "do": the parties.
var echoSubjects = map[string]bool{"we": true, "you": true, "they": true}

// echoObjects are the pro-forms "do" takes for the act it stands for.
var echoObjects = map[string]bool{"so": true, "this": true, "that": true, "it": true}

// clauseOpeners may open the clause after the condition: a pronoun or a
// determiner, its subject. Anything else after "do" is an object of the
// verb ("when we do business with you") or a negation ("if we do not").
var clauseOpeners = map[string]bool{"we": true, "you": true, "they": true, "it": true, "your": true, "our": true, "their": true, "we'll": true}

// echoedAt reports "when we do (so)" at ws[i], said of the act before it
// and followed by the clause it conditions.
func echoedAt(ws []string, i int) bool {
	if !echoConditions[ws[i]] || !echoSubjects[ws[i+1]] || ws[i+2] != "do" && ws[i+2] != "does" {
		return false
	}
	k := i + 3
	if k < len(ws) && echoObjects[ws[k]] {
		k++
		// after a pro-form, the clause may open with any determiner
		return k < len(ws) && (clauseOpeners[ws[k]] || ws[k] == "the" || ws[k] == "this" || ws[k] == "these")
	}
	return k < len(ws) && clauseOpeners[ws[k]]
}
