package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/markdown"
)

// A business that handles the data of many consumers publishes, each
// year, how many requests to know, to delete and to opt out it received,
// how many it met and denied, and how long it took (the CCPA regulations,
// 11 CCR § 7102): "Privacy Rights Metrics (January 2022 – December 2022)
// … Right to Know • Requests Received – 654 • Requests Complete – 353 •
// Average completion time – 9 days". A new year's figures are a report of
// the past, not a term of the policy: Starbucks's yearly updates were
// read as "Data-subject rights: 654 changed to 1,325" and "9 days added"
// (ota-58 003, 011, 026, three false alarms). A deadline the policy sets
// ("We respond within 45 days") is a sentence with a verb of its own, and
// is no line of figures.

// metricsTitleRE is the title of such a report: metrics or statistics of
// requests or rights, named as such ("Privacy Rights Metrics", "Consumer
// Request Statistics", "Metrics for consumer requests"); not "to compile
// statistics about usage".
var metricsTitleRE = mustPattern(`(?i)\b(?:request|rights?|consumer|privacy|ccpa|cpra|dsar)s?\s+(?:requests?\s+)?(?:metrics|statistics)\b|\b(?:metrics|statistics)\s+(?:for|on|of|about|regarding)\s+(?:[\w-]+\s+){0,3}requests\b`)

// metricsTitle is metricsTitleRE's match, asked only of text that names
// metrics or statistics: most lines do not, and are passed over without
// the expression.
func metricsTitle(s string) bool {
	return (containsFold(s, "metric") || containsFold(s, "statistic")) && metricsTitleRE.MatchString(s)
}

// metricWords are the words a line of figures is made of, beside its
// numbers: what was asked, what came of it, how long it took.
var metricWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`requests request received receipt complete completed completion complied comply
	fulfilled processed verified unverifiable unverified denied declined rejected refused unable withdrawn
	whole part in with or and to be of the a an for from by not could were was total number
	average mean median time days day business calendar response respond responded responding
	right rights know knowledge access delete deletion correct correction opt out opt-out sell sale share sharing limit use
	consumer consumers personal information data portability specific categories category`) {
		m[w] = true
	}
	return m
}()

// metricLine reports a line of a report of requests' figures: its words,
// numbers set aside, all words of figures (metricWords), a footnote to
// one of them ("*Requests may be unable to be completed due to …"), or
// the report's title.
func metricLine(line string) bool {
	t := strings.TrimSpace(line)
	t = strings.TrimLeft(t, "*-•+ \t")
	t = strings.TrimPrefix(strings.TrimPrefix(t, "**•**"), "•")
	if t == "" || metricsTitle(t) {
		return true
	}
	if strings.HasPrefix(strings.TrimSpace(line), `\*`) {
		// A footnote mark before its text, which explains the figures:
		// not one that says what the reader cannot ask ("“Limit use and
		// disclosure of sensitive personal information requests” are not
		// offered", Toyota's, ota-91 021, a miss).
		return !footnoteTermRE.MatchString(t)
	}
	if strings.HasSuffix(t, ":") && containsFold(t, "request") && !strings.ContainsAny(t, ".;") {
		return true // "Includes requests from the United States and Canada:"
	}
	words := 0
	for _, w := range strings.FieldsFunc(t, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r >= '0' && r <= '9' || r == ',')
	}) {
		w = strings.ToLower(strings.Trim(w, "-,"))
		if w == "" || strings.Trim(w, "0123456789,") == "" {
			continue
		}
		if !metricWords[w] {
			return false
		}
		words++
	}
	return words > 0
}

// footnoteTermRE is a footnote's term of the policy: a request or a
// practice not offered, not provided, no longer made.
var footnoteTermRE = mustPattern(`(?i)\b(?:are|is|will\s+be)\s+not\s+(?:offered|provided|available|accepted|honou?red|supported)\b|\b(?:do|does|will)\s+not\s+(?:offer|provide|sell|share|accept|honou?r|support|use|collect)\b|\bno\s+longer\b`)

// metricsBlockText reports whether the changed block of one side stands
// in a report of requests' figures: the block itself, or one of the
// blocks above it back to the heading over it (at most twenty), is the
// report's title.
func (c *classifier) metricsBlockText(old bool) bool {
	i, ok := c.rowIndex()
	if !ok {
		return false
	}
	for j := i; j >= 0 && j >= i-20; j-- {
		b := sideBlock(c.rows[j], old)
		if b == nil {
			continue
		}
		if metricsTitle(b.Text) {
			return true
		}
		if b.Kind == markdown.HeadingBlock {
			return false
		}
	}
	return false
}

// metricsBlock is metricsBlockText, a traced question (memo.go).
func (c *classifier) metricsBlock(old bool) bool {
	return c.ask(askMetricsBlock, old, "", yes(c.metricsBlockText(old))) != ""
}

// metricsOnly reports a change whose every line, on each side, is a line
// of a report of requests' figures (metricLine), in such a report.
func (c *classifier) metricsOnly(old, new string) bool {
	if len(old) > 1<<12 || len(new) > 1<<12 {
		return false // a line of figures, or a few: not a long paragraph
	}
	if !strings.ContainsAny(old, "0123456789") && !strings.ContainsAny(new, "0123456789") && !containsFold(old, "request") && !containsFold(new, "request") && !containsFold(old, "right") && !containsFold(new, "right") {
		return false
	}
	if !everyLine(metricLine, old, new) {
		return false
	}
	return (old == "" || c.metricsBlock(true)) && (new == "" || c.metricsBlock(false))
}
