package material

import (
	"slices"
	"strconv"
)

// A necessary condition is said in several constructions, each with force
// words of its own: "pupils may only join with the permission of a
// parent", "a parent has to give permission before a pupil can join",
// "joining requires a parent's permission", "pupils may not join without a
// parent's permission". Read word by word, the first has an "only" the
// second lacks and the second a "before" the first lacks: a commitment
// weakened, a condition added. Read as constructions, they state one
// commitment: X is allowed on Y alone.
type necessity struct {
	form byte     // 'o' only … if/with, 's' only Y may, 'n' not … without/unless, 'b' Y before X can, 'r' X requires Y, 'm' must be Y to X
	drop []int    // the words of the construction: its force words and the permission it limits
	cond []string // the words of Y, the condition
}

// onlyMarkers open the condition of an "only": "only if", "may only join
// … with". "for" is no condition: "only for billing" limits a purpose.
var onlyMarkers = map[string]bool{"if": true, "with": true, "after": true, "once": true, "when": true, "where": true, "upon": true, "provided": true, "following": true}

// allowWords grant the permission a "not … unless" denies.
var allowWords = map[string]bool{"allow": true, "permit": true, "let": true, "authorise": true, "authorize": true}

// necessityOf finds the first necessary condition of folded words ("can"
// folds to "may", "cannot" to "may not", "need" to "require").
func necessityOf(ws []string) (necessity, bool) {
	// permissionBefore is the "may" X is allowed by, written before i in
	// the same clause: "may only join", "can access … only with".
	permissionBefore := func(i int) int {
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if ws[k] == "may" {
				return k
			}
		}
		return -1
	}
	window := func(from, to int) []string {
		from, to = max(from, 0), min(to, len(ws))
		if from >= to {
			return nil
		}
		return ws[from:to]
	}
	for i, w := range ws {
		switch w {
		case "only":
			for j := i + 1; j < len(ws) && j <= i+8; j++ {
				if ws[j] == "may" && j > i+1 {
					// "only people aged 16 or over may use the service":
					// the condition is who may.
					return necessity{form: 's', drop: []int{i, j}, cond: ws[i+1 : j]}, true
				}
				if onlyMarkers[ws[j]] {
					n := necessity{form: 'o', drop: []int{i, j}, cond: window(j+1, j+7)}
					if k := permissionBefore(i); k >= 0 {
						n.drop = append(n.drop, k)
					}
					return n, true
				}
			}
		case "not", "never", "no":
			// "not … without Y", "not … unless Y", "not … until Y" (only
			// after Y), "not … with anyone except Z" (only with Z).
			for j := i + 1; j < len(ws) && j <= i+10; j++ {
				if ws[j] == "without" || ws[j] == "unless" || ws[j] == "until" || ws[j] == "except" {
					n := necessity{form: 'n', drop: []int{i, j}, cond: window(j+1, j+7)}
					if i > 0 && ws[i-1] == "may" { // "cannot join without"
						n.drop = append(n.drop, i-1)
					}
					// "we do not allow third parties to track you unless":
					// the permission the construction limits.
					if i+1 < len(ws) && allowWords[ws[i+1]] {
						n.drop = append(n.drop, i+1)
					}
					return n, true
				}
			}
		case "before", "prior":
			// "a parent has to give permission before a pupil can join":
			// the permission X is given by follows the "before" ("before"
			// folds to "prior to").
			at := []int{i}
			if w == "prior" {
				if i+1 >= len(ws) || ws[i+1] != "to" {
					continue
				}
				at = append(at, i+1)
			}
			for j := at[len(at)-1] + 1; j < len(ws) && j <= i+10; j++ {
				if ws[j] == "may" {
					return necessity{form: 'b', drop: append(at, j), cond: window(i-8, i)}, true
				}
			}
			// "we will ask you before we use your data for profiling" is
			// "we do not use it without asking you first": a duty done
			// before X is X's condition.
			// "your consent is required before we share": the same.
			for k := i - 1; k >= 0 && k >= i-8; k-- {
				if ws[k] == "will" || ws[k] == "must" || ws[k] == "shall" || ws[k] == "always" || ws[k] == "required" {
					return necessity{form: 'b', drop: append(at, k), cond: window(i-8, i)}, true
				}
				if ws[k] == "may" || ws[k] == "not" || ws[k] == "never" {
					break
				}
			}
		case "must":
			// "you must be at least 16 to use the service": a duty that
			// is the condition of what the "to" does.
			if i+1 < len(ws) && (ws[i+1] == "be" || ws[i+1] == "have") {
				for j := i + 2; j+1 < len(ws) && j <= i+8; j++ {
					if ws[j] == "to" {
						return necessity{form: 'm', drop: []int{i}, cond: ws[i+1 : j]}, true
					}
				}
			}
		case "require", "requires":
			if i+1 < len(ws) && ws[i+1] == "to" {
				// "we will need to verify your identity" ("need" folds
				// to "require"): a duty of the subject's own, said as
				// "must" says it, not what X requires of Y.
				continue
			}
			// "use of the API requires that you accept the terms".
			return necessity{form: 'r', drop: []int{i}, cond: window(i+1, i+7)}, true
		}
	}
	return necessity{}, false
}

