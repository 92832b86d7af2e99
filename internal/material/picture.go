package material

import (
	"regexp"
	"strings"
)

// pictureRE is a Markdown image, "![alt text](/icons/key.svg)" with an
// optional title, and the space after it.
var pictureRE = regexp.MustCompile(`!\[[^\]\n]*\]\([^)\n]*\)[ \t]*`)

// withoutPictures returns old and new without their images. A picture's
// alt text says what the picture shows, for readers who cannot see it:
// "Key icon: multi-factor authentication" beside the sentence on
// multi-factor authentication, in a notice laid out with icons. The
// policy's commitments are in its text, and a picture added, removed or
// described anew changes none; what the text says beside it is judged
// alone.
func withoutPictures(old, new string) (string, string) {
	if !strings.Contains(old, "![") && !strings.Contains(new, "![") {
		return old, new
	}
	return pictureRE.ReplaceAllString(old, ""), pictureRE.ReplaceAllString(new, "")
}
