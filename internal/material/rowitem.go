package material

import (
	"strings"
)

// rowItemRE is a name put into, or taken from, a list in a table's cell:
// ", Assist" after "Agents", or "Assist, " before it. Group 1 is the name:
// one to four capitalised words.
var rowItemRE = mustPattern(`^(?:,\s*|\s+(?:and|or|&)\s+)(\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*){0,3})$|^(\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*){0,3})(?:,\s*|\s+(?:and|or|&)\s+)$`)

// rowItemChanged returns the name added to (put) or removed from a list
// in one cell of a table row that names a party, the rest of the row as
// it was: Retool's subprocessors, "OpenAI, LLC | Retool AI (Agents) |
// Third-Party Model Provider" → "… | Retool AI (Agents, Assist) | …".
// What a recipient's row lists (the products it serves, its purposes) is
// what it receives data for; a name added there widens it, though the
// name is an ordinary word ("Assist"). The name must stand beside a name
// of its own kind, in capitals, so that it is an item of a list of names.
func (c *classifier) rowItemChanged(old, new string) (item, cell string, put bool) {
	ro, rn := rowCells(old), rowCells(new)
	if len(ro) < 2 || len(ro) != len(rn) || len(c.entities(ro[0])) == 0 {
		return "", "", false
	}
	diff := -1
	for i := range ro {
		if strings.TrimSpace(ro[i]) != strings.TrimSpace(rn[i]) {
			if diff >= 0 {
				return "", "", false
			}
			diff = i
		}
	}
	if diff <= 0 {
		return "", "", false
	}
	o, n := strings.TrimSpace(ro[diff]), strings.TrimSpace(rn[diff])
	short, long, put := o, n, true
	if len(o) > len(n) {
		short, long, put = n, o, false
	}
	// the text long has and short has not, all in one place
	p := 0
	for p < len(short) && short[p] == long[p] {
		p++
	}
	s := 0
	for s < len(short)-p && short[len(short)-1-s] == long[len(long)-1-s] {
		s++
	}
	if p+s != len(short) {
		return "", "", false
	}
	m := rowItemRE.FindStringSubmatch(long[p : len(long)-s])
	if m == nil {
		return "", "", false
	}
	item = m[1] + m[2]
	// its neighbour in the list is capitalised too
	before, after := strings.TrimRight(long[:p], " "), strings.TrimLeft(long[len(long)-s:], " ")
	neighbour := ""
	if m[1] != "" {
		if i := strings.LastIndexAny(before, "(,;:"); i >= 0 {
			neighbour = strings.TrimSpace(before[i+1:])
		} else {
			neighbour = before
		}
	} else {
		neighbour = after
	}
	if neighbour == "" || !isUpperInitial(neighbour) {
		return "", "", false
	}
	return item, strings.TrimSpace(ro[0]), put
}
