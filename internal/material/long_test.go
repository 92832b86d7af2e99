package material

import (
	"runtime"
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// longParagraph is one paragraph of about size bytes, made of policy
// sentences (names, numbers, addresses, Markdown), each numbered so that
// no two are alike. Every edit-th sentence of a version other than 0 has
// a word changed; version -1 is other text altogether.
func longParagraph(size, edit, version int) string {
	sentences := []string{
		"We share your personal data with Google Analytics and Mailgun Technologies for %d purposes.",
		"Your data is kept for %d days after you close your account, unless the law requires longer.",
		"You may write to privacy@example.com or call +1 866 697 7482 about request %d.",
		"We **never** sell the information we collect, and we encrypt it at rest (case %d).",
		"Our processors in the United States and Ireland act on our instructions under clause %d.",
		"See [our cookie notice](https://example.com/cookies) for the %d cookies we set.",
	}
	other := []string{
		"The weather in the hills was fine on day %d, with a light wind from the west.",
		"Trains leave the station every %d minutes, and the last one leaves before midnight.",
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		s := sentences[i%len(sentences)]
		if version < 0 {
			s = other[i%len(other)]
		}
		s = strings.Replace(s, "%d", itoa(i), 1)
		if version > 0 && i%edit == edit/2 {
			s = strings.Replace(s, " we ", " we may ", 1)
			s = strings.Replace(s, "days", "months", 1)
			s = strings.Replace(s, "Mailgun", "Sendgrid", 1)
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String() + "\n"
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var d []byte
	for ; i > 0; i /= 10 {
		d = append([]byte{byte('0' + i%10)}, d...)
	}
	return string(d)
}

// classifyAllocs returns the bytes Classify allocates on the diff of old
// and new.
func classifyAllocs(t *testing.T, rb *Rulebook, old, new string) uint64 {
	t.Helper()
	r := redline.Diff([]byte(old), []byte(new))
	if len(r.Changes) == 0 {
		t.Fatal("no change to classify")
	}
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	Classify(r, rb)
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc
}

// TestLongParagraphMemory classifies a 1 MB paragraph, with edits here
// and there and rewritten whole, and holds what it allocates (in all, not
// at once) to a multiple of the text that grows with it no faster than
// the text does. It allocates about 85 and 230 times the text; it did
// 160 and more per byte the longer the paragraph (each name lowered and
// split both whole texts again), and rewritten whole took minutes.
func TestLongParagraphMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("classifies megabytes")
	}
	rb := Builtin()
	Classify(redline.Diff([]byte("We keep data.\n"), []byte("We keep your data.\n")), rb) // WordNet is read once
	for _, tc := range []struct {
		name       string
		newVersion int
	}{{"edits here and there", 1}, {"other text", -1}} {
		const size = 1 << 20
		big := classifyAllocs(t, rb, longParagraph(size, 500, 0), longParagraph(size, 500, tc.newVersion))
		small := classifyAllocs(t, rb, longParagraph(size/4, 500, 0), longParagraph(size/4, 500, tc.newVersion))
		t.Logf("%s: %d MB allocated for 1 MB, %d MB for 256 KB", tc.name, big>>20, small>>20)
		if big > 400*size && !raceEnabled {
			t.Errorf("%s: classifying a 1 MB paragraph allocated %d MB, want at most 400 MB", tc.name, big>>20)
		}
		if big > 6*small {
			t.Errorf("%s: a 1 MB paragraph allocated %d MB, a 256 KB one %d MB: more than linear", tc.name, big>>20, small>>20)
		}
	}
}
