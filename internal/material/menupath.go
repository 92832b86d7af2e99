package material

import (
	"strings"
)

// A path through an app's menus, written the way help pages write it
// ("under Settings > Privacy", "Settings > Privacy > Retention"), names
// the screens a reader clicks through: labels, not a party or a tracker.
// b75-06's "(in most browsers, under Settings > Privacy)" was reported as
// "New tracker: Settings Privacy". A label WordNet or the rulebook knows
// word for word is read in lower case, as the words it is; a label that is
// a name ("Settings > Integrations > Zendesk") stays one, and is judged
// as any name written mid-sentence.

// menuPathRE is two or more capitalised labels joined by " > " or " › ".
var menuPathRE = mustPattern(`\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3}(?:\s+[>›]\s+\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3})+`)

// menuLabels returns s with each label of a menu path that is ordinary
// words put in lower case.
func (c *classifier) menuLabels(s string) string {
	return menuPathRE.ReplaceAllStringFunc(s, func(path string) string {
		labels := strings.FieldsFunc(path, func(r rune) bool { return r == '>' || r == '›' })
		for i, l := range labels {
			if l = strings.TrimSpace(l); c.ordinaryWords(l) {
				labels[i] = " " + strings.ToLower(l) + " "
			}
		}
		return strings.TrimSpace(strings.Join(labels, ">"))
	})
}
