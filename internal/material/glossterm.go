package material

import (
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/redline"
)

// Initials in brackets after the common words they stand for are those
// words, not a party: "These companies may use Cookies" → "… may use
// Cookies, and software development kits (SDKs) in our desktop and mobile
// apps, to collect …" (b54-27) adds a tracker, no company called "SDKs".
// What the words name is the change's category: "software development
// kits" are trackers, "multi-factor authentication (MFA)" a security
// measure. A company's name is written in capitals ("Standard Chartered
// Bank (SCB)"): its initials stay a party.
//
// glossTerm returns the category of the words a material verdict's names
// (entity) all stand for, where each is initials in brackets after as
// many words written small (glossedWords) on the side the verdict names,
// and those words name a category of things (glossKinds,
// categorizeAside); "" otherwise, and where that is the verdict's own.
func (c *classifier) glossTerm(v Verdict, ch redline.Change) string {
	if !strings.HasSuffix(v.Rule, ".entity") || !containsJoined(ch.Old, ch.New, "(") {
		return ""
	}
	names := reasonNames(v)
	if names == nil {
		return ""
	}
	text := ch.New
	if v.Direction == Restricts {
		text = ch.Old
	}
	var words []string
	for _, name := range names {
		gloss := glossedWords(text, name)
		if gloss == nil {
			return ""
		}
		words = append(words, gloss...)
	}
	k, hit, _ := c.categorizeAside(c.ix.fold(strings.Join(words, " ")), nil, nil)
	if !hit || k == v.Category || !glossKinds[k] {
		return ""
	}
	return k
}

// glossKinds are the categories of things initials stand for: a tracker
// ("SDKs"), a measure ("MFA"), a system ("LLM"), a mechanism ("SCCs").
// Words of parties ("internet service providers (ISPs)") are parties, and
// a stray word of another category ("local stored objects (LSOs)": "object"
// is a right's word) says nothing of what the thing is.
var glossKinds = map[string]bool{"cookies": true, "security": true, "ai": true, "transfers": true}

// glossedWords returns the words written small right before " (name)" in
// text whose first letters spell name's capitals (a plural "s" after
// them aside), and the name: "software development kits (SDKs)"; nil
// when none.
func glossedWords(text, name string) []string {
	initials := strings.TrimSuffix(name, "s")
	if len(initials) < 2 || len(initials) > 6 || strings.IndexFunc(initials, func(r rune) bool { return !unicode.IsUpper(r) }) >= 0 {
		return nil
	}
	k := strings.Index(text, " ("+name+")")
	if k < 0 {
		return nil
	}
	ws := strings.Fields(text[:k])
	if len(ws) < len(initials) {
		return nil
	}
	ws = ws[len(ws)-len(initials):]
	for i, w := range ws {
		w = strings.Trim(w, "*_“”\"'")
		if w == "" || strings.ToLower(w) != w || w[0] != strings.ToLower(initials)[i] {
			return nil // not written small, or not the letter
		}
	}
	return append(ws, name, initials) // "SDKs" and "SDK": a term is written in the singular
}
