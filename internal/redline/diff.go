package redline

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/markdown"
)

// Row is one row of the full redline: a block of the old text, of the new
// text, or of both, in reading order. A page renders every row; a report
// lists only the changes.
type Row struct {
	Kind   Kind            // "" for an unchanged block, else the change's kind
	Old    *markdown.Block // nil for an insertion or the arrival of a move
	New    *markdown.Block // nil for a deletion or the departure of a move
	Words  []Span          // word-level edit for Replace and an edited Move
	Change int             // index in Result.Changes; -1 for an unchanged block
	// MoveFrom marks the place a moved block left (Old set, New nil); the
	// arrival is the row with Kind Move and New set, sharing Change.
	MoveFrom bool
}

// Stats counts the changes by kind.
type Stats struct {
	Inserted, Deleted, Replaced, Moved, Unchanged int
}

// Total is the number of changes.
func (s Stats) Total() int { return s.Inserted + s.Deleted + s.Replaced + s.Moved }

// Result is the difference between two texts.
type Result struct {
	Changes []Change
	Rows    []Row
	Stats   Stats

	OldLead, NewLead string // whitespace before the first block of each text
}

// Thresholds of the engine. A deleted and an inserted block in the same
// place are one edited block when half their words are shared; a block that
// reappears elsewhere is a move when it is the same text, or when at least
// 8 words long and 80% the same (so that short common lines such as "Email:"
// are not taken for moves).
const (
	pairSimilarity = 0.5
	moveSimilarity = 0.8
	moveMinWords   = 8
	// crossKindSimilarity is the least similarity at which blocks of two
	// kinds are one edited block.
	crossKindSimilarity = 0.8
	// maxCompare bounds the similarity comparisons of one diff.
	maxCompare = 1 << 16
)

// Doc is a Markdown body split into blocks, ready to be compared. Parsing
// each version once and comparing Docs saves the split when one version
// takes part in several diffs, as in a build.
type Doc struct {
	lead   string
	blocks []markdown.Block
}

// Parse splits a Markdown body into a Doc.
func Parse(src []byte) *Doc {
	lead, blocks := markdown.Blocks(src)
	return &Doc{lead: lead, blocks: blocks}
}

// Diff compares two Markdown bodies.
func Diff(old, new []byte) *Result { return Compare(Parse(old), Parse(new)) }

// Compare compares two parsed bodies.
func Compare(a, b *Doc) *Result {
	oldLead, ob := a.lead, a.blocks
	newLead, nb := b.lead, b.blocks
	keys := make(map[string]int, len(ob))
	key := func(bs []markdown.Block) []int {
		out := make([]int, len(bs))
		for i, b := range bs {
			k, ok := keys[b.Text]
			if !ok {
				k = len(keys)
				keys[b.Text] = k
			}
			out[i] = k
		}
		return out
	}
	edits := align(key(ob), key(nb))
	d := &differ{old: ob, new: nb, budget: maxCompare, vocab: vocabs.Get().(*vocab)}
	rows := d.pair(edits)
	d.moves(rows)
	r := &Result{OldLead: oldLead, NewLead: newLead}
	r.Rows = d.finish(rows, r)
	d.vocab.release()
	return r
}

// vocabs holds the vocabularies of finished diffs, emptied, for the next:
// a build diffs thousands of pairs of versions, and a vocabulary's maps
// grown anew for each were 6% of what a build allocates.
var vocabs = sync.Pool{New: func() any { return new(vocab) }}

// release empties v and returns it to vocabs. The spans of a diff are
// strings of their own, so nothing made with v refers to it. A vocabulary
// grown by an unusually long text is left to the collector.
func (v *vocab) release() {
	if len(v.tokens) > 1<<15 {
		return
	}
	clear(v.tokenID)
	clear(v.wordID)
	clear(v.tokens)
	v.tokens, v.wordOf = v.tokens[:0], v.wordOf[:0]
	vocabs.Put(v)
}

type differ struct {
	old, new []markdown.Block
	budget   int // similarity comparisons left
	oldTok   map[int]*tokenized
	newTok   map[int]*tokenized
	vocab    *vocab
}

// tokenized is a block split into tokens once, for both similarity and
// the word diff.
type tokenized struct {
	ids   []rune  // its tokens, as ids in the diff's vocabulary
	words []int32 // ids of its lower-cased words, sorted, for similarity
}

// vocab numbers the distinct tokens and words of one diff.
type vocab struct {
	tokenID map[string]rune
	tokens  []string
	wordOf  []int32 // by token index: the id of its lower-case word, or -1 for space and punctuation
	wordID  map[string]int32
}

