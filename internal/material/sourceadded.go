package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Where the author gets data from is what data it holds: "business
// contact data we buy from lead-generation data providers" (b388-01),
// "combined with information about you from our marketing partners"
// (b388-08), "details our tools collect from your public social media
// profiles" (b388-13). GDPR Art. 14(2)(f) asks a controller to say from
// which source data it did not collect from the reader originates, beside
// the categories of that data (Art. 14(1)(d)); a source put in, whatever
// line it is put into (a purpose, how long data is kept, who the author
// is), tells the reader of data held about them. Under a heading of legal
// bases, what is added is what a basis covers (itemsection.go, read
// after).
//
// sourceAdded returns "data" for a material verdict of another category
// (rights and transfers aside: a right to be told the source, a country
// data comes from) whose change puts in, in its new sentence, "from" and
// after it, within five words, a source (sourceNouns: "partners",
// "brokers", "data providers", "public registers", "profiles"), the
// "from" after a verb of getting data ("buy", "obtain", "receive",
// "combine") within eight words before it, or after a word of data
// ("data", "information", "details") the change puts in: not "we use
// your information to send you offers from our partners". A clause that
// also gives data away is the recipients' (sharingAdded, read first).
func (c *classifier) sourceAdded(v Verdict, ch redline.Change) string {
	if v.Category == "data" || v.Category == "rights" || v.Category == "transfers" || c.rb.categoryIndex("data") < 0 || ch.Kind != redline.Replace ||
		!insertsWord(ch.Words, "from") {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if so == "" || sn == "" {
		return ""
	}
	ow, nw := plainWords(so), plainWords(sn)
	p, _, ns := changedSpan(ow, nw)
	for i := p; i < ns; i++ {
		if nw[i] != "from" || !sourceNamed(nw[i+1:min(len(nw), i+6)]) {
			continue
		}
		for j := max(0, i-8); j < i; j++ {
			if gettingVerbs[nw[j]] || j >= p && dataWords[nw[j]] {
				return "data"
			}
		}
	}
	return ""
}

// sourceNamed reports words after "from" that name a source of data
// other than the author: a source noun among them, and no "us" before
// it ("messages you receive from us and our partners" are the author's
// and its partners' messages, no data the author gets).
func sourceNamed(ws []string) bool {
	for _, w := range ws {
		switch {
		case w == "us":
			return false
		case sourceNouns[w]:
			return true
		}
	}
	return false
}

// sourceNouns are the sources data is got from.
var sourceNouns = map[string]bool{"partners": true, "partner": true, "brokers": true, "broker": true, "providers": true,
	"sources": true, "registers": true, "registries": true, "profiles": true, "networks": true, "agencies": true,
	"bureaus": true, "vendors": true, "suppliers": true, "parties": true, "companies": true, "databases": true}

// dataWords are the nouns of data a source gives.
var dataWords = map[string]bool{"data": true, "information": true, "info": true, "details": true}

// gettingVerbs are the verbs of getting data from a source.
var gettingVerbs = map[string]bool{"buy": true, "buys": true, "bought": true, "purchase": true, "purchases": true, "purchased": true,
	"obtain": true, "obtains": true, "obtained": true, "receive": true, "receives": true, "received": true, "acquire": true,
	"acquires": true, "acquired": true, "combine": true, "combines": true, "combined": true, "combining": true, "collect": true,
	"collects": true, "collected": true, "gather": true, "gathers": true, "gathered": true, "source": true, "sourced": true}

// insertsWord reports a word-level edit script that puts the word w, in
// small letters, in, whatever else it takes out (insertedWord, beside
// it, asks that nothing be taken out).
func insertsWord(words []redline.Span, w string) bool {
	for _, sp := range words {
		if sp.Op == redline.Inserted && hasWordAt(strings.ToLower(sp.Text), w) {
			return true
		}
	}
	return false
}
