package material

import "strings"

// "One of our services" counts what "a service" counts: one, any one.
// "if you receive a service from us" → "if you use one of our services"
// (b320-17) was read as a number added. Where every "one" a side counts
// opens "one of" a determiner and a plural noun, and the other side
// writes "a" or "an" before that noun in the singular, the "one" is the
// article said another way. Against "all of our services" or "your
// photos" it is still one (b55-45): the other side must say "a".

// articleOne reports every counting "one" of ws in "one of <determiner>
// <noun>s", each noun written in other after "a" or "an" in the singular.
func articleOne(ws, other []string) bool {
	found := false
	for i, w := range ws {
		if w != "one" || pronounOne(ws, i) {
			continue
		}
		if i+3 >= len(ws) || ws[i+1] != "of" || !determiners[ws[i+2]] {
			return false
		}
		noun, ok := strings.CutSuffix(ws[i+3], "s")
		if !ok || !afterArticle(other, noun) {
			return false
		}
		found = true
	}
	return found
}

// afterArticle reports noun written in ws right after "a" or "an".
func afterArticle(ws []string, noun string) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i] == noun && (ws[i-1] == "a" || ws[i-1] == "an") {
			return true
		}
	}
	return false
}

// articleOneOnly reports the quantities of old and new the same but for
// a bare 1 on one side, its "one" the article said another way
// (articleOne).
func articleOneOnly(old, new []string) bool {
	qo, qn := quantities(old), quantities(new)
	r, a := diffWords(qo, qn)
	switch {
	case len(r) == 0 && len(a) == 1 && a[0] == "1":
		return articleOne(new, old)
	case len(a) == 0 && len(r) == 1 && r[0] == "1":
		return articleOne(old, new)
	}
	return false
}
