package material

// cookieNouns name a tracker a sentence can be about.
var cookieNouns = map[string]bool{"cookie": true, "cookies": true}

// cookieSubject reports folded words of one sentence whose subject is a
// cookie: "Cookies will remain active for 30 days", "A persistent cookie
// remains on your hard drive", "These cookies expire". How long such a
// sentence says it lasts, or what ends it, is a term of the cookie (what
// the reader is told a tracker does), not how long personal data is kept.
func cookieSubject(ws []string) bool {
	for i := 0; i < len(ws) && i < 3; i++ {
		if cookieNouns[ws[i]] {
			return true
		}
		if i == 0 && (determiners[ws[0]] || ws[0] == "these" || ws[0] == "this" || ws[0] == "such" || ws[0] == "some") {
			continue
		}
		if i == 1 && len(ws) > 2 && cookieNouns[ws[2]] {
			continue // "a persistent cookie", "our analytics cookies"
		}
		return false
	}
	return false
}

// cookieLifetime reports a change of one sentence on each side, each
// about a cookie (cookieSubject): "Cookies will remain active for 30
// days before deletion" → "… before renewal" changes how long the cookie
// lives.
func (c *classifier) cookieLifetime(ctxOld, ctxNew string) bool {
	if c.rb.categoryIndex("cookies") < 0 {
		return false
	}
	so, sn := sentences(ctxOld), sentences(ctxNew)
	return len(so) == 1 && len(sn) == 1 && cookieSubject(c.ix.fold(so[0])) && cookieSubject(c.ix.fold(sn[0]))
}
