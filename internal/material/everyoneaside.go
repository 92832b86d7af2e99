package material

import "strings"

// A phrase that names every kind of reader, or every way of using the
// service, limits nothing: "whether they buy or sell through it",
// "whether you are a buyer or a seller", "for buyers and sellers alike",
// "as a buyer or a seller" (batch 347, a lawyer adapting the policies
// for a two-sided marketplace: thirty minor edits, each read as an item
// added to a list), "whether you use our business or wellness products",
// "in both its standard and wellness editions" (batch 341), "whatever
// their cookie choices" (batch 329). What the sentence said holds for
// each alternative, as it held for all before. The phrase is set aside
// on the side that has it and the rest judged alone; one alternative
// alone ("as a seller", "for buyers") is a limit, and is judged as
// written.

// everyoneRE is such a phrase, with the comma or space before it.
var everyoneRE = mustPattern(`(?i)(?:,\s*|\s+)(?:` +
	// whether they buy or sell through it; whether you are a buyer or a
	// seller; whether the customer buys or sells. Not "whether or not you
	// have opted in": its other side may make that a condition (b13-41).
	`whether\s+(?:(?:you|they|it|he|she|the\s+\w+)\s+)?(?:(?:are|is|use|uses|have|has)\s+)?(?:(?:an?|our|the|its|your)\s+)?[\w-]+(?:\s+[\w-]+)?\s+or\s+(?:(?:an?|our|the|its|your)\s+)?[\w-]+(?:\s+(?:products|services|editions|accounts|plans|apps|features|through\s+(?:it|us|them)))?` +
	// for buyers and sellers alike; buyers and sellers alike
	`|(?:for\s+)?[\w-]+\s+and\s+[\w-]+\s+alike` +
	// as a buyer or (a) seller
	`|as\s+an?\s+[\w-]+\s+or\s+(?:an?\s+)?[\w-]+` +
	// in both its standard and wellness editions
	`|in\s+both\s+(?:its|our|the|their)\s+[\w-]+\s+and\s+[\w-]+\s+(?:editions|versions|products|plans|apps)` +
	// whatever their cookie choices
	`|whatever\s+(?:your|their|its)\s+[\w\s-]{1,30}?(?:choices?|settings?|preferences?|plans?|roles?)` +
	`)`)

// everyoneOut returns old and new with each such phrase only one of them
// has cut out, and the phrases cut, quoted; what is "" where none was.
func everyoneOut(old, new string) (o, n, what string) {
	if !everyoneHint(old) && !everyoneHint(new) {
		return old, new, ""
	}
	cut := func(s, other string) (string, []string) {
		ms := everyoneRE.FindAllStringIndex(s, -1)
		if len(ms) == 0 {
			return s, nil
		}
		var out []string
		b := make([]byte, 0, len(s))
		at := 0
		for _, m := range ms {
			body := s[m[0]:m[1]]
			phrase := trimLeftPunct(body)
			if containsFold(other, phrase) {
				continue
			}
			out = append(out, phrase)
			b = append(b, s[at:m[0]]...)
			at = m[1]
		}
		b = append(b, s[at:]...)
		return string(b), out
	}
	return cutFromBoth(old, new, cut)
}

// everyoneHint reports a text that may hold such a phrase, by pieces each
// of its forms writes whatever its capitals: most texts hold none, and
// the expression, long and blind to case, is then not run (everyoneRE's
// own prefilter passes any "as a").
func everyoneHint(s string) bool {
	return strings.Contains(s, "hether") || strings.Contains(s, "alike") || strings.Contains(s, "hatever") ||
		strings.Contains(s, " both ") || strings.Contains(s, "s a") && strings.Contains(s, " or ")
}

// trimLeftPunct returns s without the commas and spaces that open it.
func trimLeftPunct(s string) string {
	for len(s) > 0 && (s[0] == ',' || s[0] == ' ' || s[0] == '\t' || s[0] == '\n') {
		s = s[1:]
	}
	return s
}
