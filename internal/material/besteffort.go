package material

// bestAt reports "do our best" at ws[i], whoever's best it is ("does its
// best", "doing their best"): a try, as "best efforts" are. It is found
// here, not listed among the aspirations, so that "our" and "do" do not
// become words of force.
func bestAt(ws []string, i int) bool {
	switch ws[i] {
	case "do", "does", "doing", "did":
	default:
		return false
	}
	if i+2 >= len(ws) || ws[i+2] != "best" {
		return false
	}
	switch ws[i+1] {
	case "our", "its", "their", "my", "his", "her":
		return true
	}
	return false
}
