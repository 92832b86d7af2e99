package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A link to a legal act that now points to another act changes what the
// sentence relies on, though no word of it changed: Linear's "… the
// Standard Contractual Clauses" linked to Commission Decision 2010/87/EU
// (CELEX 32010D0087) and then to Decision 2021/914 (32021D0914), the
// clauses that replaced them (ota-122 023, a miss read "Only the address
// of a link on the same site changed"). EUR-Lex names each act by its
// CELEX number; two addresses of one act (a new host, a language, a
// scheme) keep it, and are judged as any link moved.

// celexRE is a CELEX number in a link's address, its colon perhaps
// percent-escaped: "uri=celex%3A32010D0087", "CELEX:32016R0679".
var celexRE = mustPattern(`(?i)celex(?::|%3A)(\d{5}[A-Z]{1,2}\d{4})`)

// celexNumbers returns the CELEX numbers s links to, in order, each once.
func celexNumbers(s string) []string {
	if !containsFold(s, "celex") {
		return nil
	}
	var out []string
	for _, m := range celexRE.FindAllStringSubmatch(s, -1) {
		if id := strings.ToUpper(m[1]); !slices.Contains(out, id) {
			out = append(out, id) // a link that shows its address names its act twice
		}
	}
	return out
}

// celexVerdict reports a change whose links name other acts than before,
// as many of them, and whose words, web addresses aside, are the same.
func (c *classifier) celexVerdict(ch redline.Change) (Verdict, bool) {
	if ch.Kind != redline.Replace {
		return Verdict{}, false
	}
	o, n := celexNumbers(ch.Old), celexNumbers(ch.New)
	if len(o) == 0 || len(o) != len(n) || slices.Equal(o, n) || !equalWords(c.ix.fold(urlRE.ReplaceAllString(ch.Old, " ")), c.ix.fold(urlRE.ReplaceAllString(ch.New, " "))) {
		return Verdict{}, false
	}
	var from, to []string
	for i := range o {
		if o[i] != n[i] {
			from, to = append(from, o[i]), append(to, n[i])
		}
	}
	k, _, _ := c.categorize(c.ix.fold(ch.New), nil, c.headingWords(ch.Section))
	if k == "" {
		k = "unclassified"
	}
	v := c.material(ch, k+".act", &signals{}, nil, nil, "")
	v.Reason = fmt.Sprintf("%s: the same words now link to another legal act: CELEX %s → %s", c.label(k), strings.Join(from, ", "), strings.Join(to, ", "))
	return v, true
}
