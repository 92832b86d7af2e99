package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A comparison is a bound, and a word of degree before it moves the
// bound: "We will not keep your data longer than we need it" → "… much
// longer than we need it" lets data be kept well past the need; "fees
// slightly higher than" → "fees higher than" lifts a cap. The words are
// ordinary English, so the rules read the same commitments; the degree is
// read here. A word of the same degree ("much longer" → "far longer"),
// or "any" only stressing the comparison ("not keep it any longer than")
// is no change.

// boundComparatives are the words of a comparison a commitment bounds by.
var boundComparatives = map[string]bool{"more": true, "less": true, "fewer": true, "longer": true, "shorter": true, "later": true,
	"earlier": true, "greater": true, "higher": true, "lower": true, "sooner": true, "larger": true, "smaller": true}

// degreeWords say by how much: "big" or "small". "any" says nothing.
var degreeWords = map[string]string{"much": "big", "far": "big", "significantly": "big", "substantially": "big", "considerably": "big",
	"materially": "big", "way": "big", "slightly": "small", "somewhat": "small", "marginally": "small", "little": "small", "bit": "small",
	"a": "", "any": "", "no": "none"}

// degreeOf returns the degree the changed words say before a comparison,
// "none" for no words, "" for words of another kind.
func degreeOf(span []string) string {
	d := "none"
	for _, w := range span {
		k, ok := degreeWords[w]
		switch {
		case !ok || k == "none":
			return ""
		case k == "":
			continue
		case d != "none" && d != k:
			return ""
		}
		d = k
	}
	return d
}

// degreeChanged returns the words each side puts before a comparison
// where only the degree they say changed: "longer" → "much longer" gives
// "longer", "much longer".
func degreeChanged(old, new []string) (string, string) {
	p, os, ns := changedSpan(old, new)
	if os == len(old) || ns == len(new) || !boundComparatives[old[os]] || os-p > 2 || ns-p > 2 || os == p && ns == p {
		return "", ""
	}
	do, dn := degreeOf(old[p:os]), degreeOf(new[p:ns])
	if do == "" || dn == "" || do == dn {
		return "", ""
	}
	cmp := old[os]
	return strings.TrimSpace(strings.Join(old[p:os], " ") + " " + cmp), strings.TrimSpace(strings.Join(new[p:ns], " ") + " " + cmp)
}

// degreeVerdict is the verdict on a bound said by a comparison moved by a
// word of degree (degreeChanged).
func (c *classifier) degreeVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	wo, wn := degreeChanged(old, new)
	if wo == "" {
		return Verdict{}, false
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".bound", &signals{}, nil, nil, "")
	v.Direction = Neutral
	v.Reason = fmt.Sprintf("A bound moved: the degree of a comparison changed, '%s' → '%s': %s (%s)", wo, wn, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}
