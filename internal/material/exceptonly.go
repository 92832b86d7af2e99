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
	if slices.Contains(ws, "only") || !slices.Contains(other, "only") || slices.ContainsFunc(other, denial) {
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
			out := slices.Replace(slices.Clone(ws), j, j+n, "only")
			if k := slices.Index(other, "only"); k+1 < len(other) && (other[k+1] == "when" || other[k+1] == "where" || other[k+1] == "if") && (j+1 == len(out) || out[j+1] != other[k+1]) {
				out = slices.Insert(out, j+1, other[k+1])
			}
			return slices.Delete(out, i, i+1), true
		}
		return ws, false
	}
	return ws, false
}

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
