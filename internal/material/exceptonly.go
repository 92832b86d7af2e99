package material

import "slices"

// deniedExcept returns folded words with a denial that an exception
// follows ("will not share it except when we have legal grounds") said as
// the exclusive permission it grants ("will share it only when …"),
// where the other side says it so: "only" and no denial. Both permit the
// act in the excepted case and in no other (b38-25). The act, the
// parties and the cases excepted are words of their own, still compared.
// ws is not changed; a copy is returned, and true, when the denial is
// rewritten.
func deniedExcept(ws, other []string) ([]string, bool) {
	// The other side's word of exclusion that ws does not write: "We
	// process it solely to …, and will not share it except …" → "…, and
	// will only share it …" (b94-37).
	only := slices.IndexFunc(other, func(w string) bool { return onlyWords[w] && !slices.Contains(ws, w) })
	if only < 0 || slices.Contains(ws, "only") || slices.ContainsFunc(other, denial) {
		return ws, false
	}
	for i, w := range ws {
		if !denial(w) {
			continue
		}
		// The exception closes the denial: no other denial, nor a second
		// exception, stands between them or after.
		for j := i + 1; j < len(ws) && j <= i+exceptReach; j++ {
			if denial(ws[j]) {
				return ws, false
			}
			n := exceptWordAt(ws, j)
			if n == 0 {
				continue
			}
			if slices.ContainsFunc(ws[j+n:], func(v string) bool { return v == "except" || v == "unless" || denial(v) }) {
				return ws, false
			}
			// "except when" is folded "except" (exceptWhere); the opener
			// the other side writes after its "only" is the one meant.
			// The word of exclusion is the other side's ("solely").
			out := slices.Replace(slices.Clone(ws), j, j+n, other[only])
			if k := only; k+1 < len(other) && (other[k+1] == "when" || other[k+1] == "where" || other[k+1] == "if") && (j+1 == len(out) || out[j+1] != other[k+1]) {
				out = slices.Insert(out, j+1, other[k+1])
			}
			// What the exception is taken from, said of everything: "is
			// not used for anything other than support", "for any
			// purpose other than" (b219-43).
			if f := everythingBefore(out, j); f > 0 {
				out = slices.Delete(out, j-f, j)
			}
			return slices.Delete(out, i, i+1), true
		}
		return ws, false
	}
	return ws, false
}

// onlyWords say that a thing is the one case: "only", "solely",
// "exclusively".
var onlyWords = map[string]bool{"only": true, "solely": true, "exclusively": true}

// everythingBefore returns how many words before ws[j] say everything an
// exception at j is taken from: "anything", "any purpose", "any other
// reason"; 0 for none.
func everythingBefore(ws []string, j int) int {
	switch {
	case j >= 1 && (ws[j-1] == "anything" || ws[j-1] == "everything"):
		return 1
	case j >= 2 && ws[j-2] == "any" && everythingNouns[ws[j-1]]:
		return 2
	case j >= 3 && ws[j-3] == "any" && ws[j-2] == "other" && everythingNouns[ws[j-1]]:
		return 3
	}
	return 0
}

// everythingNouns are what "any" takes before an exception to say every
// case: "any purpose other than", "any reason except".
var everythingNouns = map[string]bool{"purpose": true, "purposes": true, "reason": true, "reasons": true, "way": true, "use": true, "uses": true}

// exceptWordAt returns the length of the word or words of an exception at
// ws[j]: "except", "unless", "other than", "apart from" (b146-01: "does not
// process this data other than in accordance with instructions" is
// "processes this data only in accordance with instructions"); 0 for none.
func exceptWordAt(ws []string, j int) int {
	switch ws[j] {
	case "except", "unless":
		return 1
	case "other", "apart":
		if j+1 < len(ws) && (ws[j] == "other" && ws[j+1] == "than" || ws[j] == "apart" && ws[j+1] == "from") {
			return 2
		}
	}
	return 0
}

// exceptReach is the most words a denial's exception stands after it.
const exceptReach = 25

// exceptAsOnly is deniedExcept of each of two word lists. The side whose
// "only" the denial was said as then loses the opener it writes again
// after "or" (repeatedOpener).
func exceptAsOnly(old, new []string) ([]string, []string) {
	if o, ok := deniedExcept(old, new); ok {
		return o, repeatedOpener(new, o)
	}
	if n, ok := deniedExcept(new, old); ok {
		return repeatedOpener(old, n), n
	}
	return old, new
}

