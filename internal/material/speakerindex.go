package material

import "strings"

// speakerIndex answers speaksAsWe(e, ctx, other) for the many names of
// one paragraph. Past the second name, what does not depend on the name
// is read once: whether ctx speaks as "we" itself, the sentences of ctx
// by their first word, and the words other's sentences write after "We"
// and "Our". Asking speaksAsWe of each name read the whole of both texts
// again, which in a long paragraph full of names was quadratic.
type speakerIndex struct {
	c          *classifier
	ctx, other string
	asked      int // the names asked of so far
	built      bool
	saysWe     bool                  // ctx writes "we", "us", "our"…
	openings   map[string][]opening  // ctx's sentences by first word
	after      map[string][2]stemSet // "We", "Our" → the words after them in other
}

// opening is a sentence of ctx as sameOpening reads it: whole, or, after
// a bold label, the rest ("Information: You can …").
type opening struct {
	sentence string // trimmed as sameOpening trims it
	rest     string // after ": ", when it was cut there
	cut      bool
}

// stemSet is the stems written after an opening word, and each without
// a final "s".
type stemSet map[string]bool

func newSpeakerIndex(c *classifier, ctx, other string) *speakerIndex {
	return &speakerIndex{c: c, ctx: ctx, other: other}
}

// speaks is speaksAsWe(e, ctx, other): asked of the first two names, past
// them read from the index.
func (s *speakerIndex) speaks(e string) bool {
	if s.asked++; s.asked <= 2 {
		return s.c.speaksAsWe(e, s.ctx, s.other)
	}
	if s.c.neverAuthor(e) {
		return false
	}
	if !s.built {
		s.build()
	}
	if s.saysWe {
		return false
	}
	return s.same(e, "We") || s.same(e+"'s", "Our") || s.same(e+"’s", "Our")
}

func (s *speakerIndex) build() {
	s.built = true
	if s.saysWe = writesWe(s.ctx); s.saysWe {
		return
	}
	firstWord := func(t string) string {
		w, _, _ := strings.Cut(t, " ")
		return w
	}
	s.openings = map[string][]opening{}
	for _, sn := range sentences(s.ctx) {
		sn = strings.TrimLeft(sn, "-*+#>0123456789. ")
		o := opening{sentence: sn}
		if _, rest, ok := strings.Cut(sn, ": "); ok {
			o.rest, o.cut = rest, true
			s.openings[firstWord(rest)] = append(s.openings[firstWord(rest)], o)
		}
		if f := firstWord(sn); !o.cut || f != firstWord(o.rest) {
			s.openings[f] = append(s.openings[f], o)
		}
	}
	s.after = map[string][2]stemSet{}
	for _, first := range []string{"We", "Our"} {
		ys, trimmed := stemSet{}, stemSet{}
		for _, y := range sentenceNexts(s.other, first) {
			ys[y] = true
			trimmed[strings.TrimSuffix(y, "s")] = true
		}
		s.after[first] = [2]stemSet{ys, trimmed}
	}
}

// same is sameOpening(ctx, first, other, firstB).
func (s *speakerIndex) same(first, firstB string) bool {
	ys := s.after[firstB]
	if len(ys[0]) == 0 {
		return false
	}
	p := first + " "
	w, _, _ := strings.Cut(p, " ")
	for _, o := range s.openings[w] {
		sn := o.sentence
		if o.cut && !strings.HasPrefix(sn, p) {
			sn = o.rest
		}
		rest, ok := strings.CutPrefix(sn, p)
		if !ok {
			continue
		}
		if ws := rawWords(rest); len(ws) > 0 {
			x := stem(strings.ToLower(ws[0]))
			if ys[0][x] || ys[0][strings.TrimSuffix(x, "s")] || ys[1][x] {
				return true
			}
		}
	}
	return false
}

// sentenceNexts is the words, by their stem, written after first at the
// opening of a sentence of s (sameOpening).
func sentenceNexts(s, first string) []string {
	var out []string
	for _, sn := range sentences(s) {
		sn = strings.TrimLeft(sn, "-*+#>0123456789. ")
		if _, rest, ok := strings.Cut(sn, ": "); ok && !strings.HasPrefix(sn, first+" ") {
			sn = rest // a bold label before the sentence: "Information: You can …"
		}
		if rest, ok := strings.CutPrefix(sn, first+" "); ok {
			if ws := rawWords(rest); len(ws) > 0 {
				out = append(out, stem(strings.ToLower(ws[0])))
			}
		}
	}
	return out
}
