package material

import (
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/redline"
)

// A paragraph edited in several places apart is several edits: "Visit our
// Rights Page to submit a data request, or contact us at hello@… We
// respond to all requests within 30 days." → "… to make a data request,
// or email us at hello@… We'll reply to every request within 30 days."
// (b313-27) is "submit" → "make", "contact us" → "email us" and "We
// respond to all requests" → "We'll reply to every request", each the
// same commitment, though the rules, reading the three together, saw a
// paragraph rewritten. Where the whole reads as material, the edits are
// made one at a time, each on the text the ones before it left, and
// judged so: the paragraph changed no commitment if none of them did.
// Any one material, the whole verdict stands, with its reason. Edits
// fewer than stepGap words apart are one edit ("We respond to all" →
// "We'll reply to every"), so a phrase is never judged in halves; and the
// paragraph is judged whole where its edits could mean together what none
// says alone: a word moved from one to another, sentences or brackets
// regrouped, a word of force traded (stepChanges, stepwise).

// stepGap is the fewest unchanged words that part two edits.
const stepGap = 3

// maxStepTokens bounds the words of a side the edits are found in; a
// longer paragraph is judged whole.
const maxStepTokens = 250

// maxSteps bounds the edits judged one at a time.
const maxSteps = 6

// stepToken is a word as written, with the spaces after it.
type stepToken struct{ word, text string }

// stepTokens splits s into its words, each with the spaces after it; the
// spaces before the first word go with an empty first token.
func stepTokens(s string) []stepToken {
	var out []stepToken
	i := 0
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	if i > 0 {
		out = append(out, stepToken{text: s[:i]})
	}
	for i < len(s) {
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		k := j
		for k < len(s) && isSpaceByte(s[k]) {
			k++
		}
		out = append(out, stepToken{word: s[i:j], text: s[i:k]})
		i = k
	}
	return out
}

// stepHunk is one edit: old tokens [o0, o1) become new tokens [n0, n1).
type stepHunk struct{ o0, o1, n0, n1 int }

// stepHunks returns the edits that turn a into b, those fewer than
// stepGap words apart joined, or nil when there are fewer than two or
// more than maxSteps.
func stepHunks(a, b []stepToken) []stepHunk {
	n, m := len(a), len(b)
	// lcs[i][j] is the longest common run of words of a[i:] and b[j:].
	lcs := make([][]uint16, n+1)
	for i := range lcs {
		lcs[i] = make([]uint16, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case a[i].word == b[j].word:
				lcs[i][j] = lcs[i+1][j+1] + 1
			case lcs[i+1][j] >= lcs[i][j+1]:
				lcs[i][j] = lcs[i+1][j]
			default:
				lcs[i][j] = lcs[i][j+1]
			}
		}
	}
	var hunks []stepHunk
	i, j := 0, 0
	open := false
	var h stepHunk
	same := 0 // unchanged words since the last edit
	for i < n || j < m {
		if i < n && j < m && a[i].word == b[j].word {
			if open {
				same++
				if same >= stepGap {
					h.o1, h.n1 = i-same+1, j-same+1
					hunks = append(hunks, h)
					open = false
				}
			}
			i, j = i+1, j+1
			continue
		}
		if !open {
			h = stepHunk{o0: i, n0: j}
			open = true
		}
		same = 0
		if j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]) {
			j++
		} else {
			i++
		}
		h.o1, h.n1 = i, j
	}
	if open {
		h.o1, h.n1 = n-same, m-same
		hunks = append(hunks, h)
	}
	if len(hunks) < 2 || len(hunks) > maxSteps {
		return nil
	}
	return hunks
}

// stepTexts returns the texts between a and b, each with one more of the
// hunks made: the last is b written as a's unchanged words and b's new
// ones.
func stepTexts(a, b []stepToken, hunks []stepHunk) []string {
	texts := make([]string, 0, len(hunks))
	for k := range hunks {
		var sb strings.Builder
		write := func(ts []stepToken) {
			for _, t := range ts {
				if n := sb.Len(); n > 0 && t.word != "" && !isSpaceByte(sb.String()[n-1]) {
					sb.WriteByte(' ') // a word put after the last word of a side, which has no space after it
				}
				sb.WriteString(t.text)
			}
		}
		at := 0 // the next token of a to write
		for x, h := range hunks {
			write(a[at:h.o0])
			if x <= k {
				write(b[h.n0:h.n1])
			} else {
				write(a[h.o0:h.o1])
			}
			at = h.o1
		}
		write(a[at:])
		texts = append(texts, strings.TrimRightFunc(sb.String(), unicode.IsSpace))
	}
	return texts
}

