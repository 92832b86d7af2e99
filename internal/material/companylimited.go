package material

import "slices"

// limitedAsForm gives back ws with the word "limited" of a company's form
// restored where the fold read it as a limit ("restricted"): "Zentrova
// Limited", written after the capitalised name in raw, is the company's
// form, as "Ltd" is, and is compared as one (companyForm). "access is
// limited" keeps its limit. ws itself is not changed.
func limitedAsForm(ws []string, raw string) []string {
	if !slices.Contains(ws, "restricted") {
		return ws
	}
	var out []string
	for i, w := range ws {
		if w != "restricted" {
			continue
		}
		j := i - 1
		for j >= 0 && formOrTrade(ws[j]) {
			j-- // "Omnis Software Limited": the name before its trade word, as writtenForm reads it
		}
		if j >= 0 && writtenForm(raw, ws[j], "limited") {
			if out == nil {
				out = slices.Clone(ws)
			}
			out[i] = "limited"
		}
	}
	if out == nil {
		return ws
	}
	return out
}
