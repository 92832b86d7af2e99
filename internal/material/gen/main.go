// Command gen compiles WordNet 3.0 (Debian's wordnet-base, in
// /usr/share/wordnet) into wordnet.txt.gz, the compact table the
// classifier reads to tell ordinary words from the commitment vocabulary
// and to recognise two ordinary words of the same meaning.
//
//	apt-get install wordnet-base
//	go run ./internal/material/gen [-dict /usr/share/wordnet] [-out internal/material/wordnet.txt.gz]
//
// Each line of the table is one lemma (lower case; a collocation's words
// joined by "_"):
//
//	lemma TAB parts of speech, commonest first TAB meaning ids TAB lexical file of the first noun sense TAB antonym ids TAB family
//
// The meaning ids are the lemma's commonest senses (up to four per part of
// speech), renumbered, with the direct hypernyms of its verb senses and
// the "similar to" heads and "also see" clusters of its adjective senses
// (not those the opposite of one of its senses sees too), so that two
// words meet when they share a sense, one generalises the other by a step,
// or WordNet refers the reader of one to the other ("secure", "safe"). The
// antonym ids are the meanings the lemma's senses are opposites of
// ("on" and "off", "include" and "exclude"), in the same numbering. The
// family are the lemmas WordNet links to the lemma's commonest senses, word
// to word, as derived from it or it from them, or as the noun an adjective
// pertains to ("issuer" and "issue", "legal" and "law"). Lines
// "form TAB =lemma" are WordNet's irregular forms. WordNet's licence is in
// WORDNET-LICENSE beside the table.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

var posFiles = []struct{ pos, file string }{{"n", "noun"}, {"v", "verb"}, {"a", "adj"}, {"r", "adv"}}

// maxSenses caps the senses of a lemma kept per part of speech: rare
// senses make unrelated words meet.
const maxSenses = 4

type synset struct {
	lexfile  int
	words    []string  // its lemmas, lower case
	links    []string  // keys of hypernyms (verbs) or similar heads (adjectives)
	antonyms []string  // keys of the synsets some word of it is the opposite of
	family   []lexLink // derivations and pertainyms: word to word
}

