package material

import (
	"strings"
	"testing"
)

// TestGlossAppositive: a gloss after a comma that closes the sentence
// says who a party already named is ("the client responsible for the
// data, usually the store or brand you bought from", b75-50; "its
// clients, the ecommerce businesses whose customers we support", b75-42):
// the same party, the same commitments, as the same words in brackets
// are. "usually" says how often the description fits; "the store" is a
// shop, not storage; "whose customers we support" picks the clients out.
// Each twin keeps the shape and names a party, a figure, a place or a use
// of data in the gloss, says what we do outside a relative clause, hedges
// the sentence itself, glosses what a denial is about or ends a list, and
// stays material.
func TestGlossAppositive(t *testing.T) {
	rb := Builtin()
	const rights, direct = "Individual Rights", "Requests should be directed to the client responsible for the data"
	const assist = " omnie will assist clients in fulfilling such requests where applicable."
	const role, acts = "Role of omnie", "omnie acts as a service provider (processor) on behalf of its clients"
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b75-50 alone", rights, direct + "." + assist, direct + ", usually the store or brand you bought from." + assist, false},
		{"b75-42 alone", role, acts + ".", acts + ", the ecommerce businesses whose customers we support.", false},
		{"in brackets", rights, direct + "." + assist, direct + " (usually the store or brand you bought from)." + assist, false},
		{"taken out", role, acts + ", the ecommerce businesses whose customers we support.", acts + ".", false},
		// twins
		{"a party in the gloss", rights, direct + "." + assist, direct + ", usually the store you bought from or Zendesk." + assist, true},
		{"a figure in the gloss", rights, direct + "." + assist, direct + ", usually the store that answers within 30 days." + assist, true},
		{"a place in the gloss", role, acts + ".", acts + ", the ecommerce businesses in the United States.", true},
		{"a use of data in the gloss", role, acts + ".", acts + ", the ecommerce businesses whose customers we track.", true},
		{"we, outside a relative", role, acts + ".", acts + ", the businesses we sell your data to.", true},
		{"the sentence hedged", rights, direct + "." + assist, "Requests should usually be directed to the client responsible for the data." + assist, true},
		{"a denial's object glossed", "Sharing", "We do not share data with third parties.", "We do not share data with third parties, usually the companies that we work with.", true},
		{"an item of a list", "Who can see your data", "Our staff may access your data for: support, billing.", "Our staff may access your data for: support, billing, the customers whose accounts we manage.", true},
		{"keeping, said with the noun", rights, direct + "." + assist, direct + ", the store where we keep your data for 7 years." + assist, true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
