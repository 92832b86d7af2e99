package material

import "strings"

// titleAuthor reports a name that a policy's title gives as its own
// author, where the other text's title gives the same author a shorter or
// fuller name: "The Mirror Privacy Policy" → "The Mirror Megaverse Inc.
// Privacy Policy" (b43-29) writes out the author's legal name. The
// title's owner is the controller, no recipient; and the same first word
// in the same title is the same controller. A title naming another
// company ("The Zentrix Inc. Privacy Policy") changes the controller and
// counts.
func titleAuthor(ctx, other, e string) bool {
	first, _, _ := strings.Cut(e, " ")
	if first == e {
		return false // one word: nothing shorter to compare
	}
	if !policyTitleAfter(ctx, e) {
		return false
	}
	for _, t := range policyTitles {
		if strings.Contains(other, first+" "+t) || strings.Contains(other, first+"’s "+t) || strings.Contains(other, first+"'s "+t) {
			return true
		}
	}
	return false
}

// policyTitleAfter reports a name text writes right before a policy's
// title, past a company's form: "Mirror Megaverse Inc. Privacy Policy".
func policyTitleAfter(text, e string) bool {
	for rest := text; ; {
		i := strings.Index(rest, e)
		if i < 0 {
			return false
		}
		rest = rest[i+len(e):]
		after := strings.TrimLeft(rest, ".,’'s ")
		for _, t := range policyTitles {
			if strings.HasPrefix(after, t) {
				return true
			}
		}
	}
}

// policyTitles are the titles a policy gives itself after its author's
// name.
var policyTitles = []string{"Privacy Policy", "Privacy Notice", "Privacy Statement", "Cookie Policy", "Cookies Policy",
	"Terms of Service", "Terms of Use", "Data Protection", "PRIVACY POLICY", "PRIVACY NOTICE"}

// linkedPage reports a name text writes only inside the label of a link
// the reader is sent to: "Visit the [Hearst Affiliated Network of Media
// Companies](https://…) page to learn more" (b43-12). A link's label
// there is the title of a page, as a heading cited is; a label in a
// sentence that gives data to someone ("we share it with [Zentrix Media
// Companies](…)") still names a party.
func linkedPage(text, e string) bool {
	found := false
	for before, after := range occurrences(text, e) {
		open := strings.LastIndexByte(before, '[')
		if open < 0 || strings.ContainsAny(before[open:], "]\n") {
			return false
		}
		end := strings.Index(after, "](")
		if end < 0 || strings.ContainsAny(after[:end], "[\n") {
			return false
		}
		shut := strings.IndexByte(after[end:], ')')
		if shut < 0 {
			return false
		}
		lead := rawWords(lastLine(before[:open]))
		tail := rawWords(firstLine(after[end+shut+1:]))
		sent := false
		for k := len(lead) - 1; k >= 0 && k >= len(lead)-3; k-- {
			sent = sent || pageVerbs[strings.ToLower(lead[k])]
		}
		if len(tail) > 0 && (tail[0] == "page" || tail[0] == "website" || tail[0] == "site") {
			sent = true
		}
		if !sent {
			return false
		}
		found = true
	}
	return found
}

// pageVerbs send the reader to a page.
var pageVerbs = map[string]bool{"visit": true, "see": true, "read": true, "consult": true, "review": true, "check": true, "refer": true}
