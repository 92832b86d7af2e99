package material

import (
	"slices"
	"strings"
)

// A legal basis is often given only by its citation: "the legal basis for
// voluntary data is Art. 6 para. 1 s. 1 lit. a GDPR" is consent; "lit. f"
// is legitimate interests. The letter is the whole of the fact, so one
// letter for another is a new legal basis, though no word changed.

// basisCiteRE finds a point of Article 6(1) or 9(2) GDPR however it is
// cited: "Art. 6 para. 1 s. 1 lit. b", "Art. 6(1)(f)", "Article 6 (1)
// (a)", "Art. 6 Abs. 1 lit. f", "Article 9(2)(h)", and "point (f) of
// Article 6(1)". Group 1 or 4 is the article, group 2 or 3 the point.
var basisCiteRE = mustPattern(`(?i)\bart(?:icle|\.)?\s*([69])\s*(?:\(\s*[12]\s*\)|(?:para\.?|paragraph|abs\.?)\s*[12]|\.[12])\s*(?:(?:s\.|sentence|satz)\s*1\s*)?(?:,\s*)?(?:lit\.?\s*|letter\s*|point\s*|\.)?\(?([a-j])\b\)?|\bpoint\s*\(([a-j])\)\s*of\s*art(?:icle|\.)?\s*([69])\b`)

// basisNames are the bases of Article 6(1) GDPR by point.
var basisNames = map[string]string{"a": "consent", "b": "contract", "c": "legal obligation", "d": "vital interests", "e": "public task", "f": "legitimate interests"}

// basisCites returns the points of Articles 6 and 9 a text cites, in
// order, each written as "6(1)(a)" or "9(2)(h)".
func basisCites(s string) []string {
	if !strings.ContainsAny(s, "69") || !containsFold(s, "art") {
		return nil // basisCiteRE needs "art", as "Art." or "Article"
	}
	var out []string
	for _, m := range basisCiteRE.FindAllStringSubmatchIndex(s, -1) {
		var art, point string
		if m[2] >= 0 {
			art, point = s[m[2]:m[3]], s[m[4]:m[5]]
		} else {
			art, point = s[m[8]:m[9]], s[m[6]:m[7]]
		}
		para := "1"
		if art == "9" {
			para = "2"
		}
		out = append(out, art+"("+para+")("+strings.ToLower(point)+")")
		// "lit. b and f", "(a), (b) or (f)": the points joined to the
		// first are cited too.
		for rest := s[m[1]:]; ; {
			j := morePointRE.FindStringSubmatchIndex(rest)
			if j == nil {
				break
			}
			// Go on from the letter, not from the match's end, which
			// may have taken the "and" of the next point.
			var p string
			if j[2] >= 0 {
				p, rest = rest[j[2]:j[3]], rest[j[3]+1:]
			} else {
				p, rest = rest[j[4]:j[5]], rest[j[5]:]
			}
			out = append(out, art+"("+para+")("+strings.ToLower(p)+")")
		}
	}
	return out
}

// morePointRE is a further point joined to a cited one: ", (b)", " and
// lit. f", " or f GDPR". A bare letter must end the citation ("and f
// GDPR"), so that "(b) and a contract" cites no point (a).
var morePointRE = mustPattern(`(?i)^\s*(?:,|and|or|&|/)\s*(?:and\s+|or\s+)?(?:(?:lit\.?\s*|letter\s*|point\s*)?\(([a-j])\)|(?:lit\.?\s*|letter\s*|point\s*)?([b-hj])\b(?:\s*(?:[,;.)&]|and\b|or\b|gdpr|dsgvo|of\b)|$))`)

// basisCiteChanged returns the points of Articles 6 and 9 GDPR that old
// cites and new does not, and those new cites and old does not, when both
// cite some: the legal basis named by its citation changed.
func basisCiteChanged(old, new string) (gone, come []string) {
	return citesTraded(basisCites(old), basisCites(new))
}

// citesTraded returns the points of o not in n and those of n not in o,
// each once, when both cite some.
func citesTraded(o, n []string) (gone, come []string) {
	if len(o) == 0 || len(n) == 0 {
		return nil, nil
	}
	for _, p := range o {
		if !slices.Contains(n, p) && !slices.Contains(gone, p) {
			gone = append(gone, p)
		}
	}
	for _, p := range n {
		if !slices.Contains(o, p) && !slices.Contains(come, p) {
			come = append(come, p)
		}
	}
	return gone, come
}

// citeNames writes points as "Art. 6(1)(a) (consent)".
func citeNames(ps []string) string {
	if len(ps) == 0 {
		return "none"
	}
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("Art. " + p)
		if n := basisNames[p[len(p)-2:len(p)-1]]; n != "" && strings.HasPrefix(p, "6") {
			b.WriteString(" (" + n + ")")
		}
	}
	return b.String()
}

// basisCitesCompared reads the citations of Articles 6 and 9 in old and
// new once: the points one cites and the other does not (basisCiteChanged),
// or, when none differ, whether old and new cite the same points and
// differ only in how they cite them: "Article 6(1)(b) GDPR" is "Art. 6
// para. 1 lit. b GDPR".
func (c *classifier) basisCitesCompared(old, new string) (gone, come []string, same bool) {
	o, n := basisCites(old), basisCites(new)
	if gone, come = citesTraded(o, n); len(gone)+len(come) > 0 || len(o) == 0 || len(o) != len(n) {
		return gone, come, false
	}
	return nil, nil, equalWords(c.ix.fold(basisCiteRE.ReplaceAllString(old, " ")), c.ix.fold(basisCiteRE.ReplaceAllString(new, " ")))
}
