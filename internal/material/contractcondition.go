package material

// contractCondition reports changed words (folded) that only say a
// commitment holds as far as a contract or an agreement provides for it:
// "where the client's contract provides for this", "if your agreement
// with us allows it", "to the extent our terms permit". Such a condition
// limits the commitment it is put on (help with a request, a notice, a
// disclosure) as lawCondition's "where the law requires it" does, and is
// no legal basis of processing, though "contract" is a word of that
// category: the legal basis a contract gives is processing necessary to
// perform it (GDPR Art. 6(1)(b)), which these words do not say. A
// necessity, a performance or a processing named among the words
// ("where necessary to perform our contract with you") is that basis,
// and keeps it.
func contractCondition(changed []string) bool {
	contract, cond := false, false
	for _, w := range changed {
		switch {
		case w == "contract" || w == "contracts" || w == "agreement" || w == "agreements":
			contract = true
		case w == "where" || w == "if" || w == "when" || w == "extent" || w == "insofar" || w == "provided":
			cond = true
		case lawConditionWords[w] || contractConditionWords[w]:
		default:
			return false
		}
	}
	return contract && cond
}

// contractConditionWords are the other words of such a condition, as
// folded: who the contract is with, and what it does to the commitment.
var contractConditionWords = map[string]bool{
	"and": true, "or": true, "provides": true, "provide": true, "for": true, "client": true, "clients": true,
	"client's": true, "customer": true, "customers": true, "customer's": true, "your": true, "our": true, "their": true,
	"its": true, "his": true, "her": true, "a": true, "an": true, "relevant": true, "such": true, "otherwise": true,
	"states": true, "says": true, "specifies": true, "agreed": true, "between": true, "you": true, "we": true, "them": true,
}