// lexLink is a pointer between two words: the source's word number in its
// synset (from 1), the target synset's key and its word number.
type lexLink struct {
	src    int
	target string
	dst    int
}

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "WordNet's database folder")
	out := flag.String("out", "internal/material/wordnet.txt.gz", "the table to write")
	flag.Parse()
	log.SetFlags(0)

	synsets := map[string]*synset{} // "v00708556" → synset
	for _, pf := range posFiles {
		readLines(filepath.Join(*dict, "data."+pf.file), func(line string) {
			if strings.HasPrefix(line, "  ") {
				return // the licence at the top of the file
			}
			f := strings.Fields(strings.SplitN(line, " | ", 2)[0])
			lex, _ := strconv.Atoi(f[1])
			s := &synset{lexfile: lex}
			wcnt, _ := strconv.ParseInt(f[3], 16, 32)
			for w := 0; w < int(wcnt); w++ {
				word := strings.ToLower(f[4+2*w])
				if k := strings.IndexByte(word, '('); k > 0 {
					word = word[:k] // "legal(a)": an adjective's syntactic marker
				}
				s.words = append(s.words, word)
			}
			i := 4 + 2*int(wcnt)
			pcnt, _ := strconv.Atoi(f[i])
			for p := 0; p < pcnt; p++ {
				sym, off, pos := f[i+1+4*p], f[i+2+4*p], f[i+3+4*p]
				if pos == "s" {
					pos = "a"
				}
				if pf.pos == "v" && sym == "@" || pf.pos == "a" && (sym == "&" || sym == "^") {
					s.links = append(s.links, pos+off)
				}
				if sym == "!" {
					s.antonyms = append(s.antonyms, pos+off)
				}
				if sym == "+" || sym == "\\" {
					st := f[i+4+4*p]
					src, _ := strconv.ParseInt(st[:2], 16, 32)
					dst, _ := strconv.ParseInt(st[2:], 16, 32)
					if src > 0 && dst > 0 {
						s.family = append(s.family, lexLink{int(src), pos + off, int(dst)})
					}
				}
			}
			synsets[pf.pos+f[0]] = s
		})
	}

	type entry struct {
		pos      string
		meanings []string
		antonyms []string
		lexfile  int
		tags     map[string]int // tagged senses per part of speech
		family   []string       // lemmas derived from it or it from them
	}
	lemmas := map[string]*entry{}
	for _, pf := range posFiles {
		readLines(filepath.Join(*dict, "index."+pf.file), func(line string) {
			if strings.HasPrefix(line, "  ") {
				return
			}
			f := strings.Fields(line)
			lemma := f[0]
			if !plain(lemma) {
				return
			}
			pcnt, _ := strconv.Atoi(f[3])
			offs := f[4+pcnt+2:]
			e := lemmas[lemma]
			if e == nil {
				e = &entry{lexfile: -1, tags: map[string]int{}}
				lemmas[lemma] = e
			}
			e.pos += pf.pos
			e.tags[pf.pos], _ = strconv.Atoi(f[4+pcnt+1])
			for k, off := range offs {
				if k == maxSenses {
					break
				}
				key := pf.pos + off
				e.meanings = append(e.meanings, key)
				if s := synsets[key]; s != nil {
					if pf.pos == "n" && e.lexfile < 0 {
						e.lexfile = s.lexfile
					}
					e.meanings = append(e.meanings, s.links...)
					for _, d := range s.family {
						if d.src <= len(s.words) && s.words[d.src-1] == lemma {
							if t := synsets[d.target]; t != nil && d.dst <= len(t.words) && plain(t.words[d.dst-1]) && t.words[d.dst-1] != lemma && !slices.Contains(e.family, t.words[d.dst-1]) {
								e.family = append(e.family, t.words[d.dst-1])
							}
						}
					}
					e.antonyms = append(e.antonyms, s.antonyms...)
					for _, l := range s.links { // a satellite's head is the opposite of another
						if h := synsets[l]; h != nil && pf.pos == "a" {
							e.antonyms = append(e.antonyms, h.antonyms...)
						}
					}
				}
			}
		})
	}

	// Renumber the synsets used, in order of first use over sorted lemmas.
	names := make([]string, 0, len(lemmas))
	for l := range lemmas {
		names = append(names, l)
	}
	sort.Strings(names)
	ids := map[string]int{}
	// encode renumbers synsets, each once per list, in base 36.
	encode := func(synsets []string) []string {
		seen := map[int]bool{}
		var out []string
		for _, m := range synsets {
			id, ok := ids[m]
			if !ok {
				id = len(ids)
				ids[m] = id
			}
			if !seen[id] {
				seen[id] = true
				out = append(out, strconv.FormatInt(int64(id), 36))
			}
		}
		return out
	}
	var b strings.Builder
	for _, l := range names {
		e := lemmas[l]
		// The commonest part of speech first, by WordNet's tagged senses.
		pos := []byte(e.pos)
		sort.SliceStable(pos, func(i, j int) bool { return e.tags[string(pos[i])] > e.tags[string(pos[j])] })
		e.pos = string(pos)
		// A meaning reached by a link that the opposite of one of the
		// lemma's senses reaches too is no meaning of it: "also see" links
		// an adjective to related clusters, and "direct" and "indirect"
		// both see "related"; they must stay opposites.
		opp := map[string]bool{}
		for _, a := range e.antonyms {
			opp[a] = true
			if s := synsets[a]; s != nil {
				for _, l := range s.links {
					opp[l] = true
				}
			}
		}
		e.meanings = slices.DeleteFunc(e.meanings, func(m string) bool { return opp[m] })
		ms := encode(e.meanings)
		lex := ""
		if e.lexfile >= 0 {
			lex = strconv.Itoa(e.lexfile)
		}
		as := encode(e.antonyms)
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\n", l, e.pos, strings.Join(ms, ","), lex, strings.Join(as, ","), strings.Join(e.family, ","))
	}
	for _, x := range []string{"noun", "verb", "adj"} {
		var forms []string
		readLines(filepath.Join(*dict, x+".exc"), func(line string) {
			f := strings.Fields(line)
			if len(f) >= 2 && plain(f[0]) && lemmas[f[1]] != nil && lemmas[f[0]] == nil {
				forms = append(forms, f[0]+"\t="+f[1]+"\n")
			}
		})
		for _, s := range forms {
			b.WriteString(s)
		}
	}

	fd, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(fd, gzip.BestCompression)
	if _, err := zw.Write([]byte(b.String())); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := fd.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d lemmas, %d meanings, %d bytes before compression", *out, len(lemmas), len(ids), b.Len())
}

// plain keeps lower-case lemmas of letters, hyphens and at most three
// words: names and long idioms are not what the table is for.
func plain(l string) bool {
	if strings.Count(l, "_") > 3 {
		return false
	}
	for _, r := range l {
		if !(r >= 'a' && r <= 'z' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

func readLines(path string, fn func(string)) {
	fd, err := os.Open(path)
	if err != nil {
		log.Fatalf("%v (install Debian's wordnet-base, or pass -dict)", err)
	}
	defer fd.Close()
	sc := bufio.NewScanner(fd)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}
