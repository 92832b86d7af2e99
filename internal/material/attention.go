package material

import (
	"slices"
	"strings"
)

// attentionIdiom returns a test for the "attention" of "bring the changes
// to your attention" (or "draw your attention to them", "call them to your
// attention") where the other side tells the reader in plain words ("make
// you aware of the changes", "notify you of them", "let you know"): the
// idiom is the telling, and the noun names nothing of its own. What is
// told, when and how are the words around it and are still compared. Not
// "to our attention", which is the reader telling us.
func attentionIdiom(old, new []string) func(string) bool {
	inOld, inNew := slices.Contains(old, "attention"), slices.Contains(new, "attention")
	ok := inOld != inNew && (inOld && attentionTold(old) && readerTold(new) || inNew && attentionTold(new) && readerTold(old))
	return func(w string) bool { return ok && w == "attention" }
}

// attentionVerbs bring something to someone's attention, or draw it.
var attentionVerbs = map[string]bool{"bring": true, "brings": true, "brought": true, "bringing": true, "draw": true, "draws": true, "drawn": true, "drew": true, "drawing": true,
	"call": true, "calls": true, "called": true, "calling": true, "direct": true, "directs": true, "directed": true, "directing": true}

// attentionTold reports "bring … to your attention" or "draw your
// attention to" in ws, said to the reader.
func attentionTold(ws []string) bool {
	for i := 2; i < len(ws); i++ {
		if ws[i] != "attention" || ws[i-1] != "your" {
			continue
		}
		if ws[i-2] == "to" && slices.ContainsFunc(ws[max(0, i-10):i-2], func(v string) bool { return attentionVerbs[v] }) {
			return true // "bring those changes to your attention"
		}
		if attentionVerbs[ws[i-2]] && i+1 < len(ws) && ws[i+1] == "to" {
			return true // "draw your attention to the changes"
		}
	}
	return false
}

// readerTold reports a plain verb of telling the reader in ws: "make you
// aware", "notify you", "inform you", "tell you", "let you know", "alert
// you".
func readerTold(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		w, next := ws[i], ws[i+1]
		switch {
		case next != "you":
		case strings.HasPrefix(w, "notif") || strings.HasPrefix(w, "inform") || strings.HasPrefix(w, "alert") || w == "tell" || w == "tells" || w == "told":
			return true
		case (w == "make" || w == "makes" || w == "made" || w == "making") && i+2 < len(ws) && ws[i+2] == "aware":
			return true
		case (w == "let" || w == "lets") && i+2 < len(ws) && ws[i+2] == "know":
			return true
		}
	}
	return false
}
