package material

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// wordnet.txt.gz is WordNet 3.0 compiled by ./gen (see its doc comment);
// WORDNET-LICENSE is its licence.
//
//go:embed wordnet.txt.gz
var wordnetGz []byte

// lexicon is the part of WordNet the classifier asks: is a word ordinary
// English, which part of speech, and do two words share a meaning. The
// table is kept as its sorted text and searched, not parsed into a map:
// most runs ask about a handful of words.
type lexicon struct {
	cache wordCache[[]lexEntry] // what entries found, by word
	text  []byte
	lines []int32           // offsets of the lemma lines, in lemma order
	forms map[string]string // irregular form → lemma: "sent" → "send"
}

type lexEntry struct {
	lemma    string   // the lemma the entry is of ("issue" for "issues")
	pos      string   // "n", "v", "a", "r", the commonest first
	meanings []int32  // senses and their near generalisations
	antonyms []int32  // the meanings its senses are the opposites of
	lexfile  int8     // the lexical file of the first noun sense, -1 if none
	family   []string // lemmas derived from it or it from them ("issuer", "issue")
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// wordNet returns the lexicon, read from the embedded table on first use.
func wordNet() *lexicon {
	lexOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(wordnetGz))
		if err != nil {
			panic("material: embedded wordnet table: " + err.Error()) // a bug in the binary, not bad input
		}
		text, err := io.ReadAll(zr)
		if err != nil {
			panic("material: embedded wordnet table: " + err.Error())
		}
		l := &lexicon{text: text, forms: map[string]string{}}
		for at := 0; at < len(text); {
			end := bytes.IndexByte(text[at:], '\n')
			if end < 0 {
				end = len(text) - at
			}
			line := text[at : at+end]
			if tab := bytes.IndexByte(line, '\t'); tab > 0 && tab+1 < len(line) && line[tab+1] == '=' {
				l.forms[string(line[:tab])] = string(line[tab+2:])
			} else {
				l.lines = append(l.lines, int32(at))
			}
			at += end + 1
		}
		lex = l
	})
	return lex
}

// lookup returns the entry of a lemma.
func (l *lexicon) lookup(w string) (lexEntry, bool) {
	key := func(i int) []byte {
		line := l.text[l.lines[i]:]
		return line[:bytes.IndexByte(line, '\t')]
	}
	i := sort.Search(len(l.lines), func(i int) bool { return string(key(i)) >= w })
	if i == len(l.lines) || string(key(i)) != w {
		return lexEntry{}, false
	}
	line := l.text[l.lines[i]:]
	if end := bytes.IndexByte(line, '\n'); end >= 0 {
		line = line[:end]
	}
	f := strings.Split(string(line), "\t")
	if len(f) != 5 && len(f) != 6 {
		return lexEntry{}, false
	}
	ids := func(field string) []int32 {
		var out []int32
		if field != "" {
			for _, m := range strings.Split(field, ",") {
				n, _ := strconv.ParseInt(m, 36, 32)
				out = append(out, int32(n))
			}
		}
		return out
	}
	e := lexEntry{lemma: f[0], pos: f[1], lexfile: -1, meanings: ids(f[2]), antonyms: ids(f[4])}
	if len(f) == 6 && f[5] != "" {
		e.family = strings.Split(f[5], ",")
	}
	if f[3] != "" {
		n, _ := strconv.Atoi(f[3])
		e.lexfile = int8(n)
	}
	return e, true
}

// entries finds w in WordNet: as it is, as an irregular form, and with an
// inflection removed the way WordNet's morphy does it ("sent" is a coin,
// and "send").
func (l *lexicon) entries(w string) []lexEntry {
	if e, ok := l.cache.load(w); ok {
		return e
	}
	out := l.find(w)
	l.cache.store(w, out)
	return out
}

func (l *lexicon) find(w string) []lexEntry {
	var out []lexEntry
	if e, ok := l.lookup(w); ok {
		out = append(out, e)
	}
	if b, ok := l.forms[w]; ok {
		if e, ok := l.lookup(b); ok {
			out = append(out, e)
		}
	}
	if b, ok := participles[w]; ok && l.forms[w] != b {
		// "kept" is an adjective of its own, and the verb a passive
		// writes: "transcripts are kept" says what "we hold on to
		// transcripts" does.
		if e, ok := l.lookup(b); ok {
			out = append(out, e)
		}
	}
	for _, r := range morphy {
		if strings.HasSuffix(w, r[0]) && len(w) > len(r[0])+1 {
			// A rule holds for its parts of speech only: "insurer" is
			// not a form of the verb "insure", as "bigger" is of "big".
			if e, ok := l.lookup(w[:len(w)-len(r[0])] + r[1]); ok && strings.ContainsAny(e.pos, r[2]) {
				out = append(out, e)
			}
		}
	}
	return out
}

