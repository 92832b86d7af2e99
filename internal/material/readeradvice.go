package material

// readerModals returns ws without each "should" or "can" (and the other
// words of the advisory and permission classes that are one word: "may",
// "could", "ought") whose subject, just before it, is the reader: "you",
// or a class of people the reader belongs to ("EU individuals",
// "customers"). What the reader should do, or can do, for their own ends
// ("EU individuals should go to …" → "you can … find out more at …")
// commits the company to nothing either way. It returns nil when ws has
// such a word not said of the reader, negated, or none at all: "we should
// respond" is the company's, and "you should not" forbids.
func (c *classifier) readerModals(ws []string) []string {
	var drop []int
	for i := 1; i < len(ws); i++ {
		class := c.modalClass(ws[i])
		if class == "" {
			continue
		}
		if class != "advisory" && class != "permission" {
			continue
		}
		subject := ws[i-1]
		if subject != "you" && !(len(subject) > 1 && subject[len(subject)-1] == 's' && classNouns[subject[:len(subject)-1]]) {
			return nil
		}
		if i+1 < len(ws) && (ws[i+1] == "not" || ws[i+1] == "never" || ws[i+1] == "only") {
			return nil
		}
		drop = append(drop, i)
	}
	if len(drop) == 0 {
		return nil
	}
	return dropAt(ws, drop)
}

// modalClass returns the obligation class of a one-word force phrase w
// ("should" advisory, "can" permission), "" when w is none.
func (c *classifier) modalClass(w string) string {
	for _, p := range c.ix.forceByFirst[w] {
		if len(p.words) == 1 {
			if f := c.rb.Force[p.class]; f.Scale == "obligation" {
				return f.Class
			}
			return ""
		}
	}
	return ""
}

// advisoryToPermission reports a force change from advice to a
// permission, or back: "should" → "can".
func advisoryToPermission(f *forceChange) bool {
	return f.from[0] == "advisory" && f.to[0] == "permission" || f.from[0] == "permission" && f.to[0] == "advisory"
}
