package material

// bestAt returns how many words "do our best" takes at ws[i], whoever's
// best it is ("does its best", "doing their best"), 0 where it is not
// there: a try, as "best efforts" are. It is found here, not listed among
// the aspirations, so that "our" and "do" do not become words of force.
// An intensifier before "best" tries no harder: "we do our very best not
// to keep" (b140-19), "our utmost", "our level best".
func bestAt(ws []string, i int) int {
	switch ws[i] {
	case "do", "does", "doing", "did":
	default:
		return 0
	}
	if i+2 >= len(ws) {
		return 0
	}
	switch ws[i+1] {
	case "our", "its", "their", "my", "his", "her":
	default:
		return 0
	}
	j := i + 2
	if (ws[j] == "very" || ws[j] == "level" || ws[j] == "absolute") && j+1 < len(ws) {
		j++
	}
	if ws[j] != "best" && ws[j] != "utmost" {
		return 0
	}
	return j - i + 1
}
