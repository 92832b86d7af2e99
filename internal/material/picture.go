package material

import (
	"strings"
)

// pictureRE is a Markdown image, "![alt text](/icons/key.svg)" with an
// optional title, and the space after it.
var pictureRE = mustPattern(`!\[[^\]\n]*\]\([^)\n]*\)[ \t]*`)

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

// emptyLinkRE is a link with no words, an anchor for a heading, its
// text nothing or an icon's glyph (a character of a private use):
// "[\ue904](#notice "#notice")Notice" (Bitwarden's, ota-51 007 to
// 009). It shows no words.
var emptyLinkRE = mustPattern(`\[[^\]\n\p{L}\p{N}]*\]\([^)\n]*\)`)

// withoutAnchors returns old and new without their links that have no
// words: a reader sees none of them.
func withoutAnchors(old, new string) (string, string) {
	if !strings.Contains(old, "](") && !strings.Contains(new, "](") {
		return old, new
	}
	return emptyLinkRE.ReplaceAllString(old, ""), emptyLinkRE.ReplaceAllString(new, "")
}

// sectionPointerRE is a sentence that only sends the reader to a section
// of the same text, "See [Data Storage and Retention](#data-storage).",
// with what ends the sentence before it (group 1).
var sectionPointerRE = mustPattern(`(?im)(^|[.!?:]\s+)(?:see|read)(?:\s+also)?\s+\[[^\]\n]*\]\(#[^)\s]*\)[ \t]*(?:[.!]|$)`)

// withoutSectionPointers returns old and new without the sentences that
// only point to a section of the same text: the section is judged where
// it stands, and the pointer commits to nothing.
func withoutSectionPointers(old, new string) (string, string) {
	if !strings.Contains(old, "](#") && !strings.Contains(new, "](#") {
		return old, new
	}
	return sectionPointerRE.ReplaceAllString(old, "$1"), sectionPointerRE.ReplaceAllString(new, "$1")
}

// containerFenceRE is the opening or closing line of a container, the
// boxes documentation sites draw around a note (Docusaurus, VitePress,
// markdown-it-container): ":::info Last updated", ":::tip", ":::". A
// title after the kind is at most five words.
var containerFenceRE = mustPattern(`^:{3,}[ \t]*(?:[A-Za-z][\w-]*(?:[ \t]+[^\s:][^\s]*){0,5})?[ \t]*$`)

// containerFence reports a block that is only a container's fence.
func containerFence(block string) bool {
	b := strings.TrimSpace(block)
	return strings.HasPrefix(b, ":::") && !strings.Contains(b, "\n") && containerFenceRE.MatchString(b)
}
