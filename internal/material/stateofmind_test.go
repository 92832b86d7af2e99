package material

import "testing"

// TestMindChanged: an adverb saying in what state of mind an act is done
// decides which acts a sentence covers: "any information you knowingly
// provide to us" → "any information you provide to us" (b45-21) covers
// what you give unaware. Dropped or put, it changes the commitment; one
// of its own kind for it, or moved, does not.
func TestMindChanged(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Information We Collect", "We store the content you voluntarily share with other members.",
			"We store the content you share with other members.", true},
		{"Information We Collect", "We process the information you provide to us.",
			"We process the information you intentionally provide to us.", true},
		{"Liability", "We are responsible for any disclosure of your data that we deliberately make.",
			"We are responsible for any disclosure of your data that we make.", true},
		{"Information We Collect", "We keep the details you knowingly give us.",
			"We keep the details you voluntarily give us.", true},
		// The same state of mind in other words, or the adverb moved.
		{"Information We Collect", "We receive and store any information you knowingly provide to us.",
			"We receive and store any information you consciously provide to us.", false},
		{"Information We Collect", "We store the content you voluntarily share with other members.",
			"We store the content you share voluntarily with other members.", false},
		{"Liability", "We are responsible for any disclosure of your data that we intentionally make.",
			"We are responsible for any disclosure of your data that we deliberately make.", false},
	})
}
