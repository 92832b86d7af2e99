package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// listRelinked returns, for two texts whose words read the same, the
// first link whose address on the same site now names another numbered
// or dated document, where the sentence around it is about those
// personal data is given to: "our advertising partners (listed
// [HERE](…/Advertising-Partners-1.pdf))" → "(…/Advertising-Partners-Jan-2023.pdf)"
// (b58-03), "Please see [system of records notice](…/2022/11/21/…) for
// all entities" → "(…/2024/05/13/…)" (b61-46). The list a policy points
// to for its recipients is part of what it says about them, and another
// edition of it may name others: a reviewer confirms. A page moved with
// the same numbers, and another edition of a document that names no
// recipients (a recruiting notice, a licence, an earlier version of the
// policy), are links that moved; the sentence's category tells them
// apart, by the same vocabulary as any change, not by words of this rule.
// A list of the places data goes to is one of transfers: "Further
// information can be found [here](…/Third Party and Geolocation Policy -
// updated 9th June 2023.pdf)" → "(… updated 13 th June 2025.pdf)", under
// "Where we transfer and store your information" (Ubuntu's, ota-52 017).
func (c *classifier) listRelinked(old, new string, heading []string) (text, from, to, category string) {
	lo, ln := mdLinkRE.FindAllStringSubmatchIndex(old, -1), mdLinkRE.FindAllStringSubmatchIndex(new, -1)
	if len(lo) != len(ln) {
		return "", "", "", ""
	}
	for i := range lo {
		uo, un := old[lo[i][4]:lo[i][5]], new[ln[i][4]:ln[i][5]]
		if !newEdition(uo, un) {
			continue
		}
		for _, k := range [...]string{"recipients", "transfers"} {
			if c.aboutCategory(k, new, new[ln[i][0]:ln[i][1]], heading) {
				return new[ln[i][2]:ln[i][3]], uo, un, k
			}
		}
	}
	return "", "", "", ""
}

// newEdition reports two addresses whose paths differ and whose new
// path dates or numbers its document by a year or a version the old path
// does not give: "…/Advertising-Partners-1.pdf" →
// "…/Advertising-Partners-Jan-2023.pdf", "…/documents/2022/11/21/…" →
// "…/documents/2024/05/13/…", "…/subprocessors-v3" → "…-v4". Only the
// path is read: a query's numbers or a fragment's are a page's
// identifiers and tracking, not an edition ("?nodeId=468496",
// "#GUID-8966E75F").
func newEdition(old, new string) bool {
	path := func(u string) string {
		if i := strings.IndexAny(u, "?#"); i >= 0 {
			u = u[:i]
		}
		return u
	}
	po, pn := path(old), path(new)
	if po == pn {
		return false
	}
	editions := func(p string) []string {
		var out []string
		for _, m := range editionRE.FindAllStringSubmatch(p, -1) {
			out = append(out, m[1])
		}
		return out
	}
	eo := editions(po)
	for _, e := range editions(pn) {
		if !slices.Contains(eo, e) {
			return true
		}
	}
	// The same year, another month or day of it: the file's date, its
	// numbers and month names, is another where both files are dated
	// by a year ("…-List-26.1.2025.pdf" → "…-List-April-2025.pdf",
	// "Ads-List-Jan2026.pdf" → "Ads-List-Mar2026.pdf": Viber's, ota-147).
	do, dn := fileDate(po), fileDate(pn)
	return do != "" && dn != "" && do != dn
}

// fileDate returns the numbers and month names of an address's last
// part, in order and in lower case, "" where it gives no year: "26 1
// 2025" for "…/Advertising-Partners-List-26.1.2025.pdf", "apr 2025" for
// "…-April-2025.pdf" (a month is read by its first three letters).
func fileDate(path string) string {
	name := path[strings.LastIndex(path, "/")+1:]
	if strings.ContainsAny(name, "%=&") {
		return "" // an address carried in the path, escaped, is no file's name
	}
	var parts []string
	year := false
	for _, ix := range fileDateRE.FindAllStringIndex(name, -1) {
		m := strings.ToLower(name[ix[0]:ix[1]])
		if m[0] >= 'a' {
			// A month's name stands apart from other letters: not the
			// "mar" of "Marketing" or the "dec" of "Decisions".
			if ix[0] > 0 && isASCIILetter(name[ix[0]-1]) || ix[1] < len(name) && isASCIILetter(name[ix[1]]) {
				continue
			}
			m = m[:3]
		} else if yearNumber(m) {
			year = true
		}
		parts = append(parts, strings.TrimLeft(m, "0"))
	}
	if !year {
		return ""
	}
	return strings.Join(parts, " ")
}

// fileDateRE is a run of digits, or a month's name or its first three
// letters.
var fileDateRE = mustPattern(`\d+|(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`)

// editionRE is a year of this century or the last in an address, or a
// version "v3": not part of a longer number or of an identifier's run of
// letters and digits ("2023" in "Jan-2023.pdf", "Oct2025.pdf" and
// "/2024/05/13/", not in "a6d020c8920231f").
var editionRE = mustPattern(`(?:^|[^0-9])((?:19|20)\d\d|\bv\d+)(?:$|[^0-9a-zA-Z])`)

// aboutCategory reports whether the sentence of text that holds link,
// or its heading, names a category, those data is given to or where it
// goes, by a term of its vocabulary that is not a weak one ("partners",
// "shared with"), links' addresses left out (a file's name is no word of
// the sentence). Whether the category is what the sentence is most about
// does not matter: a list of partners behind a link in a sentence about
// advertising is still one.
func (c *classifier) aboutCategory(category, text, link string, heading []string) bool {
	k := c.rb.categoryIndex(category)
	if k < 0 {
		return false
	}
	sentence := text
	for _, s := range sentences(text) {
		if strings.Contains(s, link) {
			sentence = s
			break
		}
	}
	c.categorize(nil, c.ix.fold(mdLinkRE.ReplaceAllString(sentence, "$1")), heading)
	// A term that is not weak scores at least 2×10 in the sentence, 3×10
	// in the heading; weak ones 2 or 4.
	return c.scores[k] >= 20
}

// listRelinkedVerdict is the verdict on a list of recipients re-pointed.
func (c *classifier) listRelinkedVerdict(ch redline.Change) (Verdict, bool) {
	text, from, to, category := c.listRelinked(ch.Old, ch.New, c.headingWords(ch.Section))
	if category == "" {
		return Verdict{}, false
	}
	v := c.material(ch, category+".list", &signals{}, nil, nil, "")
	v.Rule, v.Certain = "fallback", false
	lists := "those it gives data to"
	if category == "transfers" {
		lists = "where data goes"
	}
	v.Reason = "To confirm: the link " + quote(readable(text)) + ", where the text lists " + lists + ", now points to another edition of the list (" + from + " → " + to + ")"
	return v, true
}
