package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What the reader can set, said as an adjective or as the power itself:
// "90 days (configurable in your dashboard)" is "(adjustable in your
// dashboard)" and "(you can change this in your dashboard)" (b102-27,
// b107-26, b111-26). The verbs are a closed class, those of changing a
// setting; "(deletable in your dashboard)" → "(you can change this …)"
// trades one power for another and stays unexplained.

// settingVerbs are the verbs, as their stems, of changing a setting.
var settingVerbs = []string{"configur", "adjust", "customi", "chang", "modif", "edit", "set", "tailor"}

// settingStem reports a word whose stem is a verb of changing a setting.
func settingStem(w string) bool {
	for _, v := range settingVerbs {
		if strings.HasPrefix(w, v) && (v != "set" || w == "set" || w == "settable") {
			return true
		}
	}
	return false
}

// settableAdjective reports an adjective "-able" or "-ible" of a verb of
// changing a setting ("configurable", "adjustable", "customisable").
func settableAdjective(w string) bool {
	return (strings.HasSuffix(w, "able") || strings.HasSuffix(w, "ible")) && settingStem(w)
}

// settableSaid returns a test for the words of a setting the reader can
// change said one way on one side and the other way on the other: an
// adjective of settingVerbs on one side, and another such adjective or
// "you can (may) <verb> this (it)" with a verb of settingVerbs on the
// other.
func settableSaid(old, new []string) func(string) bool {
	adj := func(ws []string) string {
		for _, w := range ws {
			if settableAdjective(w) {
				return w
			}
		}
		return ""
	}
	power := func(ws []string) []string {
		for i := 0; i+3 < len(ws); i++ {
			if ws[i] == "you" && (ws[i+1] == "can" || ws[i+1] == "may") && settingStem(ws[i+2]) && (ws[i+3] == "this" || ws[i+3] == "it" || ws[i+3] == "them") {
				return ws[i : i+4]
			}
		}
		return nil
	}
	var words []string
	for _, side := range [2][2][]string{{old, new}, {new, old}} {
		a := adj(side[0])
		if a == "" || adj(side[1]) == a {
			continue
		}
		if b := adj(side[1]); b != "" {
			words = append(words, a, b)
		} else if p := power(side[1]); p != nil && power(side[0]) == nil {
			words = append(append(words, a), p...)
		}
	}
	if len(words) > 0 {
		// "in your dashboard" → "in your dashboard settings": where the
		// setting is changed, named by its page (b311-27).
		words = append(words, "settings", "setting")
	}
	return func(w string) bool { return slices.Contains(words, w) }
}

// settableDropped reports a bracket ex, put in or dropped by ch, that
// says the reader can change a setting, where the text without it says
// so nowhere else: "90 days (configurable in your dashboard)" → "90 days"
// takes a control (b296-25), no example. Where the policy still says
// "You can configure shorter retention periods in your dashboard privacy
// settings", the bracket only repeated it (b120-29, b176-26).
func (c *classifier) settableDropped(ex string, ch redline.Change) bool {
	if !settableIn(ex) {
		return false
	}
	bare := !strings.Contains(ch.New, ex) // the new text lacks the bracket: it was dropped
	for _, w := range []string{"configure", "configurable", "adjust", "adjustable", "customise", "customize", "customisable", "customizable"} {
		if c.inDoc(!bare, w) {
			return false
		}
	}
	return true
}

// settableIn reports a text that says the reader can change a setting:
// "(configurable in your dashboard)", "(you can change this)". Put or
// dropped, it gives or takes a control, no example: "90 days
// (configurable in your dashboard)" → "90 days" (b296-25).
func settableIn(text string) bool {
	ws := plainWords(text)
	for i, w := range ws {
		if settableAdjective(w) || (w == "can" || w == "may") && i > 0 && ws[i-1] == "you" && i+1 < len(ws) && settingStem(ws[i+1]) {
			return true
		}
	}
	return false
}
