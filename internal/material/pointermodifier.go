package material

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A noun can point to the part of the policy that says more of it: "the
// US-based AWS servers described in section 7", "the essential cookies
// listed under Essential Cookies", "the information described in
// Information We Collect", "us as described in Contact Us", "the Usage
// Data described above" (batch 345, an editor replacing repeated detail
// with cross-references: each read as a commitment reworded, or as words
// the rules cannot tell). The pointer names no data, party or promise;
// it is set aside on the side that has it and the rest is judged alone,
// so that a pointer put in place of what the sentence said ("for 30
// days" → "for the period described in Data Retention") still leaves
// that loss to judge. A pointer to a document of its own ("described in
// our Cookie Notice", "set out on our website") may bring in terms the
// policy does not hold, and is not set aside here.

// pointerModifierRE is a participle that points, where it points (a
// section by number, a title in quotes or in capitals, "above", "below"),
// and the space before it. The title's words run while they are
// capitalised or small words of titles ("Role of omnie", "Exercise Your
// Rights", "Data Storage and Retention"); "with" or "to" ends it, for
// "described in Information We Collect with Meta" names a party after
// the title.
var pointerModifierRE = mustPattern(`(?:^|,\s*|\s+)(?:(?i:as)\s+)?(?:described|listed|named|set\s+out|given|stated|explained|detailed|mentioned|identified)\s+(?:above|below|earlier|(?:in|under)\s+(?:the\s+)?(?:(?:section|part|clause|paragraph)\s+\d+(?:\.\d+)*(?:\s*\([a-z0-9]+\))?|(?:the\s+)?(?:“[^”]{2,60}”|"[^"]{2,60}"|‘[^’]{2,60}’)(?:\s+(?:section|part|above|below))?|\p{Lu}[\p{L}'’-]*(?:(?:\s+(?:and|we|our|your|the|is))*\s+\p{Lu}[\p{L}'’-]*|\s+of\s+[\p{L}'’-]+)*(?:\s+(?:section|above|below))?))`)

// pointerDocumentWords name a document apart from the policy, or a page.
var pointerDocumentWords = []string{"policy", "policies", "notice", "terms", "agreement", "statement", "website", "page", "addendum", "dpa", "contract", "schedule", "annex", "appendix"}

// pointerBar are words before a pointer that make it the thing named,
// not a pointer beside it: "beyond what is listed above" (b276-21) is
// the list.
var pointerBar = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "what": true, "those": true, "that": true, "anything": true, "everything": true, "as": true}

// pointerQuantifiers say a noun is meant whole; a pointer that takes its
// place ("all internal staff accounts" → "the staff accounts described in
// section 10", b345-07) may narrow it.
var pointerQuantifiers = []string{"all", "every", "any", "each"}

// pointerModifiersOut returns old and new with each pointer only one of
// them has cut out, and the pointers cut, quoted; what is "" where none
// was.
func pointerModifiersOut(old, new string) (o, n, what string) {
	if !pointerModifierRE.may(old) && !pointerModifierRE.may(new) {
		return old, new, ""
	}
	cut := func(s, other string) (string, []string) {
		ms := pointerModifierRE.FindAllStringIndex(s, -1)
		if len(ms) == 0 {
			return s, nil
		}
		var out []string
		var b strings.Builder
		at := 0
		wo := strings.Fields(strings.ToLower(other))
		ws := strings.Fields(strings.ToLower(s))
		for _, m := range ms {
			if m[0] < at {
				continue // within what the pointer before took with it
			}
			body := strings.TrimLeft(s[m[0]:m[1]], ", \t\n")
			l := strings.ToLower(body)
			before := strings.Fields(strings.ToLower(s[max(0, m[0]-40):m[0]]))
			if strings.Contains(other, body) || containsAny(l, pointerDocumentWords) && !strings.Contains(l, "this ") ||
				len(before) > 0 && pointerBar[strings.Trim(before[len(before)-1], ",;:(")] ||
				slices.ContainsFunc(pointerQuantifiers, func(q string) bool { return slices.Contains(wo, q) && !slices.Contains(ws, q) }) {
				continue
			}
			out = append(out, body)
			b.WriteString(s[at:m[0]])
			at = m[1]
			if strings.TrimSpace(s[:m[0]]) == "" || strings.HasSuffix(strings.TrimSpace(s[:m[0]]), ".") {
				// "As stated in Our Commitment, we never sell": the
				// sentence opens after the pointer's comma.
				for at < len(s) && (s[at] == ',' || s[at] == ' ') {
					at++
				}
				if r, size := utf8.DecodeRuneInString(s[at:]); size > 0 {
					b.WriteRune(unicode.ToUpper(r))
					at += size
				}
			}
		}
		b.WriteString(s[at:])
		return b.String(), out
	}
	return cutFromBoth(old, new, cut)
}
