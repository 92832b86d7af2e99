package material

import (
	"slices"
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

// linkTitleRE is the title of a Markdown link, in quotes after its target
// (group 1): "[Oromoo](…/om "Imaammata Mateenyaa (8% translated)")". A
// browser shows it only to a pointer held over the link.
var linkTitleRE = mustPattern(`(\]\(\s*[^)\s]+)\s+"[^"]*"\s*\)`)

// withoutLinkTitles returns old and new without their links' titles: a
// title changed says nothing the page shows. Wikimedia's menu of
// languages had a link's title replaced by a stranger's e-mail address,
// and read as a mailbox to write to (ota-83 015).
func withoutLinkTitles(old, new string) (string, string) {
	if !strings.Contains(old, "\")") && !strings.Contains(new, "\")") {
		return old, new
	}
	return linkTitleRE.ReplaceAllString(old, "$1)"), linkTitleRE.ReplaceAllString(new, "$1)")
}

// inPageLinkRE is a link to a place of the same page, with its words.
var inPageLinkRE = mustPattern(`\[([^\[\]]*)\]\((#[^)\s]*)\)`)

// inPageLinksRelabelled reports old and new that differ only in links to
// places of the same page given words, or stripped of them, each pointing
// where it did:
// "see the [](#mainnoticetoendusersmodule)section" → "see the [Notice to
// end users](#mainnoticetoendusersmodule) section" names the section it
// sends the reader to (Microsoft's statement, ota-88 012).
func inPageLinksRelabelled(old, new string) bool {
	if !strings.Contains(old, "](#") || !strings.Contains(new, "](#") {
		return false
	}
	lo, ln := inPageLinkRE.FindAllStringSubmatch(old, -1), inPageLinkRE.FindAllStringSubmatch(new, -1)
	if len(lo) == 0 || len(lo) != len(ln) {
		return false
	}
	for i := range lo {
		if lo[i][2] != ln[i][2] || lo[i][1] != ln[i][1] && strings.TrimSpace(lo[i][1]) != "" && strings.TrimSpace(ln[i][1]) != "" {
			// Another place, or words traded for others: "[We only use
			// …](#use)" → "[We use …](#use)" is judged as any words are.
			return false
		}
	}
	o := strings.Fields(inPageLinkRE.ReplaceAllString(old, " "))
	n := strings.Fields(inPageLinkRE.ReplaceAllString(new, " "))
	return slices.Equal(o, n)
}
