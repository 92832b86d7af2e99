package markdown

import "testing"

// TestNestedHeadingAnchors: a heading inside a list item or a quote takes
// an id on the page, so a section heading after it with the same title is
// "sharing-2" there, and its blocks must link to that, not to the list's.
func TestNestedHeadingAnchors(t *testing.T) {
	for _, doc := range []string{
		"## Intro\n\nText.\n\n1. ## Sharing\n\n   We share.\n\n- ### Retention\n  We keep.\n\n> ## Quote head\n\n## Sharing\n\nAgain.\n\n## Retention\n\n## Quote head\n",
		"- item\n  ## Rights\n\n## Rights\n\n> > ## Rights\n\n## Rights\n",
		"10) ## Contact\n\n## Contact\n\n    ## Contact (code)\n\n## Contact\n",
		"* # Top\n+ ## Top\n\n# Top\n",
	} {
		assertAnchorsMatchRender(t, doc)
	}
}
