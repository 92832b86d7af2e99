package material

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// A sideText is what the classifier reads of one whole text of a
// comparison, the old or the new, beyond the change it judges: whether a
// name is written elsewhere in it, whether a block of it reads the same as
// some text once folded, the initials of its words, the author it names,
// whether it is in another language. Each is made from the text's blocks
// in order, each block once, when first asked.
//
// They are a function of the text alone. A build compares each version of
// a policy with the one before, the one after and the one in force, and
// each of those comparisons asked the same questions of the same text:
// through a Memo, a text parsed once is read once (Memo.side).
type sideText struct {
	blocks []*markdown.Block

	docOnce sync.Once
	doc     string // the blocks in lower case, joined by line breaks

	rowKeysOnce sync.Once
	rowKeys     []string // the table rows, as rowKey reads them

	keysOnce sync.Once
	keys     []keyedText // the blocks by a hash of their first letters, sorted

	initialsOnce sync.Once
	initials     []int16 // the first letter of each word, capitals marked (appendInitials)
	initialBytes []byte  // the same as bytes, a word of marks alone as 0, for bytes.Index

	brandOnce sync.Once
	brand     string // the author's name, "" when none stands out

	authorOnce sync.Once
	author     string // the name the text defines as "we", folded (authorNameText)

	foreignOnce sync.Once
	foreign     bool // written in another language

	siteOnce sync.Once
	site     string // the domain its links point to most (siteDomain)

	siteLinks, links int // the links to site, and to any site

	titleLineOnce sync.Once
	titleLine     int // the line of its title (titleLineText)

	noPolicyOnce sync.Once
	noPolicy     bool // no policy's words (noPolicyText)

	titlesOnce sync.Once
	titles     map[string]bool // its sections' titles (sectionTitles)

	// named, spelled and owned remember answers (remember): the
	// comparisons of a build ask each text of the same names, change
	// after change.
	namedMu sync.Mutex
	named   map[string]bool
	spelled map[string]bool // spells's answers, by acronym in lower case
	owned   map[string]bool // ownProductText's answers, by name
}

// hasName reports whether the text writes key, in lower case, as whole
// words (hasWordAt), remembering the answer.
func (s *sideText) hasName(ix *index, key string) bool {
	return s.remember(&s.named, 1<<14, key, func() bool { return hasWordAt(s.lowered(ix), key) })
}

// remember returns the answer *m holds for key, or finds it with f and
// keeps it, up to limit answers: the comparisons of a build ask each text
// the same questions, change after change. The maps are guarded by
// namedMu.
func (s *sideText) remember(m *map[string]bool, limit int, key string, f func() bool) bool {
	s.namedMu.Lock()
	ok, known := (*m)[key]
	s.namedMu.Unlock()
	if known {
		return ok
	}
	ok = f()
	s.namedMu.Lock()
	if *m == nil {
		*m = map[string]bool{}
	}
	if len(*m) < limit {
		(*m)[strings.Clone(key)] = ok
	}
	s.namedMu.Unlock()
	return ok
}

// sideBlocks returns the blocks of the old (or new) text of rows, in order
// and each once: the arrival of a moved block carries its old block too,
// which the text holds once, where it left.
func sideBlocks(rows []redline.Row, old bool) []*markdown.Block {
	out := make([]*markdown.Block, 0, len(rows))
	for _, row := range rows {
		if b := sideBlock(row, old); b != nil && !(old && row.Kind == redline.Move && !row.MoveFrom) {
			out = append(out, b)
		}
	}
	return out
}

// side returns what the classifier reads of the old (or new) text.
func (c *classifier) side(old bool) *sideText {
	s := sideOf(old)
	if c.sides[s] == nil {
		blocks := sideBlocks(c.rows, old)
		if c.memo != nil {
			c.sides[s] = c.memo.side(blocks)
		} else {
			c.sides[s] = &sideText{blocks: blocks}
		}
	}
	return c.sides[s]
}

// side returns the memo's sideText for a text of these blocks. A text is
// known by its first block: the blocks of a parsed text (redline.Doc) are
// one array, shared by every comparison of it, and the memo holding the
// pointer keeps that array from being reused for another text.
func (m *Memo) side(blocks []*markdown.Block) *sideText {
	if len(blocks) == 0 {
		return &sideText{}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.sides == nil {
		m.sides = map[*markdown.Block]*sideText{}
	}
	s := m.sides[blocks[0]]
	if s == nil || len(s.blocks) != len(blocks) || s.blocks[len(blocks)-1] != blocks[len(blocks)-1] {
		s = &sideText{blocks: blocks}
		m.sides[blocks[0]] = s
	}
	return s
}

// lowered is the text in lower case, its blocks joined by line breaks,
// each block lowered through ix.lower, which remembers short texts.
func (s *sideText) lowered(ix *index) string {
	s.docOnce.Do(func() {
		n := 0
		for _, b := range s.blocks {
			n += len(b.Text) + 1
		}
		var doc strings.Builder
		doc.Grow(n)
		for _, b := range s.blocks {
			doc.WriteString(ix.lower(b.Text))
			doc.WriteByte('\n')
		}
		s.doc = doc.String()
	})
	return s.doc
}

// tableRows is the text's table rows, each as rowKey reads it.
func (s *sideText) tableRows() []string {
	s.rowKeysOnce.Do(func() {
		for _, b := range s.blocks {
			if !strings.Contains(b.Text, "|") {
				continue
			}
			for line := range strings.SplitSeq(b.Text, "\n") {
				if k := rowKey(line); k != "" {
					s.rowKeys = append(s.rowKeys, k)
				}
			}
		}
	})
	return s.rowKeys
}

// keyed is the text's blocks filed by alnumPrefix, sorted by it. Two
// sorted slices, not maps of slices: this is made for most comparisons a
// build makes, and maps were 5% of what it allocated. Candidates under one
// key are all tried until one reads the same: their order does not change
// an answer.
func (s *sideText) keyed() []keyedText {
	s.keysOnce.Do(func() {
		s.keys = make([]keyedText, 0, len(s.blocks))
		for _, b := range s.blocks {
			s.keys = append(s.keys, keyedText{alnumPrefix(b.Text), b.Text})
		}
		slices.SortFunc(s.keys, func(a, b keyedText) int { return cmp.Compare(a.key, b.key) })
	})
	return s.keys
}

// wordInitials is the first letter of each word of the text, as int16s and
// as bytes.
func (s *sideText) wordInitials() ([]int16, []byte) {
	s.initialsOnce.Do(func() {
		for _, b := range s.blocks {
			s.initials = appendInitials(s.initials, b.Text)
		}
		s.initialBytes = make([]byte, len(s.initials))
		for i, v := range s.initials {
			s.initialBytes[i] = byte(max(v, 0))
		}
	})
	return s.initials, s.initialBytes
}
