package material

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A party acts through its own people: "The Customer, through its
// workspace administrators, acts as the controller", "requests are
// submitted through our support team" (b381-02, b368-24). Saying which
// of its people act names no one new: the party is the one the line
// named, and so are its duties. Only such an aside put in, and nothing
// else changed, is read so: opened by "through" or "by" (after "acting"
// at most), then "its", "their", "our" or "your", a few plain words and
// a noun of a party's own people, two such nouns joined at most
// ("their workspace owners and administrators"). An aside that adds
// someone ("or by our insurers"), a party of another kind ("through our
// outsourced support partners"), an AI ("through our AI support
// chatbot"), a place ("by our engineering team in India") or a name
// ("now staffed by our outsourcing partner TaskUs") is left to the other
// rules.

// ownPeople are the nouns of a party's own people.
var ownPeople = map[string]bool{"team": true, "teams": true, "administrator": true, "administrators": true, "admin": true, "admins": true,
	"owner": true, "owners": true, "staff": true, "personnel": true, "employees": true}

var agentOpens = map[string]bool{"through": true, "by": true, "acting": true}

var ownPossessives = map[string]bool{"its": true, "their": true, "our": true, "your": true}

// ownAgentAdded returns the aside new puts into old, where that is all
// new changes and the aside only says which of a party's own people act;
// else "".
func (c *classifier) ownAgentAdded(old, new string) string {
	if len(new) <= len(old) || !strings.Contains(new, "through ") && !strings.Contains(new, "by ") {
		return ""
	}
	s, body := insertedAside(old, new, agentOpens)
	if body == "" {
		return ""
	}
	ws := strings.Fields(body)
	if len(ws) > 0 && strings.EqualFold(ws[0], "acting") {
		ws = ws[1:]
	}
	if len(ws) < 3 || !strings.EqualFold(ws[0], "through") && !strings.EqualFold(ws[0], "by") || !ownPossessives[strings.ToLower(ws[1])] {
		return ""
	}
	ws = ws[2:]
	var plain []string
	people := 0
	for k, w := range ws {
		lw := strings.ToLower(w)
		switch {
		case ownPeople[lw]:
			people++
			if k+1 < len(ws) && !strings.EqualFold(ws[k+1], "and") {
				return "" // "by our engineering team in India"
			}
			continue
		case lw == "and" && k > 0 && ownPeople[strings.ToLower(ws[k-1])] && people == 1:
			continue
		case lw == "own" && k == 0:
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) || controlBar[lw] || !c.ordinaryWords(lw) {
			return "" // a name, or a word that adds a condition
		}
		plain = append(plain, lw)
	}
	if people == 0 || len(c.entities(body)) > 0 || !ownPeople[strings.ToLower(ws[len(ws)-1])] || len(plain) > 3*people {
		return ""
	}
	if c.wordsOfAny(plain, "recipients", "transfers", "ai", "children") {
		return "" // "through our outsourced support partners", "our AI support team"
	}
	return s
}
