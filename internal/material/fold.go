package material

import (
	"cmp"
	"html"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// index is a rulebook prepared for lookups.
type index struct {
	canon     map[string]string // a folded word or phrase → its canonical form
	phraseLen map[string]int    // a word → the length of the longest phrase in canon it starts
	grammar   map[string]bool
	negation  map[string]bool
	modal     map[string]bool
	unit      map[string]bool
	number    map[string]bool
	label     map[string]bool
	soft      map[string]bool
	defined   map[string]bool // the acts the law defines, by stem
	entities  [][]string      // processors and countries, as raw word sequences
	// entityByFirst indexes entities by their first word, longest first.
	entityByFirst map[string][][]string
	countries     map[string]bool
	terms         [][][]string   // per category, its words as folded word sequences
	weakFrom      []int          // per category, where its weak words start in terms
	settingFrom   []int          // per category, where its setting words start in terms
	conveyed      map[string]int // a verb of conveying ("sends") → the category it places a change in
	sameAs        [][]bool       // per category and term, whether an earlier term folds to the same words
	// forceByFirst indexes the force words by their first folded word,
	// longest phrase first.
	forceByFirst map[string][]forcePhrase
	forceWord    map[string]bool // every word of a force phrase
	// limitPart holds the words of an exclusive limit said in more than
	// one word ("limited to" → "restricted") that are no force phrase
	// alone: said alone before a noun, such a word limits which ones.
	limitPart  map[string]bool
	hedge      int             // the class of aspirations ("aim to"), -1 when the rules have none
	permission int             // the class of permissions ("may", "able to"), -1 when the rules have none
	partial    int             // the class of partial quantifiers ("some", "certain"), -1 when the rules have none
	within     int             // the class of deadlines ("within"), -1 when the rules have none
	manual     int             // the class of "human review", -1 when the rules have none
	condition  int             // the class of "if", -1 when the rules have none
	after      int             // the class of "after", -1 when the rules have none
	atMost     int             // the class of upper bounds ("a maximum of"), -1 when the rules have none
	hedged     int             // the class of hedges of scope ("generally"), -1 when the rules have none
	nowAndThen int             // the class of hedges of frequency ("occasionally"), -1 when the rules have none
	termWord   map[string]bool // every word of a category's terms
	wordTopics sync.Map        // word → the categories whose terms it is
	// canonWords is canon with each canonical form split into its words.
	canonWords map[string][]string
	// vocab numbers the words of the categories' terms, for wordSet;
	// vocab4 holds the first four bytes of those of four bytes or more.
	vocab   map[string]int32
	vocab4  map[string]bool
	termIDs [][][]int32 // terms, each word by its number in vocab
	byFirst [][]termRef // by vocab number, the terms that start with the word
	// prefixes remembers, for a word whose first four bytes start a
	// word of vocab, the vocab numbers of its prefixes of four bytes and
	// more, itself included (prefixIDs).
	prefixes wordCache[[]int32]
	folds    textCache[[]string]
	plains   textCache[[]string]
	lowers   textCache[string]
	contacts textCache[maskedContacts]
	// entityCache remembers the names a short text names (entities).
	entityCache textCache[[]string]
}

// maskedContacts is what contacts returns for a text.
type maskedContacts struct {
	list   []string
	masked string
}

// contactsOf is contacts(s), remembered for short texts: most blocks
// recur in many of the pairs a build compares, and the expression that
// finds contacts is costly. Callers must not change the list.
func (ix *index) contactsOf(s string) ([]string, string) {
	if len(s) > foldCacheLen {
		return contacts(s)
	}
	if v, ok := ix.contacts.get(s); ok {
		return v.list, v.masked
	}
	// What is remembered must not hold on to a whole document: the list
	// and the masked text are made from a copy of s, not from s.
	s = strings.Clone(s)
	list, masked := contacts(s)
	ix.contacts.put(s, maskedContacts{list, masked})
	return list, masked
}

func newIndex(rb *Rulebook) *index {
	ix := &index{canon: map[string]string{}, canonWords: map[string][]string{}}
	set := func(words []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range words {
			m[strings.Join(plainWords(w), " ")] = true
		}
		return m
	}
	ix.phraseLen = map[string]int{}
	for _, group := range append(append(contractions(), rb.Fold.Spelling...), rb.Fold.Synonyms...) {
		canonical := strings.Join(plainWords(group[0]), " ")
		for _, v := range group {
			ws := plainWords(v)
			ix.canon[strings.Join(ws, " ")] = canonical
			ix.canonWords[strings.Join(ws, " ")] = strings.Fields(canonical)
			ix.phraseLen[ws[0]] = max(ix.phraseLen[ws[0]], len(ws))
		}
	}
	ix.foldHalfUnits()
	ix.grammar = set(rb.Fold.Grammar)
	ix.negation = set(rb.Significant.Negations)
	ix.modal = set(rb.Significant.Modals)
	ix.number = set(rb.Significant.NumberWords)
	ix.label = set(rb.Minor.Labels)
	ix.soft = set(rb.Fold.Soft)
	ix.defined = map[string]bool{}
	for _, w := range rb.Defined.Acts {
		ix.defined[stem(strings.ToLower(w))] = true
	}
	ix.unit = map[string]bool{}
	for _, u := range rb.Significant.Units {
		ix.unit[u], ix.unit[u+"s"] = true, true
	}
	ix.countries = map[string]bool{}
	for _, e := range append(append([]string{}, rb.Significant.Processors...), rb.Significant.Countries...) {
		ix.entities = append(ix.entities, rawWords(e))
	}
	for _, c := range rb.Significant.Countries {
		ix.countries[c] = true
	}
	ix.entityByFirst = map[string][][]string{}
	for _, e := range ix.entities {
		if len(e) > 0 {
			ix.entityByFirst[e[0]] = append(ix.entityByFirst[e[0]], e)
		}
	}
	for _, es := range ix.entityByFirst {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i]) > len(es[j]) })
	}
	ix.forceByFirst, ix.forceWord, ix.hedge, ix.permission, ix.partial, ix.within, ix.atMost, ix.hedged, ix.nowAndThen, ix.manual, ix.condition, ix.after = map[string][]forcePhrase{}, map[string]bool{}, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1
	for k, fc := range rb.Force {
		switch fc.Class {
		case "within":
			ix.within = k
		case "at-most":
			ix.atMost = k
		case "hedged":
			ix.hedged = k
		case "now-and-then":
			ix.nowAndThen = k
		case "manual":
			ix.manual = k
		case "condition":
			ix.condition = k
		case "after":
			ix.after = k
		case "aspiration":
			ix.hedge = k
		case "permission":
			ix.permission = k
		case "partial":
			ix.partial = k
		}
		for _, w := range fc.Words {
			ws := ix.fold(w)
			if len(ws) == 0 {
				continue
			}
			ix.forceByFirst[ws[0]] = append(ix.forceByFirst[ws[0]], forcePhrase{ws, k})
			for _, x := range ws {
				ix.forceWord[x] = ix.forceWord[x] || !fc.Content
			}
		}
	}
	for _, ps := range ix.forceByFirst {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	}
	ix.limitPart = map[string]bool{}
	for _, fc := range rb.Force {
		if fc.Scale != "scope" || fc.Class != "exclusive" {
			continue
		}
		for _, w := range fc.Words {
			if ws := ix.fold(w); len(ws) > 1 {
				for _, x := range ws {
					if !slices.ContainsFunc(ix.forceByFirst[x], func(p forcePhrase) bool { return len(p.words) == 1 }) {
						ix.limitPart[x] = true
					}
				}
			}
		}
	}
	ix.termWord, ix.conveyed = map[string]bool{}, map[string]int{}
	for k, c := range rb.Categories {
		for _, w := range c.Conveyed {
			ix.conveyed[strings.ToLower(w)] = k
		}
		var terms [][]string
		strong := append(c.Words[:len(c.Words):len(c.Words)], c.Setting...)
		ix.settingFrom = append(ix.settingFrom, len(c.Words))
		ix.weakFrom = append(ix.weakFrom, len(strong))
		seen := map[string]bool{}
		var same []bool
		for _, w := range append(strong, c.Weak...) {
			// Words that fold to one ("delete", "erase") are one term
			// when a category is scored: a sentence that deletes is not
			// twice about retention.
			key := strings.Join(ix.fold(w), " ")
			same = append(same, seen[key])
			seen[key] = true
			terms = append(terms, ix.fold(w))
			if t := ix.fold(w); len(t) == 1 {
				ix.termWord[t[0]] = true // a phrase's words are judged one by one
			}
		}
		// A word a shorter term of the category already matches as a
		// prefix ("training" after "train", "stored" after "store")
		// is that term again.
		for i, t := range terms {
			for j, u := range terms {
				if i != j && len(t) == 1 && len(u) == 1 && len(u[0]) >= 4 && len(t[0]) > len(u[0]) && strings.HasPrefix(t[0], u[0]) {
					same[i] = true
				}
			}
		}
		ix.terms = append(ix.terms, terms)
		ix.sameAs = append(ix.sameAs, same)
	}
	ix.vocab, ix.vocab4 = map[string]int32{}, map[string]bool{}
	for _, terms := range ix.terms {
		termIDs := make([][]int32, len(terms))
		for i, t := range terms {
			for _, w := range t {
				id, ok := ix.vocab[w]
				if !ok {
					id = int32(len(ix.vocab))
					ix.vocab[w] = id
				}
				termIDs[i] = append(termIDs[i], id)
				if len(w) >= 4 {
					ix.vocab4[w[:4]] = true
				}
			}
		}
		ix.termIDs = append(ix.termIDs, termIDs)
	}
	ix.byFirst = make([][]termRef, len(ix.vocab))
	for k, terms := range ix.termIDs {
		for i, ids := range terms {
			if len(ids) > 0 {
				ix.byFirst[ids[0]] = append(ix.byFirst[ids[0]], termRef{int32(k), int32(i)})
			}
		}
	}
	return ix
}

