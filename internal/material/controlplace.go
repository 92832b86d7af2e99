package material

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Help pages say where a control is; a policy rewritten as one adds the
// place to a line that already gives the reader the choice: "only with
// your analytics consent (the Analytics switch in our cookie banner)",
// "Human oversight is available through your account dashboard
// (Conversations > Request human review)", "set your browser, under its
// privacy or content settings, to remove or reject browser cookies"
// (b380-21, b380-23, b380-38). The place commits to nothing the line did
// not: the choice, who has it and what it covers are the line's own.
//
// Only a place put in, and nothing else changed, is read so, and only an
// aside that is nothing but a place: in brackets, between commas, or a
// phrase of place ("under Settings > Integrations"). An aside that adds a
// route ("or from the Account screen of our mobile app"), a step before
// the right ("after completing our Help > Complaints form", b380-10), a
// condition or a plan ("unless the account's archive setting is on",
// "on paid plans"), a limit, a number, an example, a list, a name, or
// words of data, parties, purposes or periods is left to the other rules.
// A word of the screen in capitals is a label only where the line already
// says it ("the Analytics switch" beside "your analytics consent"):
// "(the Google settings page)" names a party (namedIn).

// screenParts name the parts of a screen a reader finds a control on.
var screenParts = map[string]bool{"settings": true, "setting": true, "link": true, "button": true, "switch": true, "toggle": true,
	"menu": true, "tab": true, "footer": true, "icon": true, "banner": true, "dashboard": true, "page": true}

// controlBar are the words an aside of place never needs: conditions and
// steps, plans, limits and duties, negation, examples, and what we do
// ("which means …", "we also …"). An aside opened by "or" or "and" adds
// a way, not a place.
var controlBar = map[string]bool{"after": true, "before": true, "once": true, "if": true, "unless": true, "when": true, "whenever": true,
	"until": true, "only": true, "except": true, "first": true, "then": true, "plan": true, "plans": true, "paid": true, "premium": true,
	"business": true, "enterprise": true, "subscription": true, "must": true, "required": true, "need": true, "needs": true, "not": true,
	"no": true, "never": true, "cannot": true, "including": true, "such": true, "example": true, "e": true, "g": true, "which": true,
	"means": true, "mean": true, "we": true, "us": true, "plus": true, "also": true, "where": true}

// placeOpeners open an aside that names where a control is: a
// determiner before its name ("the Analytics switch"), a verb that takes
// the reader there ("open the Conversations tab", "reopen it from …"),
// a word of showing ("shown as … in our banner").
var placeOpeners = map[string]bool{"the": true, "your": true, "our": true, "its": true, "their": true, "a": true, "an": true,
	"open": true, "reopen": true, "go": true, "tap": true, "click": true, "select": true, "visit": true, "find": true,
	"shown": true, "listed": true, "labelled": true, "labeled": true, "linked": true, "found": true}

// controlPlaces are the prepositions a phrase of place opens with.
var controlPlaces = map[string]bool{"under": true, "in": true, "from": true, "via": true, "through": true, "on": true, "at": true, "using": true}

// controlPlaceAdded returns the aside new puts into old, where that is
// all new changes and the aside only says where a control is; else "".
func (c *classifier) controlPlaceAdded(old, new string) string {
	s, body := insertedAside(old, new, controlPlaces)
	if body == "" || !strings.ContainsAny(body, ">›→") && !containsScreenPart(body) {
		return ""
	}
	// The aside opens as a place does: a preposition of place, a
	// determiner before the control's name, a verb that takes the reader
	// there, a word of showing, or a menu path. "(configurable in your
	// dashboard)" gives the reader a power the line did not (settable.go).
	if first := strings.ToLower(strings.Trim(strings.Fields(body)[0], "\"“‘'")); !controlPlaces[first] && !placeOpeners[first] && !menuPathRE.MatchString(body) {
		return ""
	}
	// A path through menus ("Settings > Privacy > Consents") is labels:
	// they are looked at as labels, not as words of the rulebook.
	arrows := strings.ReplaceAll(body, "→", ">")
	path := menuPathRE.FindString(arrows)
	rest := strings.Replace(arrows, path, " ", 1)
	words := strings.Fields(rest)
	located := path != ""
	var plain []string // the words that are no label
	for k, w := range words {
		lw := strings.ToLower(strings.Trim(w, "\"“”‘’'.!?"))
		if controlBar[lw] || k == 0 && (lw == "or" || lw == "and") {
			return "" // "or from the Account screen of our mobile app" adds a route
		}
		if screenParts[lw] {
			located = true
		}
		// A capitalised word mid-aside is a label the screen shows
		// ("the Analytics switch") or a name ("Google"): a name is left
		// to the rules of parties (namedIn).
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"“‘'")); k > 0 && unicode.IsUpper(r) {
			continue // a label, or a name (below)
		}
		plain = append(plain, lw)
	}
	if !located || c.namedIn(rest, old) {
		return ""
	}
	if c.wordsOfAny(plain, "data", "recipients", "transfers", "retention", "purposes", "identity", "children", "legal-basis", "security") {
		return "" // "(the export of your contacts in the dashboard)"
	}
	return s
}