// sameNecessity returns old and new without the words of a necessary
// condition each states in another construction, on the same condition:
// what the rest of the sentence commits to is then compared as it stands
// ("should give permission before" still hedges; "unless you are a
// partner" is still an exception). ok is false when the constructions are
// the same, or the conditions share no word.
func (c *classifier) sameNecessity(old, new []string) (o, n []string, ok bool) {
	a, okA := necessityOf(old)
	b, okB := necessityOf(new)
	if !okA || !okB || a.form == b.form && !(a.form == 'b' && permissionAfter(old, a) && permissionAfter(new, b)) || !condKin(c.condWords(a.cond), c.condWords(b.cond)) {
		return old, new, false
	}
	without := func(ws []string, drop []int) []string {
		out := make([]string, 0, len(ws))
		for i, w := range ws {
			if !slices.Contains(drop, i) {
				out = append(out, w)
			}
		}
		return out
	}
	return without(old, a.drop), without(new, b.drop), true
}

// permissionAfter reports a 'b' construction whose permission follows
// its "before": "we will need to verify your identity before we can act".
// The "can" is what the duty is the condition of, not the force of the
// duty: with the construction on both sides, the duty is weighed alone
// ("will need to" → "must" is the same duty, "will need to" → "may" is a
// weaker one).
func permissionAfter(ws []string, n necessity) bool {
	return len(n.drop) > 0 && n.drop[len(n.drop)-1] > n.drop[0] && ws[n.drop[len(n.drop)-1]] == "may"
}

// condWords are the words of a condition that can name what it is: not
// its grammar, persons, modals or the markers of a construction ("opt in"
// names its act by force words of its own).
func (c *classifier) condWords(ws []string) []string {
	var out []string
	for _, w := range c.content(ws) {
		if !pronouns[w] && !onlyMarkers[w] && !c.ix.soft[w] && !constructionWords[w] {
			out = append(out, w)
		}
	}
	return out
}

var constructionWords = map[string]bool{"until": true, "except": true, "may": true, "will": true, "must": true, "shall": true, "not": true, "no": true, "never": true,
	"without": true, "unless": true, "only": true, "require": true, "requires": true, "prior": true, "before": true}

// condKin reports two conditions that name the same thing: a word of one
// is a word of the other, or of its family ("approval", "approve"), past
// the words that name no thing.
func condKin(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
			if len(x) < 4 || len(y) < 4 {
				continue
			}
			if stem(x) == stem(y) {
				return true
			}
			n := 0
			for n < len(x) && n < len(y) && x[n] == y[n] {
				n++
			}
			if n >= 5 && n >= min(len(x), len(y))-3 {
				return true
			}
		}
	}
	return false
}

