package material

import "slices"

// denialAux are the auxiliaries of an act denied now or from now on: "we
// do not sell" and "we will not sell" deny the same practice. A past one
// ("we have not sold") says what was done, and a modal what may be: they
// are other denials.
var denialAux = map[string]bool{"do": true, "does": true, "will": true, "shall": true}

// singleDenial returns folded words with each act denied twice, now and
// from now on, by two auxiliaries joined by "and" before one verb, written
// as denied once: "we do not, and will not, sell" is "we do not sell", as
// "we will not sell" is. ws itself, and false, when it has none. Only the
// present and the future are joined so ("we have not and will not sell"
// also says what was done).
func singleDenial(ws []string) ([]string, bool) {
	var out []string
	for i := 0; i+5 < len(ws); i++ {
		if denialAux[ws[i]] && denialAux[ws[i+3]] && ws[i] != ws[i+3] && ws[i+2] == "and" &&
			(ws[i+1] == "not" || ws[i+1] == "never") && (ws[i+4] == "not" || ws[i+4] == "never") {
			if out == nil {
				out = slices.Clone(ws)
			}
			out = slices.Delete(out, i+2-(len(ws)-len(out)), i+5-(len(ws)-len(out)))
		}
	}
	if out == nil {
		return ws, false
	}
	return out, true
}

// singleDenials is singleDenial of two sides, and whether either changed.
// Neither changes where a side lets two auxiliaries share one "not" ("we
// do and will not charge"): negationShared reads that one.
func singleDenials(old, new []string) (o, n []string, ok bool) {
	o, okOld := singleDenial(old)
	n, okNew := singleDenial(new)
	if !okOld && !okNew || sharedDenial(old) || sharedDenial(new) {
		return old, new, false
	}
	return o, n, true
}

// sharedDenial reports two auxiliaries joined by "and" that share the
// "not" after the second: "do and will not".
func sharedDenial(ws []string) bool {
	for i := 0; i+3 < len(ws); i++ {
		if coordAux[ws[i]] && ws[i+1] == "and" && coordAux[ws[i+2]] && (ws[i+3] == "not" || ws[i+3] == "never") {
			return true
		}
	}
	return false
}
