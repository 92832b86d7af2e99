package material

// datingWords say when a text was first made, in a line that also says
// when it was last revised: "Formulated on August 15, 2012 Last revised
// on March 30, 2022" (LINE's policy) dates it twice and commits to
// nothing.
var datingWords = map[string]bool{"formulated": true, "established": true, "enacted": true, "adopted": true, "created": true,
	"drafted": true, "issued": true, "first": true, "originally": true}

// datingWord reports a word of datingWords.
func datingWord(w string) bool { return datingWords[w] }