// morphy are WordNet's detachment rules for nouns, verbs and adjectives,
// each with the parts of speech it applies to ("ly" makes an adverb of an
// adjective).
var morphy = [][3]string{{"ies", "y", "nv"}, {"ses", "s", "nv"}, {"xes", "x", "nv"}, {"zes", "z", "nv"}, {"ches", "ch", "nv"}, {"shes", "sh", "nv"},
	{"men", "man", "n"}, {"es", "e", "v"}, {"es", "", "v"}, {"s", "", "nv"}, {"ed", "e", "v"}, {"ed", "", "v"}, {"ing", "e", "v"}, {"ing", "", "v"},
	{"er", "", "a"}, {"est", "", "a"}, {"er", "e", "a"}, {"est", "e", "a"}, {"ly", "", "a"}}

// close reports two words that share a meaning in WordNet: the same sense,
// or one a direct generalisation of the other ("designed", "intended").
func (l *lexicon) close(a, b string) bool {
	return l.links(a, b, func(e lexEntry) []int32 { return e.meanings })
}

// opposite reports two words WordNet files as opposites: a sense of one
// is the antonym of a meaning of the other ("on" and "off", "include" and
// "exclude", "public" and "private"), and they share no meaning. WordNet
// files an adjective's satellites under the head of their cluster, so
// that "utilised" comes out as the opposite of "used", a word it means.
//
// A word WordNet lists under its own spelling is read as itself, and as
// the word it could be a form of only where the other word is read as a
// form of its degree too: "later" is an adverb and an adjective of its
// own, and as "late" ("the late president") it would be the opposite of
// "future" ("in the future" → "later", b320-12); "earlier" and "later"
// are opposites as "early" and "late" are.
func (l *lexicon) opposite(a, b string) bool {
	antonyms := func(e lexEntry) []int32 { return e.antonyms }
	if !l.links(a, b, antonyms) || l.links(a, b, func(e lexEntry) []int32 { return e.meanings }) {
		return false
	}
	oa, ob := l.ownEntry(a), l.ownEntry(b)
	if len(oa) == 0 || len(ob) == 0 || linked(oa, ob, antonyms) {
		return true
	}
	// Opposites only as the words they are forms of: read so where both
	// are of one degree ("earlier", a word of its own, and "later", as
	// "late", are both comparatives).
	degree := func(w string) string {
		for _, suf := range [...]string{"est", "er"} {
			if strings.HasSuffix(w, suf) {
				return suf
			}
		}
		return ""
	}
	return degree(a) != "" && degree(a) == degree(b)
}

// ownEntry returns the entry WordNet gives w under its own spelling, as
// a slice of one (find puts it first), or none.
func (l *lexicon) ownEntry(w string) []lexEntry {
	if es := l.entries(w); len(es) > 0 && es[0].lemma == w {
		return es[:1]
	}
	return nil
}

// links reports whether some meaning of b is among the synsets via gives
// for the senses of a: their meanings (close), their antonyms (opposite).
func (l *lexicon) links(a, b string, via func(lexEntry) []int32) bool {
	return linked(l.entries(a), l.entries(b), via)
}

// linked reports whether some meaning of an entry of bs is among the
// synsets via gives for the entries of as.
func linked(as, bs []lexEntry, via func(lexEntry) []int32) bool {
	in := map[int32]bool{}
	for _, e := range bs {
		for _, m := range e.meanings {
			in[m] = true
		}
	}
	for _, e := range as {
		for _, m := range via(e) {
			if in[m] {
				return true
			}
		}
	}
	return false
}

// Lexical files of WordNet's nouns whose words name no data, party, place
// or thing: times, events, relations, shapes, quantities, processes,
// feelings and motives ("from time to time", "in the event of").
var ordinaryNounFiles = map[int8]bool{3: true, 11: true, 12: true, 16: true, 22: true, 23: true, 24: true, 25: true, 28: true}

// parties are the pronouns that say who commits: "you may delete" is not
// "we may delete".
var parties = map[string]bool{"we": true, "us": true, "our": true, "ours": true, "you": true, "your": true, "yours": true,
	"they": true, "them": true, "their": true, "he": true, "she": true, "his": true, "her": true, "i": true, "me": true, "my": true}

// ordinary reports a word WordNet knows as ordinary English that names
// nothing a policy commits to: a verb, adjective or adverb, or a noun of
// an ordinary kind. The commitment vocabulary is asked first, by callers.
func (l *lexicon) ordinary(w string) bool {
	if parties[w] {
		return false
	}
	for _, e := range l.entries(w) {
		// A word mostly a noun is ordinary when the noun is of an ordinary
		// kind, or an act that is also a verb ("use", "help").
		if e.pos[0] != 'n' || ordinaryNounFiles[e.lexfile] || e.lexfile == 4 && strings.ContainsRune(e.pos, 'v') {
			return true
		}
	}
	return false
}

