package material

import "strings"

// complaintAuthority reports names es each in a sentence of text (as
// written) that tells the reader they may complain to an authority ("You
// have the right to make a complaint to the Swedish Authority for Privacy
// Protection", "lodge a complaint with your local data protection
// authority") and shares nothing: such a name is the authority of that
// right, not a recipient of data.
func complaintAuthority(text string, es []string) bool {
	if len(es) == 0 || !strings.Contains(text, "omplain") {
		return false
	}
	sens := sentences(text)
	for _, e := range es {
		s := strings.ToLower(sentenceWith(sens, e))
		if !strings.Contains(s, "complain") || !containsAny(s, authorityWords) || containsAny(s, sharingStems) {
			return false
		}
	}
	return true
}

// authorityWords say a body is a public authority; sharingStems that data
// goes to it.
var (
	authorityWords = []string{"authority", "authorities", "commission", "commissioner", "regulator", "supervisory", "ombudsman", "data protection"}
	sharingStems   = []string{"share", "sharing", "disclos", "sell", "transfer", "provide your", "provide it", "send your", "pass your"}
)
