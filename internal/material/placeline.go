package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A line that gives only a date, or only a link's title, still says which
// places it speaks of. "Effective Date in EEA & UK: April 30, 2024" →
// "Effective Date in EEA, UK, and Switzerland: April 30, 2024" (b51-16)
// says the policy now covers readers in one more country; "UK & EU
// RESIDENTS' RIGHTS" → "UK, EU, & EMEA RESIDENTS' RIGHTS" as the title of
// a section (b51-09) gives the section's rights to more readers. What the
// policy covers, and who holds its rights, are terms a reader is told of
// (GDPR Art. 13, the rubric's scope and rights); the rules that read such
// a line as a date or a title alone would call either change minor.

// placeLine returns a material verdict for a changed line whose places
// differ, each place read however it is written ("EEA" and "European
// Economic Area" are one, as are "U.S." and "US"): rights where the line
// speaks of rights, scope otherwise.
func (c *classifier) placeLine(ch redline.Change) (Verdict, bool) {
	if ch.Kind != redline.Replace {
		return Verdict{}, false
	}
	// The places the reader sees: a link's target is no place of the line.
	ro, rn := readable(ch.Old), readable(ch.New)
	ko, _ := c.places(ro)
	kn, _ := c.places(rn)
	var added, removed []string
	for k := range kn {
		if !ko[k] && !c.placeNamedIn(k, rn, ro) {
			added = append(added, k)
		}
	}
	for k := range ko {
		if !kn[k] && !c.placeNamedIn(k, ro, rn) {
			removed = append(removed, k)
		}
	}
	if len(added)+len(removed) == 0 {
		return Verdict{}, false
	}
	slices.Sort(added)
	slices.Sort(removed)
	cat := "scope"
	if containsFold(ch.Old, "right") && containsFold(ch.New, "right") {
		cat = "rights"
	}
	if c.rb.categoryIndex(cat) < 0 {
		return Verdict{}, false
	}
	v := c.material(ch, cat+".place", &signals{}, removed, added, "")
	var what []string
	if len(added) > 0 {
		what = append(what, "added "+quoteWords(added))
	}
	if len(removed) > 0 {
		what = append(what, "removed "+quoteWords(removed))
	}
	v.Reason = fmt.Sprintf("%s: the places the line speaks of changed, %s: %s", c.label(cat), strings.Join(what, ", "), quoteChange(ch.Old, ch.New))
	return v, true
}

// placeNamedIn reports a place of key k, named in text by a name of more
// than one word whose last word is itself a country the other text still
// writes: "South Korea" and "the Republic of Korea" are one country. A
// continent's part is no such name: "North America" is not "South
// America", nor "South Africa" Africa.
func (c *classifier) placeNamedIn(k, text, other string) bool {
	for name := range c.ix.countries {
		sp := strings.LastIndexByte(name, ' ')
		if sp < 0 || !strings.Contains(text, name) || placeKey(name) != k {
			continue
		}
		if last := name[sp+1:]; c.ix.countries[last] && !continents[last] && hasWordAt(other, last) {
			return true
		}
	}
	return false
}

// continents are the places named by the last word of the names of their
// parts ("South America", "North Africa").
var continents = map[string]bool{"Africa": true, "America": true, "Asia": true, "Europe": true}
