package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// settingOnly reports, of a material verdict, a category other than its
// own when the words of its change name its own only through how a
// feature is set (the category's setting words, rules.toml): "When
// Telemetry is enabled, experiments may collect information about visited
// sites" adds data collected, though "enabled" is among the AI words. The
// category is then the one the change's other words name most: the thing
// set, not the setting. It reads the changed sentences, the heading and a
// list's lead-in, and only for a verdict of a category with setting words.
func (c *classifier) settingOnly(v Verdict, ch redline.Change) string {
	k := c.rb.categoryIndex(v.Category)
	if k < 0 || c.ix.settingFrom[k] == c.ix.weakFrom[k] {
		return ""
	}
	ix := c.ix
	so, sn := c.changedSentences(ch.Old, ch.New)
	context := append(ix.fold(so), ix.fold(sn)...)
	section := c.headingWords(ch.Section)
	if lead := c.leadIn(); lead != "" {
		section = append(section, ix.fold(lead)...)
	}
	setting := false
	for _, ws := range [][]string{context, section} {
		for _, h := range ix.strongHits(ws) {
			if int(h.k) != k {
				continue
			}
			if int(h.i) < ix.settingFrom[k] {
				return "" // the category's own words: "AI features are enabled by default"
			}
			setting = true
		}
	}
	if !setting {
		return ""
	}
	removed, added := c.writtenDiff(ch)
	changed := ix.fold(strings.Join(append(removed, added...), " "))
	c.categorize(changed, context, section)
	best, bestScore := "", 0
	for j, s := range c.scores {
		if j != k && s > bestScore {
			best, bestScore = c.rb.Categories[j].ID, s
		}
	}
	return best
}

// recategorized is v said of category k: its rule, its reason's label and
// its GDPR item follow; whether it is material does not change.
func (c *classifier) recategorized(v Verdict, k string) Verdict {
	was, next := c.rb.category(v.Category), c.rb.category(k)
	if next == nil {
		return v
	}
	if _, kind, ok := strings.Cut(v.Rule, "."); ok && v.Rule != "fallback" {
		v.Rule = k + "." + kind
	}
	if was != nil {
		v.Reason = strings.Replace(v.Reason, was.Label+":", next.Label+":", 1)
		v.Reason = strings.Replace(v.Reason, "("+strings.ToLower(was.Label)+")", "("+strings.ToLower(next.Label)+")", 1)
		// A force's reason lowers only the label's first letter ("(automated
		// decisions and AI)", forceReason): that form is replaced too
		// (b89-21 named the category it had left).
		v.Reason = strings.Replace(v.Reason, "("+strings.ToLower(was.Label[:1])+was.Label[1:]+")", "("+strings.ToLower(next.Label[:1])+next.Label[1:]+")", 1)
	} else if r, ok := strings.CutSuffix(v.Reason, " ("+strings.ToLower(c.label(v.Category))+")"); ok {
		// A change no category claimed is labelled "(change)" (label):
		// filed now, it says under what ("… (categories of personal
		// data)"), as one filed at once would.
		v.Reason = r + " (" + strings.ToLower(next.Label) + ")"
	}
	v.Category, v.GDPR = k, next.GDPR
	return v
}
