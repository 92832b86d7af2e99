package material

import "slices"

// A sentence split for translators turns an example of a set into a
// sentence of its own: "transferred to countries outside your country,
// including to countries that may not protect your data" → "… to
// countries outside your country. Some of these countries may not
// protect your data" (b76-25, b70-28). "Some of these countries" picks
// out of the set just named the ones the example picked: the same
// things, by the same noun, so the quantifier adds no limit. "Some of
// our partners", where the set itself was meant, or "some of these"
// before a noun the example did not name, is a subset of its own and
// still counts.

// subsetOfExample returns ws without the "some" of each "some of these
// (those) N" where other names N just after an example ("including N",
// folded "for example … N") and ws names no such example of N; ws
// itself when there is none. ws is not changed.
func subsetOfExample(ws, other []string) []string {
	var drop []int
	for i := 0; i+3 < len(ws); i++ {
		if ws[i] != "some" || ws[i+1] != "of" || ws[i+2] != "these" && ws[i+2] != "those" {
			continue
		}
		if exampleOf(other, ws[i+3]) && !exampleOf(ws, ws[i+3]) {
			drop = append(drop, i)
		}
	}
	if len(drop) == 0 {
		return ws
	}
	return dropAt(ws, drop)
}

// exampleOf reports the noun n among the first words after a "for
// example" of folded words ws: "including to countries", "such as
// partners".
func exampleOf(ws []string, n string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "for" && ws[i+1] == "example" && slices.Contains(ws[i+2:min(i+5, len(ws))], n) {
			return true
		}
	}
	return false
}

// subsetExampleWords explains the words of the example that "some of
// these N" says again (subsetOfExample): "example", the folded
// "including", where one side picks N out of a set by an example and the
// other as a subset of it.
func subsetExampleWords(old, new []string) func(string) bool {
	said := len(subsetOfExample(new, old)) != len(new) || len(subsetOfExample(old, new)) != len(old)
	return func(w string) bool { return said && (w == "example" || w == "for") }
}
