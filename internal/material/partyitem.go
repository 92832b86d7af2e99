package material

import (
	"strings"
	"unicode"
)

// partyItemName returns the name an item of a list of parties opens with:
// its link's title ("* [hCaptcha](https://…). Anti-bot protection."), or
// its words up to the first mark that ends a name, when one of them is
// capitalised ("* Walnut. Product demo software.", "- Mailgun
// Technologies, for sending email"). "" when the item opens with no
// name: "- website hosting", or more than six words.
func partyItemName(item string) string {
	s := strings.TrimSpace(item)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return "" // one item, one line
	}
	s = strings.TrimLeft(s, "-*+• \t")
	s = strings.TrimLeft(s, "0123456789.) ")
	s = strings.Trim(s, "*_ ")
	if strings.HasPrefix(s, "[") {
		if end := strings.Index(s, "]("); end > 1 {
			name := strings.Trim(s[1:end], "*_ ")
			if len(strings.Fields(name)) <= 6 {
				return name
			}
		}
		return ""
	}
	end := len(s)
	for _, stop := range []string{". ", ", ", ": ", " (", " - ", " – ", " — ", "; "} {
		if i := strings.Index(s, stop); i >= 0 && i < end {
			end = i
		}
	}
	name := strings.TrimRight(s[:end], ".,;:")
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 6 {
		return ""
	}
	for _, w := range words {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			return name
		}
	}
	return ""
}