// repeatedOpener returns folded words without a condition's opener
// written again after "or" ("only when we have legal grounds or when the
// law requires it"), where the other side says one opener fewer and has
// an "or" of its own ("except when we have legal grounds or it is
// required by law"): one condition of two branches, not two conditions
// (b38-25). It is asked only of a side an exception was said against
// (exceptAsOnly): elsewhere a branch written with its opener may be a
// condition added. ws is not changed.
func repeatedOpener(ws, other []string) []string {
	if !slices.Contains(other, "or") {
		return ws
	}
	for k := 2; k < len(ws); k++ {
		w := ws[k]
		if ws[k-1] != "or" || (w != "when" && w != "where" && w != "if") || !slices.Contains(ws[max(0, k-exceptReach):k-1], w) {
			continue
		}
		if count(ws, w) != count(other, w)+1 {
			continue
		}
		return slices.Delete(slices.Clone(ws), k, k+1)
	}
	return ws
}

// doubleDenials returns folded words with a denial of a denial said as
// the plain statement, where other says it so: an exception taken from
// a denial ("is not used for anything other than support", deniedExcept),
// a case excepted where something does not hold ("except where they are
// not required", exceptWhereNot), and "any" of what was not done ("must
// not use it for any purpose we have not specified", anyNotDone). ws is
// not changed; a copy is returned when one is rewritten (b219).
func doubleDenials(ws, other []string) []string {
	if !slices.ContainsFunc(ws, denial) {
		return ws
	}
	if out, ok := deniedExcept(ws, other); ok {
		return out
	}
	return deniedTwice(ws, other)
}

// deniedTwice is doubleDenials without deniedExcept, for compareForce,
// which has asked it already (exceptAsOnly).
func deniedTwice(ws, other []string) []string {
	if !slices.ContainsFunc(ws, denial) {
		return ws
	}
	if out := exceptWhereNot(ws, other); len(out) != len(ws) {
		return out
	}
	return anyNotDone(ws, other)
}

// exceptWhereNot returns ws without the "except" and the "not" of a case
// excepted where something does not hold ("except where they are not
// required", "except where the law does not allow it"), where other
// writes the same opener and no exception: "where required". The
// subject between the opener and the denial is at most four words.
func exceptWhereNot(ws, other []string) []string {
	if slices.Contains(other, "except") || slices.Contains(other, "unless") {
		return ws
	}
	opener := slices.IndexFunc(other, func(w string) bool { return exceptedCaseOpeners[w] })
	if opener < 0 {
		return ws
	}
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] != "except" {
			continue
		}
		// "except where" may be folded "except" (exceptWhere): the
		// opener is then the other side's.
		from := i + 1
		if exceptedCaseOpeners[ws[i+1]] {
			if !slices.Contains(other, ws[i+1]) {
				continue
			}
			from = i + 2
		}
		for k := from; k < len(ws) && k <= from+4; k++ {
			if ws[k] == "not" {
				if slices.ContainsFunc(ws[k+1:], func(w string) bool { return denial(w) || w == "except" || w == "unless" }) {
					return ws // another denial or exception after: read as written
				}
				out := slices.Delete(slices.Clone(ws), k, k+1)
				if from == i+1 {
					out[i] = other[opener]
					return out
				}
				return slices.Delete(out, i, i+1)
			}
			if denial(ws[k]) || conditionOpeners[ws[k]] || ws[k] == "and" || ws[k] == "or" || ws[k] == "but" {
				break
			}
		}
	}
	return ws
}

// exceptedCaseOpeners open the case an exception names.
var exceptedCaseOpeners = map[string]bool{"where": true, "when": true, "if": true}

// anyNotDone returns ws with "not … any N we have not V-ed" said as "…
// only N we have V-ed" ("must not use it for any purpose we have not
// specified" is "must use it only for the purposes we specify"), where
// other says "only" (or "solely") and denies nothing; the two denials
// are ws's only ones, the second at most five words after "any".
func anyNotDone(ws, other []string) []string {
	only := slices.IndexFunc(other, func(w string) bool { return onlyWords[w] })
	if only < 0 || slices.ContainsFunc(other, denial) {
		return ws
	}
	var denials []int
	for i, w := range ws {
		if denial(w) {
			denials = append(denials, i)
		}
	}
	if len(denials) != 2 || ws[denials[1]] != "not" {
		return ws
	}
	first, second := denials[0], denials[1]
	for a := first + 1; a < second; a++ {
		if ws[a] == "any" && second-a <= 5 {
			out := slices.Clone(ws)
			out[a] = other[only]
			out = slices.Delete(out, second, second+1)
			return slices.Delete(out, first, first+1)
		}
	}
	return ws
}
