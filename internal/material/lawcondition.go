package material

// lawCondition reports changed words (folded) that only say a commitment
// holds as far as the law makes it: "where the law requires them", "where
// required by applicable law", "to the extent permitted by law". Such a
// condition limits the commitment it is put on (safeguards for a transfer,
// notice of a change, a disclosure), and is no legal basis of processing,
// though "required by law" is a word of that category: the words both
// sides share say what is limited. A condition word ("where", "if",
// "when", "to the extent") is among them, or the force found is one.
func lawCondition(changed []string) bool {
	law := false
	for _, w := range changed {
		switch {
		case w == "law" || w == "laws" || w == "legally" || w == "legislation" || w == "regulation" || w == "regulations":
			law = true
		case lawConditionWords[w]:
		default:
			return false
		}
	}
	return law
}

// lawConditionWords are the other words of such a condition, as folded.
var lawConditionWords = map[string]bool{
	"where": true, "if": true, "when": true, "as": true, "to": true, "the": true, "extent": true, "insofar": true,
	"required": true, "requires": true, "require": true, "requirement": true, "requirements": true,
	"permitted": true, "permits": true, "permit": true, "allowed": true, "allows": true,
	"by": true, "under": true, "in": true, "accordance": true, "with": true, "applicable": true, "relevant": true, "local": true,
	"it": true, "them": true, "us": true, "so": true, "do": true, "this": true, "that": true, "is": true, "are": true,
}
