package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A verb of beginning or attempt put before the act a commitment turns on
// moves when it holds: "we collect this information when you register for
// an account" → "when you begin registering for an account" collects it
// from a registration never finished (b149-32, read "Same commitments").
// Only the verb put in, the act kept ("register" → "begin registering",
// "start to register", "try to register") is read so.

// inceptionVerbs begin or attempt the act after them.
var inceptionVerbs = map[string]bool{"begin": true, "begins": true, "start": true, "starts": true, "attempt": true, "attempts": true, "try": true, "tries": true}

// inceptionPut returns the act and the words it is now said in when new
// puts a verb of beginning or attempt before it, or old did and new does
// not (then put is false).
func inceptionPut(old, new string) (act, now string, put bool) {
	// Asked of every change read as the same commitments: the words are
	// split only where a verb of beginning or attempt stands.
	has := func(w string) bool { return containsFold(old, w) || containsFold(new, w) }
	if !has("begin") && !has("start") && !has("attempt") && !has("tr") {
		return "", "", false
	}
	a, b := lowered(strings.Fields(old)), lowered(strings.Fields(new))
	if act, now := inceptionAt(a, b); act != "" {
		return act, now, true
	}
	if act, now := inceptionAt(b, a); act != "" {
		return act, now, false
	}
	return "", "", false
}

// inceptionAt finds in b, a's words but for one verb of beginning put
// before one of them, the act and its new words.
func inceptionAt(a, b []string) (string, string) {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	if i >= len(a) || i+1 >= len(b) || !inceptionVerbs[b[i]] {
		return "", ""
	}
	k := i + 1
	if b[k] == "to" && k+1 < len(b) {
		k++
	}
	if !sameAct(a[i], b[k]) || !equalWords(a[i+1:], b[k+1:]) {
		return "", ""
	}
	return a[i], strings.Join(b[i:k+1], " ")
}

// sameAct reports v and w one verb, w its -ing form or itself:
// "register", "registering"; "use", "using".
func sameAct(v, w string) bool {
	if v == w {
		return true
	}
	base := strings.TrimSuffix(strings.TrimSuffix(v, "s"), "e")
	return w == v+"ing" || w == base+"ing" || len(base) > 2 && w == base+base[len(base)-1:]+"ing"
}

// inceptionVerdict is the verdict on a verb of beginning or attempt put
// before the act a commitment turns on, or taken away.
func (c *classifier) inceptionVerdict(ch redline.Change, cat, so, sn string) (Verdict, bool) {
	act, now, put := inceptionPut(so, sn)
	if act == "" {
		return Verdict{}, false
	}
	v := c.material(ch, c.categoryOr(cat, "unclassified")+".condition", &signals{}, nil, nil, "")
	what, dir, from, to := "When it holds changed: the act now only begun or attempted", Expands, act, now
	if !put {
		what, dir, from, to = "When it holds changed: the act now done, not only begun or attempted", Restricts, now, act
	}
	v.Reason, v.Direction = fmt.Sprintf("%s, '%s' → '%s': %s (%s)", what, from, to, quoteChange(so, sn), strings.ToLower(c.label(v.Category))), dir
	return v, true
}

// lowered returns ws in lower case, trimmed of the punctuation around them.
func lowered(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.Trim(strings.ToLower(w), ".,;:!?()\"“”'’")
	}
	return out
}