func (v *vocab) token(t string) rune {
	if v.tokenID == nil {
		v.tokenID = make(map[string]rune)
		v.wordID = make(map[string]int32)
	}
	id, ok := v.tokenID[t]
	if !ok {
		id = rune(len(v.tokens) + 1)
		if id >= 0xD800 { // skip the surrogates, which a Go string cannot hold
			id += 0x800
		}
		v.tokenID[t] = id
		v.tokens = append(v.tokens, t)
		// A token's word is found once, when the token is first seen.
		word := int32(-1)
		if r, _ := utf8.DecodeRuneInString(t); isWord(r) {
			w := strings.ToLower(t)
			var known bool
			if word, known = v.wordID[w]; !known {
				word = int32(len(v.wordID))
				v.wordID[w] = word
			}
		}
		v.wordOf = append(v.wordOf, word)
	}
	return id
}

func (v *vocab) index(id rune) int {
	if id >= 0xD800+0x800 {
		id -= 0x800
	}
	return int(id - 1)
}

func (v *vocab) text(id rune) string { return v.tokens[v.index(id)] }

func (d *differ) tokenize(cache *map[int]*tokenized, i int, text string) *tokenized {
	if *cache == nil {
		*cache = map[int]*tokenized{}
	}
	t, ok := (*cache)[i]
	if ok {
		return t
	}
	t = &tokenized{ids: make([]rune, 0, len(text)/3)}
	for tok := range tokenSeq(text) {
		id := d.vocab.token(tok)
		t.ids = append(t.ids, id)
		if w := d.vocab.wordOf[d.vocab.index(id)]; w >= 0 {
			t.words = append(t.words, w)
		}
	}
	slices.Sort(t.words)
	(*cache)[i] = t
	return t
}

// similar compares old block i and new block j, within the budget. Blocks
// of different kinds (a paragraph that became a heading) pair only when
// their words are nearly the same.
func (d *differ) similar(i, j int) float64 {
	if d.budget <= 0 {
		return 0
	}
	d.budget--
	s := similarity(d.tokenize(&d.oldTok, i, d.old[i].Text).words, d.tokenize(&d.newTok, j, d.new[j].Text).words)
	if d.old[i].Kind != d.new[j].Kind && s < crossKindSimilarity {
		return 0
	}
	return s
}

// retitled reports whether old block i and new block j, alone in their
// hunk, are one heading retitled: two headings of the same level between
// the same neighbours, however few words they share ("Information We
// Access" → "Examples of information we may see"). Shown apart, as a
// heading removed and one added, the redline hides what was retitled, and
// each heading judged alone commits to nothing; paired, the words that
// changed are struck and inserted where the title stands.
func (d *differ) retitled(i, j int) bool {
	o, n := d.old[i], d.new[j]
	return o.Kind == markdown.HeadingBlock && n.Kind == markdown.HeadingBlock && o.Level == n.Level
}

// pair turns the alignment into rows, pairing the deletions and insertions
// of each hunk that are similar enough into replacements, in order.
func (d *differ) pair(edits []edit) []Row {
	rows := make([]Row, 0, len(edits))
	for k := 0; k < len(edits); {
		e := edits[k]
		if e.op == Equal {
			rows = append(rows, Row{Old: &d.old[e.a], New: &d.new[e.b], Change: -1})
			k++
			continue
		}
		// a hunk: the run of deletions and insertions up to the next equal
		end := k
		var dels, ins []int
		for end < len(edits) && edits[end].op != Equal {
			if edits[end].op == Deleted {
				dels = append(dels, edits[end].a)
			} else {
				ins = append(ins, edits[end].b)
			}
			end++
		}
		rows = append(rows, d.pairHunk(dels, ins)...)
		k = end
	}
	return rows
}

// pairHunk pairs deletions with insertions greedily and in order: each
// deletion takes the most similar insertion after the last one taken.
func (d *differ) pairHunk(dels, ins []int) []Row {
	if len(dels) == 1 && len(ins) == 1 && d.retitled(dels[0], ins[0]) {
		return []Row{{Kind: Replace, Old: &d.old[dels[0]], New: &d.new[ins[0]], Change: -1}}
	}
	var rows []Row
	next := 0 // first insertion not yet placed
	for _, i := range dels {
		best, bestSim := -1, pairSimilarity
		// Once the comparisons are spent every similarity is 0 and pairs
		// nothing: stop looking, or a hunk of n deletions and n
		// insertions costs n² empty calls (a 10,000-item list rewritten
		// took 0.4 s).
		for k := next; k < len(ins) && d.budget > 0; k++ {
			if s := d.similar(i, ins[k]); s >= bestSim && s > 0 {
				if s > bestSim || best < 0 {
					best, bestSim = k, s
				}
			}
		}
		if best < 0 {
			rows = append(rows, Row{Kind: Delete, Old: &d.old[i], Change: -1})
			continue
		}
		for ; next < best; next++ {
			rows = append(rows, Row{Kind: Insert, New: &d.new[ins[next]], Change: -1})
		}
		rows = append(rows, Row{Kind: Replace, Old: &d.old[i], New: &d.new[ins[best]], Change: -1})
		next = best + 1
	}
	for ; next < len(ins); next++ {
		rows = append(rows, Row{Kind: Insert, New: &d.new[ins[next]], Change: -1})
	}
	return rows
}

