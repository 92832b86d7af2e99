package material

// trainWords are the forms of the verb that teaches a machine.
var trainWords = map[string]bool{"train": true, "trains": true, "trained": true, "training": true, "retrain": true, "retrains": true, "retrained": true, "retraining": true}

// trainDeterminers are the words that open the object of "train": "train
// our systems", "training the algorithms". The object must have one: in
// "training purposes" or "training programs" the word is no verb.
var trainDeterminers = map[string]bool{"our": true, "the": true, "its": true, "their": true, "these": true, "those": true, "a": true, "an": true}

// machineTrained reports words, folded, that train a machine: "train"
// and, for its object, opened by a determiner, a thing made (WordNet's
// noun.artifact: "our systems", "the engines"), an idea made into one
// (noun.cognition: "our algorithms", "our models") or a program
// (noun.communication: "our software"). Training a machine on what it is
// given is the AI category's, though "train" is also a word of purposes:
// "train our systems to improve our Services" adds processing for an
// automated system. People trained ("train our staff", "our employees")
// are no machine, and "for training purposes" trains no object.
func machineTrained(ws []string) bool {
	wn := wordNet()
	for i, w := range ws {
		if !trainWords[w] || i+2 >= len(ws) || !trainDeterminers[ws[i+1]] {
			continue
		}
		j := i + 2
		if ws[j] == "own" || ws[j] == "internal" || ws[j] == "new" {
			j++ // "train our own models"
		}
		if j < len(ws) {
			if e := wn.entries(ws[j]); len(e) > 0 && e[0].pos[0] == 'n' && (e[0].lexfile == 6 || e[0].lexfile == 9 || e[0].lexfile == 10) {
				return true
			}
		}
	}
	return false
}