// contractions are English's contracted forms, each folded to its words:
// an auxiliary with "not" ("shouldn't", "hasn't") and a pronoun with its
// verb ("we've", "you're", "they'll"). Contracting changes no commitment;
// the irregular forms ("won't", "can't") are in rules.toml.
func contractions() [][]string {
	var out [][]string
	for _, aux := range []string{"is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "should", "would", "could", "must", "need", "might", "ought"} {
		out = append(out, []string{aux + " not", aux + "n't"})
	}
	out = append(out, []string{"shall not", "shan't"})
	for _, p := range []string{"we", "you", "they", "i"} {
		out = append(out, []string{p + " will", p + "'ll"}, []string{p + " have", p + "'ve"})
		if p != "i" {
			out = append(out, []string{p + " are", p + "'re"})
		}
	}
	return append(out, []string{"i am", "i'm"})
}

// upperCase reports whether strings.ToUpper would leave s as it is (no
// small letter, no byte that is not UTF-8), without making the copy it
// would: rules ask it of word after word.
func upperCase(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return false // ToUpper writes U+FFFD for it
			}
		}
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// innerHyphen reports a hyphen between two letters: a compound
// ("multi-channel"), not a list's marker or a dash.
func innerHyphen(s string) bool {
	for i := strings.IndexByte(s, '-'); i >= 0; {
		if i > 0 && i+1 < len(s) && isASCIILetter(s[i-1]) && isASCIILetter(s[i+1]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '-')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// isASCIILetter reports an ASCII letter of either case.
func isASCIILetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// joinedEqual reports whether a and b, each joined with nothing between
// its words, are the same text, without joining them: most changes are
// asked it, and most differ within a few letters.
func joinedEqual(a, b []string) bool {
	var x, y string // what is left of the word of a, and of b, being compared
	for {
		for x == "" && len(a) > 0 {
			x, a = a[0], a[1:]
		}
		for y == "" && len(b) > 0 {
			y, b = b[0], b[1:]
		}
		if x == "" || y == "" {
			return x == "" && y == ""
		}
		n := min(len(x), len(y))
		if x[:n] != y[:n] {
			return false
		}
		x, y = x[n:], y[n:]
	}
}

// rawWords splits s into words, keeping case: letters and digits, with an
// inner apostrophe ("don't") or an inner dot or comma between digits
// ("1.2", "10,000") kept in the word. Everything else separates words.
func rawWords(s string) []string {
	var out []string
	if len(s) > 1<<16 {
		// A long text's words are counted first: the list is most of
		// what classifying a long paragraph holds, and growing it by
		// doubling would leave twice its size behind.
		n := 0
		scanRawWords(s, func(string) bool { n++; return true })
		out = make([]string, 0, n)
	} else if s != "" {
		// About a word a space: one allocation, not one a doubling.
		out = make([]string, 0, strings.Count(s, " ")+1)
	}
	scanRawWords(s, func(w string) bool { out = append(out, w); return true })
	return out
}

// scanRawWords calls f with each word of s as rawWords cuts them, until f
// returns false.
func scanRawWords(s string, f func(string) bool) {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		if alnumBytes[c] == 1 {
			// A run of ASCII letters and digits is one word or part of
			// one, read in a loop of its own: most of a text's bytes.
			if start < 0 {
				start = i
			}
			i++
			for i < len(s) && alnumBytes[s[i]] == 1 {
				i++
			}
			continue
		}
		var r rune
		var n int
		var word bool
		if c < utf8.RuneSelf {
			r, n = rune(c), 1
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if !word && start >= 0 && (r == '\'' || r == '’' || r == '.' || r == ',') && i+n < len(s) {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if r == '\'' || r == '’' {
				word = unicode.IsLetter(next)
			} else {
				word = unicode.IsDigit(prev) && unicode.IsDigit(next)
			}
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			if !f(s[start:i]) {
				return
			}
			start = -1
		}
		i += n
	}
	if start >= 0 {
		f(s[start:])
	}
}

// plainWordCount is len(plainWords(s)), counted no further than limit.
func plainWordCount(s string, limit int) int {
	if strings.Contains(s, "<") {
		s = htmlRE.ReplaceAllString(s, " ")
	}
	n := 0
	scanRawWords(stripMarkdown(s), func(string) bool { n++; return n < limit })
	return n
}

// newWindowRE is a link's note of how it opens, in English or French, as
// captured pages write it: "(opens in a new window)", "(ouvre une nouvelle
// fenêtre)" (Badoo's policy gained one, ota-43 041), "(external link)",
// or without brackets before a menu's entry: "Opens a new window or tab
// Individuals overview", "Opens a new window or tabOpt out" (Aetna's,
// ota-98 013 and 017), or glued to the link's words by the capture:
// "[https://www.admin.ch/…/index.htmlopens in a new tab](…)",
// "[notices@ethereum.orgopens email client](mailto:…)" (Ethereum's,
// ota-110 024 and 029, read "a number without a unit changed" and
// "Removed recipient: ENGopens" when the page wrote them "(opens in a new
// tab)").
var newWindowRE = mustPattern(`(?i)\((?:opens?|ouvre|s'ouvre)\b[^()]{0,30}?\b(?:window|tab|fenêtre|onglet|e-?mail\s+client)\)|\((?:external link|link is external|lien externe)\)|opens\s+(?:in\s+)?a\s+new\s+(?:window\s+or\s+tab|window|tab)|opens\s+(?:your\s+|an?\s+)?e-?mail\s+client`)

// gluedNoteRE is a link's note of how it opens glued by the capture to
// the link's last word, with no space: "…/index.htmlopens in a new tab",
// "notices@ethereum.orgopens email client". Glued, it is read as part of
// the address before it (a mailbox "notices@ethereum.orgopens"), so it
// is taken out of the text before any word is read (withoutGluedNotes).
var gluedNoteRE = mustPattern(`(?i)([a-z0-9/])opens\s+(?:in\s+)?(?:a\s+new\s+(?:window\s+or\s+tab|window|tab)|(?:your\s+|an?\s+)?e-?mail\s+client)`)

// withoutGluedNotes returns s without the notes gluedNoteRE finds.
func withoutGluedNotes(s string) string {
	if !strings.Contains(s, "pens in a new") && !strings.Contains(s, "pens a new") && !strings.Contains(s, "mail client") {
		return s
	}
	return gluedNoteRE.ReplaceAllString(s, "$1")
}

// plainWords is rawWords in lower case, with typographic apostrophes made
// plain and possessive 's dropped.
func plainWords(s string) []string {
	if strings.Contains(s, "<") {
		s = htmlRE.ReplaceAllString(s, " ") // what does not render is not text
	}
	if strings.Contains(s, "{:") || strings.Contains(s, "{#") {
		s = attrListRE.ReplaceAllString(s, " ") // nor does an attribute list
	}
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s) // "individual &mdash; it's" is "individual — it's", no word "mdash"
	}
	if strings.Contains(s, "(") && (strings.Contains(s, "window") || strings.Contains(s, "tab)") || strings.Contains(s, "fenêtre") || strings.Contains(s, "onglet") || strings.Contains(s, "xternal")) || strings.Contains(s, "pens a new") || strings.Contains(s, "pens in a new") || strings.Contains(s, "mail client") {
		s = newWindowRE.ReplaceAllString(s, " ") // "[here](…) (opens in a new window)" tells how a link opens
	}
	s = unmangle(s)
	ws := rawWords(stripMarkdown(s))
	// The words with a capital or a letter outside ASCII are written in
	// lower case one after the other in one buffer, each word a part of
	// it, where each was a string of its own. (A Builder never changes
	// what it has written: a part taken stays as it is.)
	n := 0
	for _, w := range ws {
		if !plainASCII(w) {
			n += len(w)
		}
	}
	var b strings.Builder
	b.Grow(n)
	for i, w := range ws {
		if !plainASCII(w) {
			from := b.Len()
			for _, r := range w {
				if r == '’' {
					r = '\''
				}
				b.WriteRune(unicode.ToLower(r))
			}
			w = b.String()[from:]
		}
		ws[i] = strings.TrimSuffix(w, "'s")
	}
	return ws
}