// ageFloors returns the least ages folded words state, each as "16+": "at
// least 16", "16 or over", "16 and older" ("or" folds to "and or"). With
// ageBounds ("under 16"), they are an age threshold said in any
// construction: "you must be at least 16" is "people aged 16 or over".
func ageFloors(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		v, n := readNumber(ws[i:])
		if n == 0 {
			continue
		}
		if k := i + n; k < len(ws) && durationUnits[ws[k]] && !saidOfAge(ws[k+1:]) && (i == 0 || ws[i-1] != "aged") {
			// A number of years, months or days not said to be old, of
			// age or over is a duration, not an age: "maintained for at
			// least six years following the deletion of your account"
			// (b61-32) keeps data, it sets no age ("at least 16 years
			// old", "at least 16 years of age", "aged 16 years or over"
			// do).
			i += n - 1
			continue
		}
		floor := i >= 2 && ws[i-2] == "at" && ws[i-1] == "least"
		for k := i + n; !floor && k < len(ws) && k <= i+n+2; k++ {
			if w := ws[k]; w == "over" || w == "older" || w == "above" {
				floor = ws[k-1] == "or" || ws[k-1] == "and"
			} else if w != "and" && w != "or" {
				break
			}
		}
		if floor {
			out = append(out, strconv.FormatFloat(v, 'f', -1, 64)+"+")
		}
		i += n - 1
	}
	return out
}

// durationUnits are the units of time a number of them counts: after a
// number, a duration, unless "old" or "of age" follows.
var durationUnits = map[string]bool{"years": true, "year": true, "months": true, "month": true, "weeks": true, "week": true, "days": true, "day": true}

// saidOfAge reports the words after "16 years" that make it an age: "old",
// "of age", "or over", "and older".
func saidOfAge(ws []string) bool {
	switch {
	case len(ws) > 0 && ws[0] == "old":
		return true
	case len(ws) > 1 && ws[0] == "of" && ws[1] == "age":
		return true
	}
	i := 0 // "or" folds to "and or"
	for i < len(ws) && i < 2 && (ws[i] == "or" || ws[i] == "and") {
		i++
	}
	return i > 0 && i < len(ws) && (ws[i] == "over" || ws[i] == "older" || ws[i] == "above")
}

// exceptWhere returns folded words with "except where", "except when" and
// "except if" said as the "unless" each means: one exception, not an
// exception and a condition. ws is not changed; a copy is returned when a
// word is dropped.
func exceptWhere(ws []string) []string {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "except" && (ws[i+1] == "where" || ws[i+1] == "when" || ws[i+1] == "if") {
			return append(slices.Clone(ws[:i+1]), ws[i+2:]...)
		}
	}
	return ws
}

// demandVerbs ask that a thing be done, as a power of the reader's: "a
// right to require that your data be moved".
var demandVerbs = map[string]bool{"require": true, "demand": true}

// demandAsCausative returns folded words with "require (that)" written
// "have" where the other side writes "have" after the same word and no
// demand: "a right to require that personal data be moved" is "a right to
// have personal data moved". The power is the same; the demand is what
// it is used for, not a duty the company takes on. A demand the other side
// words as a request ("a right to ask that …") is kept, for the force to
// weigh. ws is not changed.
func demandAsCausative(ws, other []string) []string {
	for i := 1; i+1 < len(ws); i++ {
		if !demandVerbs[ws[i]] || slices.Contains(other, ws[i]) {
			continue
		}
		for j := 0; j+1 < len(other); j++ {
			if other[j] != ws[i-1] || other[j+1] != "have" {
				continue
			}
			out := slices.Clone(ws)
			out[i] = "have"
			if ws[i+1] == "that" {
				out = slices.Delete(out, i+1, i+2)
			}
			return out
		}
	}
	return ws
}
