package material

import (
	"strings"
)

// hundredPercentRE is "100%" (or "100 percent", "one hundred per cent")
// said as a degree before a word: "is 100% secure", "100%-accurate".
var hundredPercentRE = mustPattern(`(?i)\b(?:100|one\s+hundred)\s*(?:%|percent\b|per\s+cent\b)(?:\s*-\s*|\s+)([a-z]+)\b`)

// completeDegree are the adverbs that say a quality is had in full, as
// "100%" does before an adjective.
var completeDegree = map[string]bool{"completely": true, "fully": true, "entirely": true, "totally": true,
	"absolutely": true, "perfectly": true, "wholly": true}

// hundredPercent writes "100%" before an adjective as "completely" in s,
// where other says that adjective after an adverb of full degree:
// "no method is 100% secure" says "no method is completely secure". A
// percentage is a quantity only of something counted ("100% of
// requests"), which is left as it stands, as is a percentage other does
// not say as a degree ("100% secure" → "secure", "99% secure"): those
// are compared as numbers.
func hundredPercent(s, other string) string {
	if !strings.Contains(s, "100") && !strings.Contains(s, "undred") {
		return s
	}
	ms := hundredPercentRE.FindAllStringSubmatchIndex(s, -1)
	if ms == nil {
		return s
	}
	lo := strings.ToLower(other)
	var b strings.Builder
	at := 0
	for _, m := range ms {
		adj := strings.ToLower(s[m[2]:m[3]])
		if !adjectiveFirst(wordNet(), adj) || !degreeBefore(lo, adj) {
			continue
		}
		b.WriteString(s[at:m[0]])
		b.WriteString("completely " + s[m[2]:m[3]])
		at = m[1]
	}
	if at == 0 {
		return s
	}
	b.WriteString(s[at:])
	return b.String()
}

// degreeBefore reports lower-cased text s that says adj after an adverb
// of full degree, or after "100%".
func degreeBefore(s, adj string) bool {
	for i := strings.Index(s, adj); i >= 0; {
		before := strings.Fields(s[:i])
		if n := len(before); n > 0 && (completeDegree[before[n-1]] || before[n-1] == "100%" || before[n-1] == "100%-") {
			return true
		}
		j := strings.Index(s[i+len(adj):], adj)
		if j < 0 {
			break
		}
		i += len(adj) + j
	}
	return false
}
