package material

import "math/bits"

// A foldList is lower-case ASCII words that a text is searched for, in
// any case, all in one pass. containsFold of each word is two byte
// searches over the text, one per case of its first letter, stopping
// wherever that letter stands; the rules ask for lists of ten or twenty
// words, of texts that mostly hold none of them, and reading the text
// once, each byte looked up in a table of the words it may start, costs
// a third of that.
type foldList struct {
	words []string
	first [256]uint64 // the words each byte may start, a bit each, by index
}

// newFoldList makes the list of words, which foldable must accept.
func newFoldList(words ...string) *foldList {
	l := &foldList{}
	if !l.set(words) {
		panic("foldList: words containsFold cannot find as a list does")
	}
	return l
}

// foldable reports words that a foldList finds as containsFold does: at
// most 64, each lower-case ASCII and starting with a byte whose case bit
// is set (a lower-case letter, a space, a digit). containsFold finds
// nothing that starts with another byte, and a word beyond ASCII is
// compared by its runes.
func foldable(words []string) bool {
	if len(words) > 64 {
		return false
	}
	for _, w := range words {
		if w == "" || w[0]&0x20 == 0 || !plainASCII(w) {
			return false
		}
	}
	return true
}

// set makes l the list of words, when foldable.
func (l *foldList) set(words []string) bool {
	if !foldable(words) {
		return false
	}
	l.words = words
	for i, w := range words {
		// containsFold finds a word where its first byte, or that byte
		// in capitals, stands; the byte in capitals is only ever equal
		// to it folded when the byte is a letter.
		l.first[w[0]] |= 1 << i
		if 'a' <= w[0] && w[0] <= 'z' {
			l.first[w[0]-'a'+'A'] |= 1 << i
		}
	}
	return true
}

// in reports whether s holds any of the words, in any case: whether
// containsFold finds any. A word of ASCII meets only ASCII bytes of s
// (equalFoldASCII), so s is read byte by byte, and a word is compared in
// full only where its first letter stands.
func (l *foldList) in(s string) bool {
	for i := 0; i < len(s); i++ {
		for m := l.first[s[i]]; m != 0; m &= m - 1 {
			w := l.words[bits.TrailingZeros64(m)]
			if len(w) <= len(s)-i && equalFoldASCII(s[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// containsFoldAny reports whether containsFold finds any of subs in s:
// for a few words or more, through a foldList made for the call.
func containsFoldAny(s string, subs []string) bool {
	if len(subs) >= 3 {
		var l foldList
		if l.set(subs) {
			return l.in(s)
		}
	}
	for _, sub := range subs {
		if containsFold(s, sub) {
			return true
		}
	}
	return false
}
