package material

import "strings"

// mailtoCorrected reports old and new that differ only in the targets of
// their e-mail links, each changed target now the address the link shows:
// "[dpo@vinted.it](mailto:dpo@vinted.lt)" → "[dpo@vinted.it](mailto:
// dpo@vinted.it)" (Vinted's, ota-92 004, read "another address to write
// to"). The reader was shown that address, and wrote to it as told; a
// link that showed one address and wrote to another is mended. A link
// that comes to write elsewhere than it shows is not this.
func mailtoCorrected(old, new string) bool {
	if !strings.Contains(old, "](mailto:") || !strings.Contains(new, "](mailto:") {
		return false
	}
	lo, ln, ok := linksInFrame(old, new)
	if !ok {
		return false
	}
	changed := false
	for i := range lo {
		if lo[i][1] != ln[i][1] {
			return false
		}
		if lo[i][2] == ln[i][2] {
			continue
		}
		shown := strings.TrimSpace(ln[i][1])
		if !isMailto(ln[i][2]) || !strings.Contains(shown, "@") || !strings.EqualFold(strings.TrimPrefix(ln[i][2][7:], "//"), shown) {
			return false
		}
		changed = true
	}
	return changed
}
