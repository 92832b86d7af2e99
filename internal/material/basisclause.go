package material

import "github.com/redline-legal/redline/internal/redline"

// A clause that states only the ground an act rests on, added to or taken
// from a sentence whose act stays as it was ("we will continue to keep
// your Personal Information confidential" → "…, consistent with our
// legitimate interest, we will …", b50-43), changes the legal basis of
// that act, whatever the act is about: the reader learns on what ground,
// not what is done. The sentence's other words (a merger, notice before a
// transfer) say what the act is; the clause is what changed.

// basisGrounds are the words that name a lawful ground, folded.
var basisGrounds = map[string]bool{"legitimate": true, "consent": true, "obligation": true, "contract": true,
	"permitted": true, "permit": true, "permits": true, "vital": true}

// basisFrame are the other words a clause of ground is written with.
var basisFrame = map[string]bool{"interest": true, "interests": true, "consistent": true, "with": true, "based": true,
	"basis": true, "bases": true, "on": true, "upon": true, "our": true, "your": true, "a": true, "the": true, "legal": true,
	"lawful": true, "explicit": true, "express": true, "prior": true, "applicable": true, "law": true, "laws": true,
	"by": true, "as": true, "otherwise": true, "where": true, "we": true, "have": true, "rely": true, "reliance": true,
	"in": true, "pursuant": true, "to": true, "and": true, "or": true, "of": true, "under": true, "public": true, "task": true}

// groundOnly reports words changed that are all a clause of lawful ground
// and name one: "consistent with our legitimate interest", "based on your
// consent", "where applicable law permits".
func groundOnly(removed, added []string) bool {
	if len(removed)+len(added) == 0 || len(removed) > 0 && len(added) > 0 {
		return false // a ground added or removed, not one ground traded for another's words
	}
	ground := false
	for _, ws := range [2][]string{removed, added} {
		for _, w := range ws {
			switch {
			case basisGrounds[w]:
				ground = true
			case !basisFrame[w]:
				return false
			}
		}
	}
	return ground
}

// groundChange reports a change whose words changed are only a clause of
// lawful ground (groundOnly).
func (c *classifier) groundChange(ch redline.Change) bool {
	r, a := diffWords(c.ix.fold(ch.Old), c.ix.fold(ch.New))
	return groundOnly(r, a)
}