// stepChanges returns a paragraph's edits as changes made one at a time,
// each on the text the ones before it left, or nil where the paragraph is
// judged whole: one edit, too many or too long, a word moved between
// edits, or sentences regrouped.
func stepChanges(ch redline.Change) []redline.Change {
	if ch.Kind != redline.Replace || len(ch.Old) > 4000 || len(ch.New) > 4000 {
		return nil
	}
	a, b := stepTokens(ch.Old), stepTokens(ch.New)
	if len(a) > maxStepTokens || len(b) > maxStepTokens {
		return nil
	}
	hunks := stepHunks(a, b)
	if hunks == nil || movedBetween(a, b, hunks) || regrouped(a, b, hunks) {
		return nil
	}
	var out []redline.Change
	prev := ch.Old
	for _, next := range stepTexts(a, b, hunks) {
		if prev != next {
			step := ch
			step.Old, step.New = prev, next
			out = append(out, step)
		}
		prev = next
	}
	return out
}

// stepwise judges a paragraph edited in several places, read whole as
// material, one edit at a time: the same commitments where none of its
// edits is material alone or trades a word of force.
func (c *classifier) stepwise(ch redline.Change) (Verdict, bool) {
	steps := stepChanges(ch)
	if len(steps) < 2 {
		return Verdict{}, false
	}
	for _, step := range steps {
		// A word of force traded in an edit ("While you use the app" →
		// "You use the app", "the link" → "the link that may be shown")
		// is judged where the whole paragraph gives it its sense. Looked
		// for in every edit first: it costs less than judging one.
		if c.compareForce(c.ix.fold(step.Old), c.ix.fold(step.New)) != nil {
			return Verdict{}, false
		}
	}
	for _, step := range steps {
		if c.classify(step).Material {
			return Verdict{}, false
		}
	}
	return minor("same.commitments", "Same commitments; each of its "+editCount(len(steps))+" edits, made alone, changes none: "+quoteChange(ch.Old, ch.New)), true
}

// editCount writes a small count as a word.
func editCount(n int) string {
	if n >= 2 && n <= 6 {
		return [...]string{"two", "three", "four", "five", "six"}[n-2]
	}
	return "several"
}

// movedBetween reports a word one edit takes out and another puts in: a
// qualifier moved to another part of the sentence ("messages, and
// marketing (where permitted)" → "messages (where permitted), and
// marketing", b132-33), which no edit made alone says.
func movedBetween(a, b []stepToken, hunks []stepHunk) bool {
	words := func(ts []stepToken) map[string]bool {
		out := map[string]bool{}
		for _, t := range ts {
			w := strings.ToLower(strings.TrimFunc(t.word, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
			if w != "" && w != "a" && w != "an" && w != "the" {
				out[w] = true
			}
		}
		return out
	}
	out, in := make([]map[string]bool, len(hunks)), make([]map[string]bool, len(hunks))
	for i, h := range hunks {
		out[i], in[i] = words(a[h.o0:h.o1]), words(b[h.n0:h.n1])
	}
	for i := range hunks {
		for j := range hunks {
			if i == j {
				continue
			}
			for w := range in[j] {
				if out[i][w] {
					return true
				}
			}
		}
	}
	return false
}

// regrouped reports an edit that puts in, takes out or trades a mark that
// parts sentences, clauses or brackets: "… in different jurisdictions as
// required to deliver services. Clients …" → "… jurisdictions.** As
// required to deliver services, clients …" (b147-49) hands a clause from
// one sentence to the next in edits that are each only punctuation.
func regrouped(a, b []stepToken, hunks []stepHunk) bool {
	marks := func(ts []stepToken) string {
		var sb strings.Builder
		for _, t := range ts {
			for _, r := range t.word {
				if strings.ContainsRune(".;:!?()[]", r) {
					sb.WriteRune(r)
				}
			}
		}
		return sb.String()
	}
	for _, h := range hunks {
		if marks(a[h.o0:h.o1]) != marks(b[h.n0:h.n1]) {
			return true
		}
	}
	return false
}