// circumstantial reports a noun that names no party, data or thing, only
// a circumstance, time, event, manner or reason: WordNet files all its
// noun senses under ordinaryNounFiles, states or attributes ("under any
// circumstances", "in any way", "for any reason"), not under people,
// groups, places or artifacts ("to any insurer", "in any app").
func (l *lexicon) circumstantial(w string) bool {
	found := false
	for _, e := range l.entries(w) {
		if e.pos[0] != 'n' {
			continue
		}
		if !ordinaryNounFiles[e.lexfile] && e.lexfile != 7 && e.lexfile != 26 {
			return false
		}
		found = true
	}
	return found
}

// participles are the irregular past forms of verbs that WordNet's
// exception lists leave out because each is an entry of its own (the
// adjective "sold"): what a sentence put in the passive writes for the
// verb ("is never sold" for "we do not sell").
var participles = map[string]string{
	"sold": "sell", "kept": "keep", "held": "hold", "withheld": "withhold", "taken": "take", "took": "take", "undertaken": "undertake",
	"given": "give", "gave": "give", "made": "make", "sent": "send", "withdrawn": "withdraw", "withdrew": "withdraw", "shown": "show",
	"known": "know", "seen": "see", "saw": "see", "found": "find", "told": "tell", "brought": "bring", "bought": "buy", "built": "build",
	"chosen": "choose", "chose": "choose", "done": "do", "did": "do", "drawn": "draw", "got": "get", "gotten": "get", "heard": "hear",
	"hidden": "hide", "led": "lead", "left": "leave", "lent": "lend", "lost": "lose", "meant": "mean", "met": "meet", "paid": "pay",
	"said": "say", "sought": "seek", "spent": "spend", "stolen": "steal", "taught": "teach", "thought": "think", "understood": "understand",
	"written": "write", "wrote": "write", "overseen": "oversee", "forgotten": "forget", "forbidden": "forbid", "begun": "begin",
	"broken": "break", "driven": "drive", "felt": "feel", "grown": "grow", "overridden": "override", "spoken": "speak", "thrown": "throw",
	"won": "win", "worn": "wear",
}

// verbLemmas writes, in two word lists, a verb's past form as the verb
// wherever the verb itself is in the other list: "sold" beside "sell",
// "retained" beside "retain". Only those forms change: a word whose
// other form is nowhere in the other list is left as written.
func verbLemmas(a, b []string) ([]string, []string) {
	rewrite := func(ws, other []string) []string {
		var out []string
		var buf [16]string
		has := func(l string) bool { return slices.Contains(other, l) }
		if len(ws)*len(other) > 4096 {
			// a long text is looked up in once, not scanned per form
			set := make(map[string]bool, len(other))
			for _, w := range other {
				set[w] = true
			}
			has = func(l string) bool { return set[l] }
		}
		for i, w := range ws {
			for _, l := range pastForms(buf[:0], w) {
				if !has(l) {
					continue
				}
				if out == nil {
					out = slices.Clone(ws)
				}
				out[i] = l
				break
			}
		}
		if out == nil {
			return ws
		}
		return out
	}
	return rewrite(a, b), rewrite(b, a)
}

// pastForms appends to out the forms a past or present form may be of:
// "retained" of "retain", "stored" of "store", "stopped" of "stop",
// "applies" of "apply".
func pastForms(out []string, w string) []string {
	if l, ok := participles[w]; ok {
		return append(out, l)
	}
	for _, r := range verbEndings {
		if strings.HasSuffix(w, r[0]) && len(w) > len(r[0])+2 {
			b := w[:len(w)-len(r[0])]
			out = append(out, b+r[1])
			if n := len(b); r[1] == "" && n > 2 && b[n-1] == b[n-2] {
				out = append(out, b[:n-1]) // "stopped"
			}
		}
	}
	return out
}

// verbEndings are the endings pastForms takes off, and what it puts back.
var verbEndings = [][2]string{{"ied", "y"}, {"ies", "y"}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"}, {"es", ""}, {"s", ""}}

// canBe reports a word WordNet knows in the part of speech pos ('n', 'v',
// 'a', 'r') among others: "help" can be a verb, though a noun first.
func canBe(w string, pos rune) bool {
	e := wordNet().entries(w)
	return len(e) > 0 && strings.ContainsRune(e[0].pos, pos)
}

// isNoun reports a word WordNet reads first as a noun: "controls",
// "rights", "country", not "to".
func isNoun(w string) bool {
	e := wordNet().entries(w)
	return len(e) > 0 && strings.HasPrefix(e[0].pos, "n")
}