// moves finds deleted blocks that were inserted elsewhere: the same text
// first, then similar text. The deletion row becomes the departure
// (MoveFrom) and the insertion row the arrival (Kind Move).
func (d *differ) moves(rows []Row) {
	var dels, ins []int // row indexes
	for k, r := range rows {
		switch r.Kind {
		case Delete:
			dels = append(dels, k)
		case Insert:
			ins = append(ins, k)
		}
	}
	if len(dels) == 0 || len(ins) == 0 {
		return
	}
	byText := make(map[string][]int)
	for _, k := range ins {
		byText[rows[k].New.Text] = append(byText[rows[k].New.Text], k)
	}
	used := make(map[int]bool)
	link := func(dk, ik int) {
		rows[dk].Kind, rows[dk].MoveFrom = Move, true
		rows[ik].Kind, rows[ik].Old = Move, rows[dk].Old
		rows[dk].Change = ik // temporarily: the arrival's row, resolved in finish
		used[ik] = true
	}
	var left []int
	for _, dk := range dels {
		cands := byText[rows[dk].Old.Text]
		for len(cands) > 0 && used[cands[0]] {
			cands = cands[1:]
		}
		if len(cands) > 0 && !isTrivial(rows[dk].Old.Text) {
			link(dk, cands[0])
			byText[rows[dk].Old.Text] = cands[1:]
			continue
		}
		left = append(left, dk)
	}
	if len(left) == 0 {
		return
	}
	insBlock := make([]int, len(ins)) // the new block of each insertion, found once
	for x, ik := range ins {
		insBlock[x] = blockIndex(d.new, rows[ik].New)
	}
	for _, dk := range left {
		if d.budget <= 0 {
			break // the comparisons are spent: what is left stays deleted and inserted
		}
		i := blockIndex(d.old, rows[dk].Old)
		if len(d.tokenize(&d.oldTok, i, d.old[i].Text).words) < moveMinWords {
			continue
		}
		best, bestSim := -1, moveSimilarity
		for x, ik := range ins {
			if used[ik] {
				continue
			}
			if d.budget <= 0 {
				break
			}
			if s := d.similar(i, insBlock[x]); s >= bestSim && (best < 0 || s > bestSim) {
				best, bestSim = ik, s
			}
		}
		if best >= 0 {
			link(dk, best)
		}
	}
}

// isTrivial reports text too short to be recognised as moved: a lone
// "Email:" deleted here and added there is two edits, not a move.
func isTrivial(s string) bool { return wordCount(s) < 3 }

// blockIndex is the index of b in bs (b points into bs).
func blockIndex(bs []markdown.Block, b *markdown.Block) int {
	lo, hi := 0, len(bs)
	for lo < hi { // blocks are in source order
		m := (lo + hi) / 2
		if bs[m].Start < b.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// finish computes word diffs, numbers the changes in reading order of the
// new text, and counts them.
func (d *differ) finish(rows []Row, r *Result) []Row {
	arrival := make(map[int]int) // departure row -> arrival row
	for k := range rows {
		if rows[k].MoveFrom {
			arrival[k] = rows[k].Change
		}
	}
	changeOf := make(map[int]int) // arrival row -> change index
	for k := range rows {
		row := &rows[k]
		switch {
		case row.Kind == "":
			r.Stats.Unchanged++
			continue
		case row.MoveFrom:
			continue // numbered with its arrival
		case row.Kind == Replace || row.Kind == Move && row.Old.Text != row.New.Text:
			i, j := blockIndex(d.old, row.Old), blockIndex(d.new, row.New)
			row.Words = d.vocab.diff(d.tokenize(&d.oldTok, i, row.Old.Text).ids, d.tokenize(&d.newTok, j, row.New.Text).ids)
		}
		c := Change{Kind: row.Kind}
		if row.Old != nil {
			c.Old, c.OldLine = row.Old.Text, row.Old.Line
		}
		if row.New != nil {
			c.New, c.NewLine = row.New.Text, row.New.Line
			c.Section, c.Anchor = row.New.Section, row.New.Anchor
		} else {
			c.Section, c.Anchor = row.Old.Section, row.Old.Anchor
		}
		c.Words = row.Words
		row.Change = len(r.Changes)
		if row.Kind == Move {
			changeOf[k] = row.Change
		}
		r.Changes = append(r.Changes, c)
		switch row.Kind {
		case Insert:
			r.Stats.Inserted++
		case Delete:
			r.Stats.Deleted++
		case Replace:
			r.Stats.Replaced++
		case Move:
			r.Stats.Moved++
		}
	}
	for dep, arr := range arrival {
		rows[dep].Change = changeOf[arr]
		r.Changes[changeOf[arr]].FromSection = rows[dep].Old.Section
		r.Changes[changeOf[arr]].FromAnchor = rows[dep].Old.Anchor
	}
	return rows
}
