package material

import "strings"

// "Standard Contractual Clauses where required" and "… save where they
// are not required" hold in the same cases: an exception for where a
// condition does not hold is that condition. A lawyer rewriting
// exceptions (batch 342) wrote five such, "where applicable" → "save
// where not applicable", "where appropriate, shared" → "shared …, save
// where it would not be appropriate", each read as a limit added. The
// exception is read as the condition it denies, and the rest judged
// alone. "Save where required" (no "not") is the opposite of "where
// required" and is left as written.

// exceptNotRE is an exception for where a condition does not hold: "save
// where they are not required", "except where none is implemented",
// "save where it would not be appropriate".
var exceptNotRE = mustPattern(`(?i)\b(?:save|except)\s+(?:where|when|if)\s+(?:(?:(?:it|they|this|that|these|those)\s+(?:is|are|would|does|do|has|have)\s+(?:not|n't)\s+(?:be\s+|been\s+)?)|(?:not\s+)|(?:none\s+(?:is|are)\s+))([a-z]+)\b`)

// doubleNegationOut returns old and new with each exception for where a
// condition does not hold said as that condition ("where required"),
// where the other side names the condition and not the exception; what
// is "" where there is none.
func doubleNegationOut(old, new string) (o, n, what string) {
	var said []string
	rewrite := func(s, other string) string {
		return exceptNotRE.ReplaceAllStringFunc(s, func(m string) string {
			cond := exceptNotRE.FindStringSubmatch(m)[1]
			if !containsFold(other, "where "+strings.ToLower(cond)) && !containsFold(other, "where it is "+strings.ToLower(cond)) {
				return m
			}
			said = append(said, "'"+m+"'")
			return "where " + cond
		})
	}
	o, n = rewrite(old, new), rewrite(new, old)
	if len(said) == 0 {
		return old, new, ""
	}
	return o, n, strings.Join(said, ", ") + " said as the condition it denies"
}
