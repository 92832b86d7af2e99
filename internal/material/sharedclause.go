package material

// sharingClause reports an item, folded, that is a clause of its own
// whose verb hands data over: "we" (or "us") and, within two words, a
// verb of disclosure ("and we may share a hashed version of your email
// address to facilitate customized ad campaigns", "and we disclose your
// name"). What such a clause adds is a sharing, whatever it says the
// sharing is for: recipients, not the purposes its "to" names.
func sharingClause(item []string) bool {
	for i, w := range item {
		if w != "we" {
			continue
		}
		for _, v := range item[i+1 : min(len(item), i+4)] {
			if disclosureVerb(v) {
				return true
			}
		}
	}
	return false
}
