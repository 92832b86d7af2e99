package material

// automatedDecisionRight reports a sentence, folded, about a right of the
// reader's whose object is an automated decision: "You have the right to
// object and prevent any decision … from being made solely based on
// automated processes", "the right not to be subject to automated
// decision-making". Such a right is its own item of what a policy must
// say (GDPR Art. 13(2)(f), Art. 22): a change to it, or to its limits,
// is about automated decisions, not the rights of access or erasure.
// Profiling alone is not enough: the right to object to it is Art. 21's.
func (c *classifier) automatedDecisionRight(ws []string) bool {
	right, automated, decision := false, false, false
	for i, w := range ws {
		switch w {
		case "right", "rights", "object", "objection":
			right = true
		case "automated", "automatic", "automatically":
			automated = true
		case "decision", "decisions", "decision-making":
			decision = true
		case "making":
			decision = decision || i > 0 && ws[i-1] == "decision"
		}
	}
	return right && automated && decision
}
