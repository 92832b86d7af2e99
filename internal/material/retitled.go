package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// A heading retitled between the same neighbours is one edited block,
// however few words the two titles share (the differ pairs them: a
// heading removed and one added, each judged alone, hid "Information We
// Access" → "Examples of information we may see", b100-43). Most such
// titles name another topic over text that is judged change by change
// ("What We Share" → "Law Enforcement Requests and Extenuating
// Circumstances", b25-09): a title commits to nothing by its topic words,
// so a verdict on them alone ("new text", the fallback, an item of a list)
// is the old one, a heading put in place of another. A title still commits
// where its own words of force do: "may" and "examples of" make the list
// under it examples of what may be seen; "(or, after a sale of the
// business, its successor)" puts a condition and a party under a
// controller's name (b121-27).

// retitledApart reports whether ch is a heading put in place of another
// that shares fewer than half its words, the pair the differ makes only
// because they stand alone between the same neighbours.
func (c *classifier) retitledApart(ch redline.Change) bool {
	if ch.Kind != redline.Replace {
		return false
	}
	o, okOld := markdown.CutHeadingMarker(ch.Old)
	n, okNew := markdown.CutHeadingMarker(ch.New)
	if !okOld || !okNew {
		return false
	}
	ow, nw := c.ix.fold(o), c.ix.fold(n)
	if len(ow)+len(nw) == 0 {
		return false
	}
	return 4*commonWords(ow, nw) < len(ow)+len(nw) // Dice below the differ's pairSimilarity, 0.5
}

// topicWordsOnly reports whether a material verdict rests only on which
// words a text names (new text, an item, the fallback), not on a word of
// force, a name, a number or a condition.
func topicWordsOnly(v Verdict) bool {
	return v.Rule == "fallback" || strings.HasSuffix(v.Rule, ".wording") || strings.HasSuffix(v.Rule, ".list") || strings.HasSuffix(v.Rule, ".item")
}

// retitledVerdict is v for a heading retitled apart: minor when v rests
// on the titles' topic words alone, and said so when v called the two
// titles one topic reworded ("Request a callback" → "Energia Privacy
// Statement" is no rewording).
func (c *classifier) retitledVerdict(ch redline.Change, v Verdict) Verdict {
	if v.Material && topicWordsOnly(v) && docTitleReworded(ch) {
		// The document's title given a topic word more, or one fewer:
		// "Palantir's Privacy Statement" → "Palantir's Privacy and
		// Security Statement" (ota-60 015) names what the text under it
		// says, and that text is judged change by change. A section's
		// heading that gains a party or a place says whom the section is
		// about ("Sharing" → "Sharing with advertisers", TestHeadingTopic).
		o, _ := markdown.CutHeadingMarker(ch.Old)
		n, _ := markdown.CutHeadingMarker(ch.New)
		return minor("structure.heading", "Heading reworded; the text under it is judged on its own: "+quoteChange(strings.TrimSpace(o), strings.TrimSpace(n)))
	}
	if v.Material && !topicWordsOnly(v) || !v.Material && v.Rule != "structure.heading-reworded" || !c.retitledApart(ch) {
		return v
	}
	if v.Material && v.Category == "identity" && contactRoleTraded(ch.Old, ch.New) {
		// "## OmniCRM UK Ltd" → "## OmniCRM UK Ltd, for the attention
		// of our Data Protection Officer, Priya Nair" (b357-08): a
		// contact block's line the converter made a heading names who
		// the controller's officer is (contactrole.go).
		return v
	}
	o, _ := markdown.CutHeadingMarker(ch.Old)
	n, _ := markdown.CutHeadingMarker(ch.New)
	return minor("structure.heading", "Heading retitled; the text under it is judged on its own: "+quoteChange(strings.TrimSpace(o), strings.TrimSpace(n)))
}

// docTitleReworded reports the document's title put in place of its title:
// a heading of the first level on each side, the outermost of the
// change's section, that names a policy ("Statement", "Notice", "Policy",
// "Privacy"), twelve words at most and no full stop. A sentence set as a
// heading ("We share your data with our hosting provider." over a line
// of dashes) is judged as the sentence it is.
func docTitleReworded(ch redline.Change) bool {
	if ch.Kind != redline.Replace || len(ch.Section) != 1 {
		return false
	}
	o, okOld := markdown.CutHeadingMarker(ch.Old)
	n, okNew := markdown.CutHeadingMarker(ch.New)
	title := func(text, h string) bool {
		h = strings.TrimSpace(h)
		first := strings.TrimSpace(text)
		level1 := strings.HasPrefix(first, "# ") || strings.Contains(first, "\n=")
		return level1 && len(strings.Fields(h)) <= 12 && !strings.HasSuffix(h, ".") && !sentenceInside(h) && docTitleRE.MatchString(h)
	}
	return okOld && okNew && title(ch.Old, o) && title(ch.New, n)
}

// docTitleRE is a document's title naming what it is.
var docTitleRE = mustPattern(`(?i)\b(?:privacy|policy|notice|statement|charter)\b`)
