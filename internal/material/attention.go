package material

import (
	"slices"
	"strings"
)

// attentionIdiom returns a test for the "attention" of "bring the changes
// to your attention" (or "call them to your attention") closing the
// sentence, where the other side closes it telling the reader in plain
// words ("make you aware of the changes", "notify you", "let you know"):
// the idiom is the telling, and the noun names nothing of its own. Only
// the closing idiom is read so, as words after it (how, when) would be
// left uncompared. Not "to our attention", the reader telling us.
func attentionIdiom(old, new []string) func(string) bool {
	inOld, inNew := slices.Contains(old, "attention"), slices.Contains(new, "attention")
	ok := inOld != inNew && (inOld && attentionTold(old) && readerTold(new) || inNew && attentionTold(new) && readerTold(old))
	return func(w string) bool { return ok && w == "attention" }
}

// attentionTelling returns a test for the words of the two idioms where
// attentionIdiom holds: the verb and "attention" of "bring … to your
// attention" on one side, the verb of the plain telling and "you" on the
// other ("notify you", "tell you about", which fold to "notify you
// regarding"). Both commit to the same act, the reader told, so neither
// side's verb is a term changed, though "notify" is a word of the
// change-notice rules (b81-20: "to bring those changes to your attention"
// → "to tell you about the changes"). What is told, and how and when,
// stay outside the idioms and are compared as ever: a tail with "by",
// "within" or "before" is no plain telling (toldTail), and a word put in
// the told noun phrase ("about material changes") is left to explain.
func attentionTelling(old, new []string) func(string) bool {
	holds := attentionIdiom(old, new)("attention")
	return func(w string) bool {
		if !holds {
			return false
		}
		switch w {
		case "attention", "you", "tell", "tells", "told", "aware", "know", "let", "lets", "make", "makes", "made", "making":
			return true
		}
		return attentionVerbs[w] || strings.HasPrefix(w, "notif") || strings.HasPrefix(w, "inform") || strings.HasPrefix(w, "alert")
	}
}

// attentionVerbs bring something to someone's attention, or draw it.
var attentionVerbs = map[string]bool{"bring": true, "brings": true, "brought": true, "bringing": true, "draw": true, "draws": true, "drawn": true, "drew": true, "drawing": true,
	"call": true, "calls": true, "called": true, "calling": true, "direct": true, "directs": true, "directed": true, "directing": true}

// attentionTold reports "bring … to your attention" closing ws, said to
// the reader. Words after it (how, when) would have to be matched with
// the words after the plain telling, which is not done: "… to your
// attention by email" → "make you aware of them by phone" still counts.
func attentionTold(ws []string) bool {
	for i := 2; i < len(ws); i++ {
		if ws[i] != "attention" || ws[i-1] != "your" {
			continue
		}
		if ws[i-2] == "to" && i+1 == len(ws) && slices.ContainsFunc(ws[max(0, i-10):i-2], func(v string) bool { return attentionVerbs[v] }) {
			return true // "bring those changes to your attention", and nothing after
		}
	}
	return false
}

// readerTold reports a plain verb of telling the reader closing ws, with
// at most what is told after it: "make you aware (of the changes)",
// "notify you", "inform you", "tell you", "let you know", "alert you".
func readerTold(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		w, next := ws[i], ws[i+1]
		end := 0
		switch {
		case next != "you":
		case strings.HasPrefix(w, "notif") || strings.HasPrefix(w, "inform") || strings.HasPrefix(w, "alert") || w == "tell" || w == "tells" || w == "told":
			end = i + 2
		case (w == "make" || w == "makes" || w == "made" || w == "making") && i+2 < len(ws) && ws[i+2] == "aware":
			end = i + 3
		case (w == "let" || w == "lets") && i+2 < len(ws) && ws[i+2] == "know":
			end = i + 3
		}
		if end > 0 && toldTail(ws[end:]) {
			return true
		}
	}
	return false
}

// toldTail reports the words after a plain telling that say only what is
// told: none, or "of"/"about" and a short noun phrase ("of the changes").
func toldTail(ws []string) bool {
	if len(ws) == 0 {
		return true
	}
	if len(ws) > 4 || ws[0] != "of" && ws[0] != "about" && ws[0] != "regarding" { // "about" folds to "regarding"
		return false
	}
	return !slices.ContainsFunc(ws[1:], func(w string) bool {
		return w == "by" || w == "when" || w == "if" || w == "after" || w == "before" || w == "within" || w == "via" || w == "through"
	})
}
