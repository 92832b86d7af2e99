package material

import "strings"

// capsHeadingEnd returns where a heading written in capitals ends that
// opens the run of capitalised words ws[i:j], i where there is none. A
// heading typed on the line above its paragraph, without the blank line
// or the "#" that would set it apart, is read into the paragraph: "9.
// SECURITY MEASURES\nOmniCRM implements …" is the text "SECURITY MEASURES
// OmniCRM implements …", and no party is called "SECURITY MEASURES
// OmniCRM" (b80-06). Its words are English words WordNet knows of three
// letters or more, or the closed class of grammar's words ("WITH", "OF"),
// written wholly in capitals, and the run goes on
// in a word that is not: the name starts there. A firm's initials before
// its name ("IBM Cloud") are no English word, a name in capitals
// throughout ("ZORBIX CLOUD") changes case nowhere, and one in capitals
// before its legal form ("ADDITIVE GmbH", b48-15) ends in the form's own
// case: all stay whole, and
// the name after a heading is still found as a name, so a party added or
// replaced there is still one.
func (c *classifier) capsHeadingEnd(ws []string, i, j int) int {
	m := i
	for m < j && len(ws[m]) >= 2 && upperCase(ws[m]) {
		lw := strings.ToLower(ws[m])
		if len(lw) < 3 && !c.ix.grammar[lw] || !c.english(lw) && !c.ix.grammar[lw] {
			break
		}
		m++
	}
	if m == i || m == j || upperCase(ws[m]) || corporate[strings.ToLower(strings.Trim(ws[m], "."))] {
		return i
	}
	return m
}
