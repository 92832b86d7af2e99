package material

// "By writing to us" holds a request to a written form where nothing
// else said how to make it ("you may withdraw that consent at any time" →
// "… at any time by writing to us", b89-18). Where the other text named a
// channel in its place ("by post at our registered office", "by
// contacting us at dataprotection@…", "by clicking the unsubscribe
// link"), or where the text says where to write ("by writing to
// privacy@example.com", "… to our registered office"), "by writing to" is
// a channel too (b11-38, b36-04, b5-09): no form is added or dropped.

// channelPhrases are the second words of a "by …" that names a way to
// reach someone.
var channelPhrases = map[string]bool{"post": true, "mail": true, "letter": true, "contacting": true, "emailing": true,
	"email": true, "e-mail": true, "sending": true, "calling": true, "phone": true, "telephone": true, "messaging": true,
	"clicking": true, "using": true, "visiting": true, "completing": true, "submitting": true, "filling": true}

// writingAsChannel returns ws without each "by writing" where either
// text names a channel with "by" ("by emailing our privacy team or by
// writing"), or where ws says where to write other than to "us"
// ("by writing to privacy@example.com", "… to our registered office");
// ws otherwise (it is not changed).
func writingAsChannel(ws, other []string) []string {
	at := -1
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "by" && ws[i+1] == "writing" {
			at = i
			break
		}
	}
	if at < 0 {
		return ws
	}
	if !namesChannel(ws) && !namesChannel(other) && !writtenTo(ws, at) {
		return ws
	}
	out := make([]string, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		if i+1 < len(ws) && ws[i] == "by" && ws[i+1] == "writing" {
			i++
			continue
		}
		out = append(out, ws[i])
	}
	return out
}

// namesChannel reports a "by …" of ws that names a way to reach someone.
func namesChannel(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "by" && channelPhrases[ws[i+1]] {
			return true
		}
	}
	return false
}

// writtenTo reports a "by writing" at ws[at] that says where to write: to
// anyone but a bare "us" ("by writing to our registered office", "… to
// privacy@example.com"), or to "us at" an address.
func writtenTo(ws []string, at int) bool {
	i := at + 2
	if i >= len(ws) || ws[i] != "to" {
		return false
	}
	if i+1 < len(ws) && (ws[i+1] == "us" || ws[i+1] == "them") {
		return i+2 < len(ws) && ws[i+2] == "at"
	}
	return true
}
