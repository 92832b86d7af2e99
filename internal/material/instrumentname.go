package material

import "strings"

// instrumentOfCountry reports where the name of an instrument ends that
// the country ws[i:j] opens: the capitalised words after the country,
// words every policy capitalises among them ("Data", "Standard"), up to a
// head that makes a name a document's (documentHeads: "Agreement",
// "Clauses", "Framework"). "UK International Data Transfer Agreement",
// "EU Standard Contractual Clauses", "Swiss Data Protection Act" name a
// mechanism or a law, and the country in them only whose law it is: no
// party data is given to and no place it is sent (b80-27: "Removed
// recipient: UK International" for the same agreement written "UK IDTA
// (International Data Transfer Agreement)"). The instrument itself is
// judged as words (a mechanism dropped or swapped stays material under
// transfers), and a country named on its own elsewhere is still found.
// A country joined by a hyphen to the word before it ("EU-US Data Privacy
// Framework", "Swiss-US …") is the second of the pair the instrument
// links, and is left as found, as the first is: the pair is read alike
// on both sides of an edit. 0 where ws[i:j] is no country or no such head
// ends the run.
func (c *classifier) instrumentOfCountry(part string, ws []string, i, j int) int {
	if j >= len(ws) || !isName(ws[j]) || !c.ix.countries[strings.Join(ws[i:j], " ")] || i > 0 && strings.Contains(part, ws[i-1]+"-"+ws[i]) {
		return 0
	}
	k := j
	for k < len(ws) && isName(ws[k]) && !c.ix.countries[ws[k]] {
		k++
	}
	if k == j || !documentHeads[strings.ToLower(ws[k-1])] {
		return 0
	}
	return k
}
