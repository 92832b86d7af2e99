package material

// A sentence may open with a formula of clarification: "For clarity, we
// do not sell your personal information", "To be clear,", "For the
// avoidance of doubt,", "In other words,". The formula says how the
// sentence relates to what surrounds it (it restates or makes plain), not
// what is done: put in or taken out, the sentence commits to the same.
// The formulas are a closed class of discourse markers (metadiscourse of
// reformulation), each a fixed phrase set off by a comma at the start of
// a sentence, or set off by commas inside it ("This Privacy Policy
// explains, in plain terms, how omnie handles …", b75-41); a word of one
// that is no such aside ("we give clarity about fees") is not one.

// clarifyOpenerRE matches a formula of clarification opening a sentence.
var clarifyOpenerRE = mustPattern(`(?i)(?:^|[.!?:;]\s+|,\s+)(?:\*\*|_)?(for (?:the )?(?:avoidance of (?:any )?doubt|clarity|sake of clarity|clarification|the sake of clarity)|by way of clarification|to be clear|to clarify|to be precise|in other words|that is to say|put simply|simply put|to put it simply|in short|in brief|in summary|in (?:plain|simple) (?:terms|language|english|words)|to summari[sz]e|as a reminder)(?:\*\*|_)?\s*,\s*`)

// clarifyWords are the words of the formulas clarifyOpenerRE matches,
// but for grammar: a word left unexplained that is none of them asks for
// no reading of the sentence's start.
var clarifyWords = map[string]bool{"avoidance": true, "doubt": true, "clarity": true, "sake": true, "clarification": true, "way": true,
	"clear": true, "clarify": true, "precise": true, "other": true, "words": true, "say": true, "put": true, "simply": true, "short": true,
	"brief": true, "summary": true, "summarise": true, "summarize": true, "reminder": true, "plain": true, "simple": true, "terms": true,
	"language": true, "english": true}

// clarifyOpener returns a test for the words of a formula of clarification
// opening a sentence on one side more often than on the other. The
// sentences are read once, at the first word asked that a formula has.
func (c *classifier) clarifyOpener(old, new string) func(string) bool {
	var words map[string]bool
	asked := false
	return func(w string) bool {
		if !clarifyWords[w] {
			return false
		}
		if !asked {
			asked, words = true, c.clarifyFormulaWords(old, new)
		}
		return words[w]
	}
}

// clarifyFormulaWords returns the folded words of the formulas of
// clarification of the side that opens more sentences with one, or nil.
func (c *classifier) clarifyFormulaWords(old, new string) map[string]bool {
	mo, mn := clarifyOpenerRE.FindAllStringSubmatch(old, -1), clarifyOpenerRE.FindAllStringSubmatch(new, -1)
	if len(mo) == len(mn) {
		return nil
	}
	more := mo
	if len(mn) > len(mo) {
		more = mn
	}
	words := map[string]bool{}
	for _, m := range more {
		for _, r := range rawWords(m[1]) {
			for _, w := range c.ix.fold(r) {
				words[w] = true
			}
		}
	}
	return words
}
