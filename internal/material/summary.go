package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// summaryLabels open the one-line summary a layered notice puts over a
// section: "**In short:** we keep your data only as long as we need it."
var summaryLabels = []string{"in short", "in brief", "in a nutshell", "in summary", "summary", "the short version", "short version",
	"at a glance", "tl;dr", "tldr", "the gist", "key points", "key point", "quick summary", "the basics"}

// summaryLine returns what a line summarising its section says, without
// its label, or "" when the line is no such summary.
func summaryLine(line string) string {
	t := strings.TrimLeft(line, " \t*_>")
	for _, l := range summaryLabels {
		if len(t) <= len(l) || !strings.EqualFold(t[:len(l)], l) {
			continue
		}
		rest := strings.TrimLeft(t[len(l):], "*_ \t")
		if r, ok := strings.CutPrefix(rest, ":"); ok {
			return strings.TrimSpace(strings.TrimLeft(r, "*_ \t"))
		}
		for _, dash := range []string{"—", "–", " - "} {
			if r, ok := strings.CutPrefix(rest, strings.TrimSpace(dash)); ok {
				return strings.TrimSpace(strings.TrimLeft(r, "*_ \t"))
			}
		}
	}
	return ""
}

// summaryHint reports a text that may hold a summary label: a word of one
// of summaryLabels, in any case but the first letter's. No allocation.
func summaryHint(text string) bool {
	for _, h := range []string{"hort", "HORT", "rief", "RIEF", "ummary", "UMMARY", "L;DR", "l;dr", "LDR", "ldr", "lance", "LANCE", "ist", "IST", "oint", "OINT", "utshell", "UTSHELL", "asics", "ASICS"} {
		if strings.Contains(text, h) {
			return true
		}
	}
	return false
}

// withoutSummaries returns text without its summary lines, the text
// with each summary line's label alone taken out, and what they say.
func withoutSummaries(text string) (string, string, []string) {
	if !strings.Contains(text, ":") && !strings.ContainsAny(text, "—–") || !summaryHint(text) {
		return text, text, nil // most texts: no line is read
	}
	var kept, unlabelled, sums []string
	for line := range strings.Lines(text) {
		if s := summaryLine(line); s != "" {
			sums = append(sums, s)
			unlabelled = append(unlabelled, s+"\n")
			continue
		}
		kept = append(kept, line)
		unlabelled = append(unlabelled, line)
	}
	return strings.Join(kept, ""), strings.Join(unlabelled, ""), sums
}

// summaryRestates reports a summary that says nothing the text beside it
// does not: the categories it speaks of, its numbers, names, negations
// and words of force, and each word that names a thing, are in the text
// (or a word WordNet gives the same meaning); only ordinary words may
// differ ("In short: omnie keeps no customer data outside client
// systems" over "omnie does not retain customer data outside of client
// systems"). A summary that adds a commitment ("In short: we may share
// your data with partners") is not one.
func (c *classifier) summaryRestates(sum, text string) bool {
	ix, wn := c.ix, wordNet()
	// "See [Data Storage and Retention](#data-storage-and-retention)": a
	// section of the same text, pointed to.
	sum = sectionLinkRE.ReplaceAllString(sum, "")
	ws, tws := ix.fold(sum), ix.fold(text)
	if len(ws) == 0 || len(ws) > 30 {
		return false
	}
	if len(minusItems(quantities(ws), quantities(tws))) > 0 {
		return false
	}
	if len(minusNames(c.entities(sum), c.entities(text))) > 0 {
		return false
	}
	textTopics := " " + c.topics(tws) + " "
	for _, k := range strings.Fields(c.topics(ws)) {
		if !strings.Contains(textTopics, " "+k+" ") {
			return false
		}
	}
	in := map[string]bool{}
	negated := false
	for _, w := range tws {
		in[w] = true
		negated = negated || ix.negation[w]
	}
	_, covered := ix.forces(ws)
	for i, w := range ws {
		switch {
		case in[w] || ix.grammar[w] || parties[w]:
		case ix.negation[w]:
			if !negated {
				return false
			}
		case covered[i] || ix.modal[w] || isNumber(w):
			return false // a word of force or a number the text does not have
		case wn.ordinary(w):
		default:
			found := false
			for x := range in {
				if !ix.grammar[x] && wn.close(w, x) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
	}
	return true
}

// sectionLinkRE is a link to a section of the same text, with "See"
// before it.
var sectionLinkRE = mustPattern(`(?i)(?:\b(?:see|read)\s+(?:also\s+)?)?\[[^\]\n]*\]\(#[^)\s]*\)`)

// summarySetAside judges a change that added or removed a summary line
// over a section's text. A summary that restates what the text says is
// set aside, and the rest judged alone ("**In short:** our Service isn't
// meant for children." over the sentence on the age it is directed to);
// a text that became its summary is judged as the summary's words, its
// label "In short:" alone taken out.
func (c *classifier) summarySetAside(ch redline.Change) (Verdict, bool) {
	o, uo, so := withoutSummaries(ch.Old)
	n, un, sn := withoutSummaries(ch.New)
	if len(so)+len(sn) == 0 {
		return Verdict{}, false
	}
	var said []string
	restates := true
	for _, side := range []struct {
		sums        []string
		text, other string
	}{{so, o, n}, {sn, n, o}} {
		for _, s := range side.sums {
			restates = restates && c.summaryRestates(s, side.text+"\n"+side.other)
			said = append(said, "'"+s+"'")
		}
	}
	if restates {
		if v, ok := c.setAside(ch, o, n, "same.summary", "a summary line restating what the text says: "+strings.Join(said, "; ")); ok {
			return v, true
		}
	}
	return c.setAside(ch, uo, un, "same.summary", "a summary line's label taken out: "+strings.Join(said, "; "))
}
