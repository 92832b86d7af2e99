package material

import "strings"

// feasibleLeads open a hedge of feasibility: "where possible", "wherever
// this is possible", "to the extent possible", "as far as it is
// practicable".
var feasibleLeads = map[string]bool{"where": true, "wherever": true, "if": true, "when": true, "whenever": true, "to": true, "as": true, "insofar": true}

// feasibleWords say that something can be done.
var feasibleWords = map[string]bool{"possible": true, "feasible": true, "practicable": true, "practical": true}

// feasibleAt returns how many folded words from ws[i] say only that an
// act is done as far as it can be, a hedge of the commitment it qualifies
// as "where possible" is, however the hedge is worded: "where possible",
// "wherever this is possible", "if it is feasible", "to the extent
// possible", "to the extent that it is practicable", "as far as possible",
// "insofar as it is possible". 0 when there is none. A condition on
// anything else ("where the law requires", "to the extent required by
// law") is not this hedge, nor one held to a standard ("where technically
// feasible", "to the extent reasonably practicable": standard.go).
func feasibleAt(ws []string, i int) int {
	if !feasibleLeads[ws[i]] {
		return 0
	}
	j := i + 1
	switch ws[i] {
	case "to":
		if j+1 >= len(ws) || ws[j] != "the" || ws[j+1] != "extent" {
			return 0
		}
		j += 2
		if j < len(ws) && ws[j] == "that" {
			j++
		}
	case "as", "insofar":
		if ws[i] == "as" {
			if j >= len(ws) || ws[j] != "far" {
				return 0
			}
			j++
		}
		if j >= len(ws) || ws[j] != "as" {
			return 0
		}
		j++
	}
	// "this is", "it is", "that is", "doing so is": the act itself, said
	// again as a subject
	if j+1 < len(ws) && (ws[j] == "this" || ws[j] == "it" || ws[j] == "that") && (ws[j+1] == "is" || ws[j+1] == "be") {
		j += 2
	} else if j+2 < len(ws) && ws[j] == "doing" && ws[j+1] == "so" && ws[j+2] == "is" {
		j += 3
	}
	if j < len(ws) && feasibleWords[ws[j]] {
		return j + 1 - i
	}
	return 0
}

// feasibleFolded writes every hedge of feasibility in folded words ws as
// "where possible" (feasibleAt): one hedge, one form, so that "to the
// extent possible" → "wherever this is possible" changes no word. ws is
// returned as it is when it has none.
func feasibleFolded(ws []string) []string {
	some := false
	for _, w := range ws {
		if feasibleWords[w] {
			some = true
			break
		}
	}
	if !some {
		return ws
	}
	var out []string
	for i := 0; i < len(ws); i++ {
		n := feasibleAt(ws, i)
		if n == 0 || n == 2 && ws[i] == "where" && ws[i+1] == "possible" {
			if out != nil {
				out = append(out, ws[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ws)), ws[:i]...)
		}
		out = append(out, "where", "possible")
		i += n - 1
	}
	if out == nil {
		return ws
	}
	return out
}

// feasibleHint reports text that may hold a hedge of feasibility, by a
// byte scan: most text has none and is not looked at again.
func feasibleHint(s string) bool {
	return strings.Contains(s, "ossible") || strings.Contains(s, "easible") || strings.Contains(s, "racticab") || strings.Contains(s, "ractical")
}
