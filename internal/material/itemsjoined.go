package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// Two items of a list made one, or one split in two, keep their words
// but not their sense when the item set apart is a condition or a case of
// its own: "Information may be shared only: - With the client associated
// with the request - As required by law" → "- With the client associated
// with the request, as required by law" makes the legal ground a
// condition of sharing with the client, and drops it as a ground of its
// own (b160-46). A list of things split or joined ("- Name, email" → "-
// Name - Email") is still a reflow.

// itemOpeners open an item that is a case or a condition, not a thing or
// a step ("On the left menu bar select …", Mozilla's notices).
var itemOpeners = map[string]bool{"as": true, "if": true, "where": true, "when": true, "unless": true, "except": true,
	"only": true, "subject": true, "provided": true}

// itemsJoined reports rows that are list items on both sides, in a
// different number, where an item of the side with more opens with a
// word of a case or condition, is not the first of them, and is a clause
// after a comma or semicolon on the other side.
func itemsJoined(rows []redline.Row) bool {
	var old, new []string
	for _, r := range rows {
		if r.Old != nil {
			if r.Old.Kind != markdown.ListItem {
				return false
			}
			old = append(old, r.Old.Text)
		}
		if r.New != nil {
			if r.New.Kind != markdown.ListItem {
				return false
			}
			new = append(new, r.New.Text)
		}
	}
	if len(old) == len(new) {
		return false
	}
	more, fewer := old, new
	if len(new) > len(old) {
		more, fewer = new, old
	}
	joined := strings.ToLower(strings.Join(fewer, "\n"))
	for _, t := range more[1:] {
		if item, ok := cutListMarker(t); ok {
			t = item
		}
		f := strings.Fields(t)
		if len(f) < 2 || !itemOpeners[strings.ToLower(strings.Trim(f[0], "*_"))] {
			continue
		}
		// the item is a clause of another on the other side: ", as
		// required by law"
		if strings.Contains(joined, ", "+strings.ToLower(f[0]+" "+f[1])) || strings.Contains(joined, "; "+strings.ToLower(f[0]+" "+f[1])) {
			return true
		}
	}
	return false
}