// plainASCII reports a word of ASCII with no capital: what plainWords
// leaves as it is.
func plainASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// stripMarkdown removes the Markdown that does not read as words: heading
// and list markers, emphasis, code marks, link targets.
// maxLabel is the longest link label stripMarkdown looks for: CommonMark
// allows 999 characters, policies write a word or two.
const maxLabel = 100

func stripMarkdown(s string) string {
	if !strings.ContainsAny(s, "#*_`[>") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '*', '_', '`', '#', '>':
			b.WriteByte(' ')
			continue
		case '[':
			continue
		case ']':
			if i+1 < len(s) && s[i+1] == '[' {
				// a link by reference, "[text][label]" or "[text][]": the
				// label is not shown
				if k := strings.IndexAny(s[i+2:min(len(s), i+2+maxLabel)], "]\n["); k >= 0 && s[i+2+k] == ']' {
					i += 2 + k
				}
				continue
			}
			if i+1 < len(s) && s[i+1] == '(' {
				// the target ends at its own bracket: "(…/statement(07.02.19)(FR).pdf)";
				// an address with no space in it may be broken by a hard
				// wrap, once: "(https://…/marketing-cloud-data-clou\nd-privacy-policy)".
				depth, spaced, wrapped := 0, false, false
				for k := i + 1; k < len(s); k++ {
					if s[k] == '\n' {
						if spaced || wrapped || k+1 == len(s) || s[k+1] == ' ' || s[k+1] == '\n' {
							break
						}
						wrapped = true
					} else if wrapped && (s[k] == ' ' || s[k] == '\t') {
						break
					}
					spaced = spaced || s[k] == ' ' || s[k] == '\t'
					if s[k] == '(' {
						depth++
					} else if s[k] == ')' {
						if depth--; depth == 0 {
							i = k
							break
						}
					}
				}
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// attrListRE is an attribute list of Kramdown or of a heading's id, as
// Markdown sites write them after a block or a heading: "{: datetime=
// "2014-03-17" }", "{: #cookies }", "{#contact-us}". It names the block
// for the page's code and says nothing to the reader.
var attrListRE = mustPattern(`\{[:#][^{}\n]{0,200}\}`)

// mangled are the marks of UTF-8 text read as Windows-1252 and written
// again ("youâ€™re" for "you’re"): a page recorded with the wrong
// encoding reads the same once repaired.
var mangled = strings.NewReplacer(
	"Ã¢â‚¬â„¢", "’", "Ã¢â‚¬Å“", "“", "Ã¢â‚¬\u009d", "”", "Ã¢â‚¬â€œ", "–", "Ã¢â‚¬â€\u009d", "—",
	"â€™", "’", "â€˜", "‘", "â€œ", "“", "â€\u009d", "”", "â€“", "–", "â€”", "—", "â€¦", "…", "â€", "”",
	"Ã©", "é", "Ã¨", "è", "Ã¼", "ü", "Ã¶", "ö", "Ã¤", "ä", "Ã§", "ç", "Â ", " ", "Â©", "©", "Â®", "®")

// unmangle repairs text written with the marks of a wrong encoding: any
// character whose UTF-8 bytes were read one by one (demojibake), twice
// for a page misread twice ("Ã¢â‚¬â„¢"), then what is left of the marks
// a page cut short ("â€" alone, "Â " for a no-break space).
func unmangle(s string) string {
	s = demojibake(demojibake(s))
	if !strings.Contains(s, "â€") && !strings.Contains(s, "Ã") && !strings.Contains(s, "Â") {
		return s
	}
	return mangled.Replace(s)
}

// fold reduces text to the words that carry its meaning: lower case, no
// punctuation or Markdown, spelling variants and synonyms replaced by one
// form. The same paragraphs are folded again and again (each side of a
// change several times, and a policy's paragraphs in every pair of its
// versions), so short texts are remembered. The slice returned is shared:
// callers must not change its words, and appending to it copies it.
func (ix *index) fold(s string) []string {
	if len(s) > foldCacheLen {
		return ix.foldWords(s)
	}
	if ws, ok := ix.folds.get(s); ok {
		return ws
	}
	s = strings.Clone(s) // the words remembered must not hold on to a whole document
	ws := ix.foldWords(s)
	ws = ws[:len(ws):len(ws)]
	ix.folds.put(s, ws)
	return ws
}

// exceptAsides writes "except" for the "other than" that opens an aside,
// after a bracket or a comma: "promotional communications from us (other
// than offers included in service updates)" excepts those offers from the
// opt-out (b202-37, b198-45). Without the bracket, "countries other than
// the one where you live" describes the countries, and the words after a
// denial or a universal tell the exception themselves (otherThanSet).
func exceptAsides(s string) string {
	if !strings.Contains(s, "other than") {
		return s
	}
	s = exceptAsideReplacer.Replace(s)
	if len(s) <= maxReread {
		s = subjectExceptRE.ReplaceAllString(s, "$1 except $2 $3")
	}
	return s
}

// subjectExceptRE is "other than" between a sentence's subject and its
// verb: "data other than call logs is permanently deleted" deletes all of
// the data but the call logs (b265-05), an exception as "except" makes
// one.
var subjectExceptRE = mustPattern(`(\w) other than ([^,.;:()]{1,40}?) (is|are|will|may|can|must|shall)\b`)

// behalfOf writes "on X's behalf" as the "on behalf of X" it means, which
// the fold reads as "for X": "Providing support on our clients' behalf"
// is providing it "on behalf of clients" (b426-44, "behalf" unexplained).
// "On our behalf", a pronoun's, is left to the synonyms. (The pattern's
// prefilter looks for "behalf" before the expression is run.)
func behalfOf(s string) string {
	if len(s) > maxReread {
		return s
	}
	return behalfRE.ReplaceAllString(s, "on behalf of $1")
}

var behalfRE = mustPattern(`\b[Oo]n\s+((?:(?:the|our|your|their|its|a|an|this|that|each|every|any)\s+)?(?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+?)(?:'s|’s|'|’)\s+behalf\b`)

// usedBy writes "intended to be used by" as the "intended for use by" it
// means: whom a thing is intended, designed or meant for, not the hedge
// of "we intend to" or "designed to protect" (b432-40, and five earlier
// writers' edits, all read "Commitment weakened"). The pattern's
// prefilter looks for "used" and one of the three verbs first.
func usedBy(s string) string {
	if len(s) > maxReread {
		return s
	}
	return usedByRE.ReplaceAllString(s, "$1 for use $2")
}

var usedByRE = mustPattern(`\b(intended|designed|meant)\s+to\s+be\s+used\s+(by|for)\b`)

// versionV reports a version number written with a "v" before it:
// "v1.3", "v2".
func versionV(w string) bool {
	if len(w) < 2 || w[0] != 'v' || w[1] < '0' || w[1] > '9' {
		return false
	}
	return strings.Trim(w[1:], "0123456789.") == "" && !strings.HasSuffix(w, ".")
}

// aboutNumbers writes "about" or "around" before a number as the
// "approximately" it means there: "within 30 days" → "in about 30 days"
// binds to no number (b256-26); "about" anywhere else ("questions about
// your data") is the "regarding" the synonyms fold it to.
func aboutNumbers(s string) string {
	if len(s) > maxReread || !strings.Contains(s, "about ") && !strings.Contains(s, "around ") && !strings.Contains(s, "About ") && !strings.Contains(s, "Around ") {
		return s // a text of thousands of words is read as its words
	}
	return aboutNumberRE.ReplaceAllString(s, "approximately $1")
}

var aboutNumberRE = mustPattern(`(?i)\b(?:about|around)\s+(\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-eight|fifty|sixty|ninety|a\s+(?:week|month|year|day|hundred))\b)`)

var exceptAsideReplacer = strings.NewReplacer("(other than ", "(except ", ", other than ", ", except ", "(Other than ", "(Except ")

// plain is plainWords(s), remembered for short texts as fold is: reader
// after reader reads the words of a change's texts and of its changed
// sentences as written, and the same texts recur in every pair of a
// policy's versions. The slice returned is shared: callers must not
// change its words, and appending to it copies it.
func (ix *index) plain(s string) []string {
	if len(s) > foldCacheLen {
		return plainWords(s)
	}
	if ws, ok := ix.plains.get(s); ok {
		return ws
	}
	s = strings.Clone(s) // the words remembered must not hold on to a whole document
	ws := plainWords(s)
	ws = ws[:len(ws):len(ws)]
	ix.plains.put(s, ws)
	return ws
}

// foldWords is fold, not remembered.
func (ix *index) foldWords(s string) []string {
	ws := plainWords(aboutNumbers(exceptAsides(behalfOf(usedBy(s)))))
	if strings.Contains(s, "tore") {
		shopsNamed(ws)
	}
	for i, w := range ws {
		if versionV(w) {
			ws[i] = w[1:] // "TLS v1.3" is "TLS 1.3" (b425-22)
		}
	}
	// The folded words are written over ws, which they never outrun but
	// for a canonical form longer than the words it replaces.
	out, inPlace := ws[:0], true
	var key []byte
	for i := 0; i < len(ws); {
		repl, n := ws[i:i+1], 1
		// Only a word that starts a listed phrase is looked up, and only
		// as far as its longest phrase reaches.
		for k := min(ix.phraseLen[ws[i]], len(ws)-i); k >= 1; k-- {
			var c []string
			var ok bool
			if k == 1 {
				c, ok = ix.canonWords[ws[i]]
			} else {
				key = append(key[:0], ws[i]...)
				for _, w := range ws[i+1 : i+k] {
					key = append(append(key, ' '), w...)
				}
				c, ok = ix.canonWords[string(key)]
			}
			if ok && k == 2 && ws[i+1] == "certain" && !certainAsSure(ws, i+2) {
				ok = false // "make certain automated decisions": which ones, not "ensure"
			}
			if ok {
				repl, n = c, k
				break
			}
		}
		if inPlace && len(out)+len(repl) > i+n {
			out, inPlace = append(make([]string, 0, len(out)+len(repl)+len(ws)-i), out...), false
		}
		out = append(out, repl...)
		i += n
	}
	if feasibleHint(s) {
		out = feasibleFolded(out)
	}
	return ix.generalityFolded(out)
}

// lower is strings.ToLower(s), remembered for short texts: the blocks
// of a policy recur in every pair of its versions.
func (ix *index) lower(s string) string {
	if len(s) > foldCacheLen {
		return strings.ToLower(s)
	}
	if l, ok := ix.lowers.get(s); ok {
		return l
	}
	l := strings.Clone(strings.ToLower(s))
	ix.lowers.put(strings.Clone(s), l)
	return l
}

// foldCacheLen is the longest text fold remembers, and foldCacheText how
// many bytes of text each of its two generations holds.
const (
	foldCacheLen  = 4 << 10
	foldCacheText = 2 << 20
)

// textCache remembers what was made of short texts, in two generations:
// when the current one is full it becomes the old one, and what is looked
// up there again moves back to the current one.
type textCache[V any] struct {
	mu       sync.Mutex
	cur, old map[string]V
	size     int // bytes of text in cur
}

func (tc *textCache[V]) get(s string) (V, bool) {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	if v, ok := tc.cur[s]; ok {
		return v, true
	}
	if v, ok := tc.old[s]; ok {
		delete(tc.old, s)
		tc.putLocked(strings.Clone(s), v)
		return v, true
	}
	var zero V
	return zero, false
}

// put files v under s, which it keeps: s must not be part of a larger
// text.
func (tc *textCache[V]) put(s string, v V) {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	tc.putLocked(s, v)
}

func (tc *textCache[V]) putLocked(s string, v V) {
	if tc.cur == nil || tc.size+len(s) > foldCacheText {
		tc.old, tc.cur, tc.size = tc.cur, map[string]V{}, 0
	}
	tc.cur[s] = v
	tc.size += len(s)
}

// stemEndings are the endings stem strips, the first that fits taken.
var stemEndings = []string{"ations", "ation", "ions", "ion", "ances", "ance", "ences", "ence", "ments", "ment", "ies", "es", "s", "ed", "ing", "ly"}

// stemSuffixes files stemEndings by their last byte, each list in their
// order: stem, asked of most words of every change, tries only the
// endings that can fit a word.
var stemSuffixes = func() (t [256][]string) {
	for _, suf := range stemEndings {
		t[suf[len(suf)-1]] = append(t[suf[len(suf)-1]], suf)
	}
	return t
}()

// stem strips common English inflections and the noun endings of verbs,
// so that "operate", "operates" and "operation", "delete" and "deletion",
// or "perform" and "performance", count as one word. "process" keeps its
// double s.
func stem(w string) string {
	if len(w) <= 5 { // the longest form irregularForms holds: no lookup for longer words
		if l, ok := irregularForms[w]; ok {
			w = l // "kept" is "keep": "Data … is retained" → "We retain data …" (b91-37)
		}
	}
	if w == "" {
		return w
	}
	for _, suf := range stemSuffixes[w[len(w)-1]] {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 && !(suf == "s" && strings.HasSuffix(w, "ss")) {
			w = w[:len(w)-len(suf)]
			if suf == "ed" || suf == "ing" {
				w = undoubleStem(w) // "stopping" is "stop"
			}
			break
		}
	}
	if len(w) >= 5 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

// irregularForms are the past forms of the irregular verbs a policy says
// of what is done with data, each with its plain form: folded, "retained"
// is "kept" and "retain" is "keep", which no suffix joins. Verbs of what
// the reader does ("chosen", "paid", "given") are left out: "your chosen
// password" → "the password we choose" names another actor (actorgiven.go),
// which a stem shared with "choose" would read as grammar only.
var irregularForms = map[string]string{"kept": "keep", "held": "hold", "sold": "sell", "told": "tell", "sent": "send", "shown": "show"}

// hasTerm reports whether words contain term: a phrase in order, its last
// word matched as a prefix when it is four letters or longer ("encrypt"
// matches "encryption").
func hasTerm(words, term []string) bool {
	if len(term) == 0 {
		return false
	}
	for i := 0; i+len(term) <= len(words); i++ {
		ok := true
		for k, t := range term {
			w := words[i+k]
			last := k == len(term)-1
			if w != t && !(last && len(t) >= 4 && strings.HasPrefix(w, t) && !nounAdverb(w, len(t))) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// wordSet indexes a list of words for hasTerm, so that a term is looked
// up rather than searched for in every list for every term of every
// category. The words of the rulebook's terms are numbered (index.vocab);
// a set is two bitsets over those numbers: the words it has, and the
// words some word of it starts with (four letters or more).
type wordSet struct {
	ix            *index
	words         []string
	exact, prefix []uint64
	bits          []uint64  // exact and prefix, one array
	other         *wordMaps // for words outside the vocabulary: made when first needed
}

// wordMaps is a wordSet for any word: each word, and each of its
// prefixes of four letters or more.
type wordMaps struct {
	exact  map[string]bool
	prefix map[string]bool // w[:k] for every word w and 4 <= k <= len(w)
}

func (ix *index) newWordSet(words []string) *wordSet {
	s := &wordSet{}
	ix.fillWordSet(s, words)
	return s
}

// fillWordSet makes s the set of words, reusing its bitsets: categorize
// makes three sets each time it is asked, and would allocate six times.
func (ix *index) fillWordSet(s *wordSet, words []string) {
	n := (len(ix.vocab) + 63) / 64
	bits := s.bits
	if len(bits) != 2*n {
		bits = make([]uint64, 2*n)
	} else {
		clear(bits)
	}
	*s = wordSet{ix: ix, words: words, bits: bits, exact: bits[:n:n], prefix: bits[n:]}
	for _, w := range words {
		if len(w) >= 4 && !ix.vocab4[w[:4]] {
			// No word of vocab starts as w does: w is none of them,
			// and none is a prefix of it (most words of a text).
			continue
		}
		if id, ok := ix.vocab[w]; ok {
			s.exact[id>>6] |= 1 << (id & 63)
		}
		if len(w) < 4 {
			continue
		}
		for _, id := range ix.prefixIDsOf(w) {
			s.prefix[id>>6] |= 1 << (id & 63)
		}
	}
}

// prefixIDs returns the vocab numbers of w[:k] for 4 <= k <= len(w), in
// order of k: the words a term may start as.
func (ix *index) prefixIDs(w string) []int32 {
	if len(w) < 4 || !ix.vocab4[w[:4]] {
		return nil
	}
	return ix.prefixIDsOf(w)
}

// prefixIDsOf is prefixIDs for w of four bytes or more whose first four
// are in vocab4, remembered.
func (ix *index) prefixIDsOf(w string) []int32 {
	if ids, ok := ix.prefixes.load(w); ok {
		return ids
	}
	var ids []int32
	for k := 4; k <= len(w); k++ {
		if id, ok := ix.vocab[w[:k]]; ok && !nounAdverb(w, k) {
			ids = append(ids, id)
		}
	}
	ix.prefixes.store(strings.Clone(w), ids)
	return ids
}

func (s *wordSet) maps() *wordMaps {
	if s.other == nil {
		m := &wordMaps{exact: make(map[string]bool, len(s.words)), prefix: make(map[string]bool, 2*len(s.words))}
		for _, w := range s.words {
			m.exact[w] = true
			for k := 4; k <= len(w); k++ {
				if !nounAdverb(w, k) {
					m.prefix[w[:k]] = true
				}
			}
		}
		s.other = m
	}
	return s.other
}

// hasWord reports a word of the set that is w, or, for w of four letters
// or more, that starts with w.
func (s *wordSet) hasWord(w string, prefix bool) bool {
	id, ok := s.ix.vocab[w]
	if !ok {
		m := s.maps()
		return m.exact[w] || prefix && len(w) >= 4 && m.prefix[w]
	}
	bit := uint64(1) << (id & 63)
	return s.exact[id>>6]&bit != 0 || prefix && len(w) >= 4 && s.prefix[id>>6]&bit != 0
}

// termRef is terms[k][i] of an index.
type termRef struct{ k, i int32 }

// termHit is terms[k][i] found at words[j].
type termHit struct{ k, i, j int32 }

// strongHits returns every place of words where a term of a category that
// is not a weak word stands, as hasTerm(words[j:j+len(term)], term)
// finds it, in order of category, term and place.
func (ix *index) strongHits(words []string) []termHit {
	var hits []termHit
	add := func(refs []termRef, j int, prefixOnly bool) {
		for _, r := range refs {
			if int(r.i) >= ix.weakFrom[r.k] {
				continue
			}
			t := ix.terms[r.k][r.i]
			if prefixOnly && (len(t) > 1 || len(t[0]) < 4) || j+len(t) > len(words) || !hasTerm(words[j:j+len(t)], t) {
				continue
			}
			hits = append(hits, termHit{r.k, r.i, int32(j)})
		}
	}
	for j, w := range words {
		if len(w) >= 4 && !ix.vocab4[w[:4]] {
			continue // no word of vocab starts as w does (fillWordSet)
		}
		own, ok := ix.vocab[w]
		if ok {
			add(ix.byFirst[own], j, false)
		} else {
			own = -1
		}
		if len(w) < 4 {
			continue
		}
		for _, id := range ix.prefixIDsOf(w) { // a one-word term w starts with
			if id != own {
				add(ix.byFirst[id], j, true)
			}
		}
	}
	slices.SortFunc(hits, func(a, b termHit) int {
		return cmp.Or(cmp.Compare(a.k, b.k), cmp.Compare(a.i, b.i), cmp.Compare(a.j, b.j))
	})
	return hits
}

// eachTerm calls f once for every term terms[k][i] the set has, as hasAt
// finds it, found from the set's words rather than by asking each term.
func (s *wordSet) eachTerm(f func(k, i int)) {
	ix := s.ix
	for wi, set := range s.exact {
		for ; set != 0; set &= set - 1 {
			for _, r := range ix.byFirst[wi<<6|bits.TrailingZeros64(set)] {
				if len(ix.termIDs[r.k][r.i]) == 1 || hasTerm(s.words, ix.terms[r.k][r.i]) {
					f(int(r.k), int(r.i))
				}
			}
		}
	}
	for wi, set := range s.prefix {
		// A word there as it is gave its terms above.
		for set &^= s.exact[wi]; set != 0; set &= set - 1 {
			for _, r := range ix.byFirst[wi<<6|bits.TrailingZeros64(set)] {
				if t := ix.terms[r.k][r.i]; len(t) == 1 && len(t[0]) >= 4 {
					f(int(r.k), int(r.i))
				}
			}
		}
	}
}

// hasAt is has(s.ix.terms[k][i]), with the term's words numbered once.
func (s *wordSet) hasAt(k, i int) bool {
	ids := s.ix.termIDs[k][i]
	switch {
	case len(ids) == 0:
		return false
	case len(ids) == 1:
		bit := uint64(1) << (ids[0] & 63)
		return s.exact[ids[0]>>6]&bit != 0 || len(s.ix.terms[k][i][0]) >= 4 && s.prefix[ids[0]>>6]&bit != 0
	case s.exact[ids[0]>>6]&(1<<(ids[0]&63)) == 0:
		return false // a phrase's first word must be there as it is
	}
	return hasTerm(s.words, s.ix.terms[k][i])
}

// has is hasTerm(s.words, term), answered from the index where it can be.
func (s *wordSet) has(term []string) bool {
	switch {
	case len(term) == 0:
		return false
	case len(term) == 1:
		return s.hasWord(term[0], true)
	case !s.hasWord(term[0], false):
		return false // a phrase's first word must be there as it is
	}
	return hasTerm(s.words, term)
}

// diffWords returns the words of a not in b and of b not in a, as multisets,
// each in its text's order.
func diffWords(a, b []string) (removed, added []string) {
	if len(a)*len(b) <= 4096 {
		// Short lists, as most are: each word of a takes the first word
		// of b equal to it that no word took before, which pairs the
		// same words as counting does, without a map. The words left
		// over are counted first and put in one array, removed at its
		// start and added after, rather than two grown by doubling.
		var bufA, bufB [64]bool
		kept, used := bufA[:0], bufB[:0] // per word of a, whether it took one of b; per word of b, whether it was taken
		if len(a) > len(bufA) {
			kept = make([]bool, len(a))
		} else {
			kept = bufA[:len(a)]
		}
		if len(b) > len(bufB) {
			used = make([]bool, len(b))
		} else {
			used = bufB[:len(b)]
		}
		pairs := 0
		for i, w := range a {
			for j, x := range b {
				if !used[j] && x == w {
					used[j], kept[i] = true, true
					pairs++
					break
				}
			}
		}
		nr, na := len(a)-pairs, len(b)-pairs
		if nr+na == 0 {
			return nil, nil
		}
		buf := make([]string, 0, nr+na)
		removed, added = buf[:0:nr], buf[nr:nr:nr+na]
		for i, w := range a {
			if !kept[i] {
				removed = append(removed, w)
			}
		}
		for j, x := range b {
			if !used[j] {
				added = append(added, x)
			}
		}
		if nr == 0 {
			removed = nil
		}
		if na == 0 {
			added = nil
		}
		return removed, added
	}
	// Long lists: the words left over go into one array, removed at its
	// start and added after, rather than two grown by doubling.
	buf := make([]string, 0, len(a)+len(b))
	removed, added = buf[:0:len(a)], buf[len(a):len(a):len(a)+len(b)]
	count := make(map[string]int, len(b)/4)
	for _, w := range b {
		count[w]++
	}
	for _, w := range a {
		if count[w] > 0 {
			count[w]--
		} else {
			removed = append(removed, w)
		}
	}
	clear(count)
	for _, w := range a {
		count[w]++
	}
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
		} else {
			added = append(added, w)
		}
	}
	if len(removed) == 0 {
		removed = nil
	}
	if len(added) == 0 {
		added = nil
	}
	return removed, added
}

// sentences splits text into sentences, roughly: after . ! ? or a line
// break followed by a space (a no-break space too, as real policies
// write) or the end, but not after the dot of initials
// ("the EU-U.S. DPF", "e.g. your name"), which end no sentence.
func sentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '.' && i >= 2 && s[i-2] == '.' && isLetterByte(s[i-1]) && i+1 < len(s) {
			continue
		}
		if c == '.' && middleInitial(s, i) {
			continue
		}
		if c == '\n' || (c == '.' || c == '!' || c == '?' || c == ';') && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' || nbspAt(s, i+1)) {
			if t := strings.TrimSpace(s[start : i+1]); t != "" {
				out = append(out, t)
			}
			start = i + 1
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// middleInitial reports that the full stop at s[i] ends an initial
// between two names, or a title, not a sentence: "Colin P. Kelly", "John
// F. Kennedy Street", "Dr. Smith". A capital letter alone, after a capitalised word that is no
// label a letter numbers ("Appendix A. The …"), before a capitalised word.
func middleInitial(s string, i int) bool {
	if i+2 < len(s) && s[i+1] == ' ' && s[i+2] >= 'A' && s[i+2] <= 'Z' {
		// A title before a name, or "Jr." after one: "Dr. Smith",
		// "Colin P. Kelly Jr. Street".
		k := strings.LastIndexByte(s[:i], ' ') + 1
		switch s[k:i] {
		case "Mr", "Mrs", "Ms", "Dr", "Prof", "Jr", "Sr", "St":
			return true
		}
	}
	if i < 3 || i+2 >= len(s) || s[i-2] != ' ' || s[i-1] < 'A' || s[i-1] > 'Z' || s[i+1] != ' ' || s[i+2] < 'A' || s[i+2] > 'Z' {
		return false
	}
	j := i - 2
	k := strings.LastIndexByte(s[:j], ' ') + 1
	prev := s[k:j]
	if len(prev) < 2 || prev[0] < 'A' || prev[0] > 'Z' || !isLetterByte(prev[len(prev)-1]) {
		return false
	}
	switch strings.ToLower(prev) {
	case "appendix", "annex", "schedule", "exhibit", "part", "section", "article", "chapter", "plan", "option", "class", "type", "category", "tier", "level", "grade", "form", "vitamin", "group":
		return false
	}
	return true
}

// isLetterByte reports an ASCII letter.
func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// nbspAt reports a no-break space (U+00A0, U+202F) at s[i:].
func nbspAt(s string, i int) bool {
	return strings.HasPrefix(s[i:], "\u00a0") || strings.HasPrefix(s[i:], "\u202f")
}

// A replacement puts with in place of s[from:to].
type replacement struct {
	from, to int
	with     string
}

// sharedEnds gives how many bytes old and new share at their start and,
// after that, at their end: the words between are what changed.
func sharedEnds(old, new string) (p, q int) {
	for p < len(old) && p < len(new) && old[p] == new[p] {
		p++
	}
	for q < len(old)-p && q < len(new)-p && old[len(old)-1-q] == new[len(new)-1-q] {
		q++
	}
	return p, q
}

// sharedWordEnds is sharedEnds for two lists of words: how many words o
// and n share at their start and, after that, at their end.
func sharedWordEnds(o, n []string) (p, q int) {
	for p < len(o) && p < len(n) && o[p] == n[p] {
		p++
	}
	for q < len(o)-p && q < len(n)-p && o[len(o)-1-q] == n[len(n)-1-q] {
		q++
	}
	return p, q
}

// changedWithMargin returns what changed of old and of new, with margin
// bytes of what they share on each side (aroundChange): a clause or a
// sentence only one side has stands there, but for the letters its ends
// may share by chance with what stands beside it.
func changedWithMargin(old, new string, margin int) (string, string) {
	p, q := sharedEnds(old, new)
	return aroundChange(old, p, q, margin), aroundChange(new, p, q, margin)
}

// sharedEndsCase is sharedEnds, a letter's case aside (ASCII letters:
// the offsets stay those of both texts).
func sharedEndsCase(old, new string) (p, q int) {
	same := func(a, b byte) bool {
		return a == b || a|0x20 == b|0x20 && a|0x20 >= 'a' && a|0x20 <= 'z'
	}
	for p < len(old) && p < len(new) && same(old[p], new[p]) {
		p++
	}
	for q < len(old)-p && q < len(new)-p && same(old[len(old)-1-q], new[len(new)-1-q]) {
		q++
	}
	return p, q
}

// aroundChange is s from margin bytes before the words that changed to
// margin bytes after them, widened to whole characters: p and q are the
// bytes both sides share at the start and the end (sharedEnds).
func aroundChange(s string, p, q, margin int) string {
	from, to := max(0, p-margin), min(len(s), len(s)-q+margin)
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	for to < len(s) && !utf8.RuneStart(s[to]) {
		to++
	}
	return s[from:to]
}

// replaced returns s with each of rs made, in order: they are sorted and
// do not overlap. s itself when rs is empty.
func replaced(s string, rs []replacement) string {
	if len(rs) == 0 {
		return s
	}
	var b strings.Builder
	at := 0
	for _, sp := range rs {
		b.WriteString(s[at:sp.from])
		b.WriteString(sp.with)
		at = sp.to
	}
	b.WriteString(s[at:])
	return b.String()
}

// certainAsSure reports the words after "make certain" at ws[j] as what is
// made sure of: a clause ("that", "we", "your data is …") or nothing. Before
// an adjective or a noun, "certain" picks out some of them: "we do not
// make certain automated decisions" (b166-23) is not "we do not ensure
// automated decisions".
func certainAsSure(ws []string, j int) bool {
	if j >= len(ws) {
		return true
	}
	switch ws[j] {
	case "that", "the", "your", "our", "their", "its", "this", "these", "those", "we", "you", "they", "it", "all", "any", "every", "each", "no", "of", "to", "there":
		return true
	}
	return false
}

// shopsNamed writes "shop" for each "store" of ws that is a noun: after an
// article, a possessive or a word of trade ("our stores", "the store you
// would prefer to visit", "online store", "in-store cameras"), or before
// a word only a shop's noun takes ("stores visited", "store visits").
// Read as the verb, which the synonyms fold to "keep", a shop was a
// period of keeping: "time spent, stores visited" (b403-32), "facial
// recognition for in-store cameras" (b403-06), "to run our stores and
// rewards programme" (b403-16) were filed under retention. The verb
// follows no such word ("we store", "which stores", "securely store").
func shopsNamed(ws []string) {
	for i, w := range ws {
		switch w {
		case "in-store", "in-stores":
			ws[i] = "in-shop"
		case "store", "stores":
			if i > 0 && shopBefore[ws[i-1]] || i+1 < len(ws) && shopAfter[ws[i+1]] {
				ws[i] = "shop" + w[len("store"):]
			}
		}
	}
}

var (
	shopBefore = map[string]bool{"in": true, "our": true, "the": true, "a": true, "your": true, "their": true, "its": true, "each": true, "every": true, "any": true,
		"online": true, "app": true, "play": true, "physical": true, "retail": true, "preferred": true, "nearest": true, "local": true,
		"favourite": true, "favorite": true, "partner": true, "participating": true, "flagship": true, "grocery": true, "department": true}
	shopAfter = map[string]bool{"visits": true, "visit": true, "visited": true, "cameras": true, "managers": true, "associates": true}
)
