package material

// systemAskers are the subjects, folded, that show a device's permission
// prompt on behalf of the app that needs the permission: the operating
// system, the device, the browser.
var systemAskers = [][]string{{"the", "os"}, {"your", "os"}, {"the", "operating", "system"}, {"your", "operating", "system"},
	{"the", "device"}, {"your", "device"}, {"your", "phone"}, {"the", "system"}, {"the", "browser"}, {"your", "browser"},
	{"android"}, {"ios"}}

// permissionPrompt returns ws, folded words, with a permission prompt
// written one way: "we will ask for permission", "the OS will prompt for
// permission", "your device will ask you for your permission" are all "we
// will request for permission". The same permission is asked for before
// the same access, whether the app asks or the operating system asks for
// it; who grants it, and what it allows, are compared as written. Another
// asker (an administrator, an employer), another act ("grant", "assume"),
// or another force ("may prompt") are not folded. ws is not changed.
func permissionPrompt(ws []string) []string {
	for k := 1; k+1 < len(ws); k++ {
		if ws[k] != "request" && ws[k] != "prompt" {
			continue
		}
		// the verb's object: [you] [for] [your] permission
		e := k + 1
		if e < len(ws) && ws[e] == "you" {
			e++
		}
		if e < len(ws) && ws[e] == "for" {
			e++
		}
		if e < len(ws) && ws[e] == "your" {
			e++
		}
		if e >= len(ws) || ws[e] != "permission" {
			continue
		}
		// its subject, before a modal verb
		m := k - 1
		if m < 1 || !promptModals[ws[m]] {
			continue
		}
		s := -1
		if ws[m-1] == "we" {
			s = m - 1
		}
		for _, a := range systemAskers {
			if m >= len(a) && equalWords(ws[m-len(a):m], a) {
				s = m - len(a)
			}
		}
		if s < 0 {
			continue
		}
		out := append([]string{}, ws[:s]...)
		out = append(out, "we", ws[m], "request", "for", "permission")
		if canon := append(out, ws[e+1:]...); !equalWords(canon, ws) {
			return canon
		}
		return ws
	}
	return ws
}

// promptModals are the modal verbs a permission prompt is promised with.
var promptModals = map[string]bool{"will": true, "shall": true, "would": true}