// containsScreenPart is the cheap test before the rest: a noun of a
// screen, in any case.
func containsScreenPart(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if screenParts[w] {
			return true
		}
	}
	return false
}

// maxAside is the most bytes an aside of a few words takes.
const maxAside = 240

// insertedAside returns the words new puts into old, where that is all
// new changes, and the aside they make: the words in brackets, between
// commas, or a phrase opened by a word of opens; else "", "". The aside
// holds no list, number, address or clause of its own (no ",", ";", ":",
// digit, "@", link or bracket).
func insertedAside(old, new string, opens map[string]bool) (s, body string) {
	if len(new) <= len(old) || len(new)-len(old) > maxAside {
		return "", "" // an aside is a few words
	}
	i := 0
	for i < len(old) && old[i] == new[i] {
		i++
	}
	for i > 0 && !utf8.RuneStart(new[i]) {
		i--
	}
	j := 0
	for j < len(old)-i && old[len(old)-1-j] == new[len(new)-1-j] {
		j++
	}
	for j > 0 && !utf8.RuneStart(new[len(new)-j]) {
		j--
	}
	if len(old)-i-j > 0 {
		return "", "" // something taken out too
	}
	// The aside starts and ends at word edges: "settings" → "settings
	// page" is a word put after a word, not an aside.
	if i > 0 && isWordByte(new[i-1]) && isWordByte(new[i]) || j > 0 && isWordByte(new[len(new)-j]) && isWordByte(new[len(new)-j-1]) {
		return "", ""
	}
	s = strings.TrimSpace(new[i : len(new)-j])
	switch {
	case strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && strings.Count(s, "(") == 1 && strings.Count(s, ")") == 1:
		body = s[1 : len(s)-1]
	case strings.HasPrefix(s, ","):
		body = strings.Trim(s, ", ")
	default:
		if f := strings.Fields(s); len(f) > 0 && opens[strings.ToLower(f[0])] {
			body = s
		}
	}
	if body == "" || strings.ContainsAny(body, ",;:@0123456789()\n") || strings.Contains(body, "://") {
		return "", ""
	}
	return s, body
}

// namedIn reports a name in the aside body that is no label of a
// control: a label is one word a screen part follows, which the line
// already says ("only with your analytics consent (the Analytics
// switch …)"); "Google Analytics settings" names a party, and so does
// "the Google settings page" put beside a line that never says Google.
func (c *classifier) namedIn(body, old string) bool {
	for _, e := range c.entities(body) {
		at := strings.Index(body, e)
		if at < 0 {
			return true // a name found under another form than written
		}
		next := strings.Fields(body[at+len(e):])
		if strings.Contains(e, " ") || len(next) == 0 || !screenParts[strings.ToLower(next[0])] || !containsFold(old, strings.ToLower(e)) {
			return true
		}
	}
	return false
}

// wordsOfAny reports plain words among which a term of one of the
// categories cats stands.
func (c *classifier) wordsOfAny(words []string, cats ...string) bool {
	for _, t := range strings.Fields(c.topics(c.ix.fold(strings.Join(words, " ")))) {
		if slices.Contains(cats, t) {
			return true
		}
	}
	return false
}
