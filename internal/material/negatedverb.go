package material

import "slices"

// A verb denied says what its opposite says: "set the app not to show
// your location on the map" is "set the app to hide your location from
// the map"; "set your browser not to accept cookies" is "… to refuse
// cookies". The "not" is carried by the verb, and the rules, counting
// "not" as a limit, read it lifted (b49-17). Where one side denies a verb
// and the other says its opposite in its place, the denial is written as
// the opposite before the force of the two is compared. The "not"
// dropped with no opposite, or an opposite where nothing was denied, is
// still a negation changed.

// verbOpposites pairs the stems of a verb of showing, accepting,
// including or enabling with those of the verbs that deny it.
var verbOpposites = func() map[string]map[string]bool {
	groups := [][2][]string{
		{{"show", "display", "reveal", "disclose", "expose", "publish"}, {"hide", "conceal", "mask", "withhold"}},
		{{"accept", "allow", "permit"}, {"refuse", "reject", "decline", "block", "disallow"}},
		{{"include"}, {"exclude", "omit"}},
		{{"enable", "activate"}, {"disable", "deactivate"}},
	}
	m := map[string]map[string]bool{}
	for _, g := range groups {
		opp := effectStems(g[1]...)
		for _, w := range g[0] {
			m[stem(w)] = opp
		}
	}
	return m
}()

// oppositeFor returns the verb of ws whose stem is in opp.
func oppositeFor(ws []string, opp map[string]bool) string {
	for _, w := range ws {
		if opp[stem(w)] {
			return w
		}
	}
	return ""
}

// negatedAsOpposite writes, in a, a verb denied ("not to show") as the
// opposite verb b says ("hide"), where a says no opposite of its own.
func negatedAsOpposite(a, b []string) []string {
	for i, w := range a {
		if w != "not" {
			continue
		}
		j := i + 1
		if j < len(a) && a[j] == "to" {
			j++
		}
		if j >= len(a) {
			break
		}
		opp := verbOpposites[stem(a[j])]
		if opp == nil || oppositeFor(a, opp) != "" {
			continue
		}
		if o := oppositeFor(b, opp); o != "" && !slices.Contains(b, a[j]) {
			out := append(slices.Clone(a[:i]), o)
			if j > i+1 {
				out = append(slices.Clone(a[:i]), "to", o)
			}
			return append(out, a[j+1:]...)
		}
	}
	return a
}

// negatedVerbs writes a verb denied on either side as the opposite verb
// the other side says (negatedAsOpposite).
func negatedVerbs(old, new []string) ([]string, []string) {
	if !slices.Contains(old, "not") && !slices.Contains(new, "not") {
		return old, new
	}
	return negatedAsOpposite(old, new), negatedAsOpposite(new, old)
}
