package material

// undoubleStem takes back the consonant English doubles before "-ed" and
// "-ing" ("stop" → "stopping", "plan" → "planned", "transfer" →
// "transferred") from what is left of a word once stem has cut that
// ending, so that the two forms of one verb count as one word: "for all
// marketing to stop" is "stopping all marketing". Only the consonants
// that double so (b, d, g, m, n, p, r, t) and only after four letters or
// more: "add", "err" and "ebb" end in their double themselves, as "call",
// "pass", "staff" and "buzz" do with the letters left out.
func undoubleStem(w string) string {
	n := len(w)
	if n < 4 || w[n-1] != w[n-2] {
		return w
	}
	switch w[n-1] {
	case 'b', 'd', 'g', 'm', 'n', 'p', 'r', 't':
		return w[:n-1]
	}
	return w
}
