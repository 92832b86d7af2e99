package material

// "By writing to us" holds a request to a written form where nothing
// else said how to make it ("you may withdraw that consent at any time" →
// "… at any time by writing to us", b89-18). Where the other text named a
// channel in its place ("by post at our registered office", "by
// contacting us at dataprotection@…", "by clicking the unsubscribe
// link"), "by writing to" is a channel too, traded for the other (b11-38,
// b36-04, b5-09): no form is added or dropped.

// channelPhrases are the second words of a "by …" that names a way to
// reach someone.
var channelPhrases = map[string]bool{"post": true, "mail": true, "letter": true, "contacting": true, "emailing": true,
	"email": true, "e-mail": true, "sending": true, "calling": true, "phone": true, "telephone": true, "messaging": true,
	"clicking": true, "using": true, "visiting": true, "completing": true, "submitting": true, "filling": true}

// writingAsChannel returns ws without each "by writing" where other names
// a channel with "by"; ws otherwise (it is not changed).
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
	named := false
	for i := 0; i+1 < len(other); i++ {
		if other[i] == "by" && channelPhrases[other[i+1]] {
			named = true
			break
		}
	}
	if !named {
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
