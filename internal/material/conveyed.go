package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// clauseCut is where a sentence's clauses part: "On desktop, Firefox sends
// …" is the setting of the flow, then the flow.
const clauseCut = ",;:()—–"

// conveyedOnly reports, of a material verdict, the category of the verbs
// of conveying (rules.toml, conveyed) when its change is about what the
// reader's side sends: a sentence in which the reader's device or the
// reader sends something to another ("Firefox sends Mozilla what you
// type", "you may send us a crash report") says what the company
// collects (GDPR Art. 13, 14(1)(d)), whatever else it names: "_On
// Android_: Firefox by default sends campaign data to Adjust, our
// analytics vendor" → "_On iOS and Android_: …" widens what is collected,
// not the purposes. It holds
//   - for a change whose changed words name no category of their own and
//     none of whom the flow goes to: another recipient is a recipient;
//   - for a sentence added or removed whole, when what it sends goes to
//     the company itself ("to Mozilla", "us").
//
// Nothing the company sends ("we send your data to our partners", "we
// send you a newsletter"), nothing sent to the reader, nothing said in
// the passive, and no quantity (a period of what is sent is retention) is
// such a flow. It reads the changed sentences alone.
func (c *classifier) conveyedOnly(v Verdict, ch redline.Change) string {
	ix := c.ix
	if len(ix.conveyed) == 0 || namesOwnFact(v.Rule) {
		return "" // a quantity, a party or a country named: what it is of
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	to := ""
	for _, s := range []string{so, sn} {
		for _, w := range ix.plain(s) {
			if k, ok := ix.conveyed[w]; ok {
				to = c.rb.Categories[k].ID
			}
		}
	}
	if to == "" || to == v.Category {
		return ""
	}
	removed, added := c.writtenDiff(ch)
	whole := strings.TrimSpace(so) == "" || strings.TrimSpace(sn) == ""
	if !whole {
		for _, h := range ix.strongHits(ix.fold(strings.Join(append(removed, added...), " "))) {
			if c.rb.Categories[h.k].ID != to {
				return "" // the change says what else it is about
			}
		}
		if c.compareForce(ix.fold(so), ix.fold(sn)) != nil {
			return "" // how strongly the sentence commits changed
		}
	}
	found := false
	for side, text := range []string{so, sn} {
		changed := map[string]bool{}
		for _, w := range [][]string{removed, added}[side] {
			changed[w] = true
		}
		for _, s := range sentences(text) {
			fl := c.flows(s)
			if whole && !found && len(fl) == 0 && len(ix.strongHits(ix.fold(s))) > 0 {
				return "" // the text added is about what it says first
			}
			for _, receivers := range fl {
				if whole && !slices.ContainsFunc(receivers, func(w string) bool { return w == "us" || isName(w) }) {
					return "" // sent to whom the text does not name
				}
				if whole && c.names(v.Category, slices.DeleteFunc(ix.fold(s), func(w string) bool {
					return slices.ContainsFunc(receivers, func(r string) bool { return strings.EqualFold(r, w) })
				})) {
					return "" // the sentence says what else it is about, beside whom it sends to
				}
				if !whole && slices.ContainsFunc(receivers, func(w string) bool { return changed[strings.ToLower(w)] }) {
					return "" // whom the data goes to changed
				}
				found = true
			}
		}
	}
	if !found {
		return ""
	}
	return to
}

// flows returns, for each clause of text in which the reader's device
// conveys something (a verb of conveying, rules.toml), the words, as
// written, of whom it goes to: the verb's indirect object ("sends
// Mozilla what …", "send us …") and what follows "to" after the verb. The
// verb's subject must be a thing of the reader's, named: a clause whose
// subject is the company ("we", "our"), the reader ("you"), none ("to
// send", "please send") or whose verb is passive ("is sent") is none, and
// so is one whose receiver is the reader ("send you", "to users"); but the
// reader offered to send a record of the device ("you may send us a crash
// report") is a flow (readerSends).
func (c *classifier) flows(text string) [][]string {
	var out [][]string
	for _, s := range sentences(text) {
		for _, clause := range strings.FieldsFunc(stripMarkdown(s), func(r rune) bool { return strings.ContainsRune(clauseCut, r) }) {
			ws := plainWords(clause)
			raw := rawWords(stripMarkdown(unmangle(clause)))
			if len(raw) != len(ws) {
				raw = ws
			}
			for i, w := range ws {
				if _, ok := c.ix.conveyed[w]; !ok || raw[i] != w || !c.namedSubject(ws[:i]) && !c.readerSends(ws[:i], ws[i+1:]) {
					continue
				}
				after := ws[i+1:]
				if j := slices.Index(after, "to"); len(after) > 0 && reader(after[0]) || j >= 0 && slices.ContainsFunc(after[j+1:min(j+3, len(after))], reader) {
					continue // sent to the reader: "send you", "to our users"
				}
				var receivers []string
				indirect := indirectObject(after, raw[i+1:])
				if len(after) > 0 && (after[0] == "us" || indirect || len(after) > 1 && isName(raw[i+1]) && !isName(raw[i+2]) && !slices.Contains(after, "to")) {
					receivers = append(receivers, raw[i+1])
				}
				if j := slices.Index(after, "to"); j >= 0 && !indirect {
					receivers = append(receivers, raw[i+2+j:]...)
				}
				if len(c.ix.strongHits(c.ix.fold(strings.Join(receivers[:min(4, len(receivers))], " ")))) > 0 {
					continue // sent to a kind of party or place: "to third parties", "to a country"
				}
				out = append(out, receivers)
			}
		}
	}
	return out
}

// namedSubject reports that the words before a verb end on its subject, a
// thing named ("Firefox", "pre-release versions"), past the modals and
// adverbs between them ("may", "by default", "automatically") and a verb
// it shares ("records and sends").
func (c *classifier) namedSubject(before []string) bool {
	for i := len(before) - 1; i >= 0; i-- {
		switch w := before[i]; {
		case w == "and" || w == "or":
			if i == 0 || !lexPOS(before[i-1], 'v') {
				return false // "or send us …": the subject is the sentence's, said before
			}
			i-- // "records and sends": the verb before shares the subject
		case c.ix.modal[w] || w == "by" || w == "default" || lexPOS(w, 'r') && !lexPOS(w, 'n'):
			// "may", "by default", "automatically", "therefore"
		case c.ix.grammar[w] || c.ix.negation[w] || subjectless[w]:
			return false // "is sent", "to send", "we send", "not send"
		default:
			return true
		}
	}
	return false
}

// subjectless are the words that, before a verb, leave it no subject of
// the reader's device: the company, the reader, a request.
var subjectless = map[string]bool{
	"we": true, "our": true, "us": true, "you": true, "your": true, "i": true, "they": true, "he": true, "she": true,
	"please": true, "if": true, "when": true, "then": true,
	"user": true, "users": true, "customer": true, "customers": true, "member": true, "members": true, "subscriber": true, "subscribers": true,
}

// reader reports a word for the reader as a receiver: "send you",
// "sends emails to users".
func reader(w string) bool {
	switch w {
	case "you", "user", "users", "customer", "customers", "member", "members", "subscriber", "subscribers":
		return true
	}
	return false
}

// names reports words that hold a word of category id.
func (c *classifier) names(id string, ws []string) bool {
	return slices.ContainsFunc(c.ix.strongHits(ws), func(h termHit) bool { return c.rb.Categories[h.k].ID == id })
}
