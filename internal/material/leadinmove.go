package material

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// A list item moved unchanged from one list to another whose lead-in
// line says another kind is of that other kind, though no heading is
// between: "- WooCommerce — E-commerce product integration …" moved from
// under "Optional integrations (when enabled by you):" to under "Core
// services (always active):" (the OmniOps seed) is now always active, the
// reader's choice gone; "- Marketing communications and newsletters"
// moved from "Processing based on your explicit consent:" to "Processing
// based on our legitimate business interests …:" rests on another ground.
// It read "Moved from § … without change" (rt2's probes): the lead-in is
// a paragraph ending in a colon, no title line (titleLine). The kinds
// are headingKinds' (lawful grounds, classes of cookie, places whose
// residents hold rights) and whether the reader turns the thing on or it
// is always on (activationKeys): a closed pair.

// leadInAbove returns the paragraph ending in a colon that introduces the
// list the block at at is an item of: the first block before the run of
// list items it stands in; "" when that block is none such.
func leadInAbove(at int, block func(k int) *markdown.Block) string {
	for k := at - 1; k >= 0 && k >= at-40; k-- {
		b := block(k)
		if b == nil || b.Kind == markdown.ListItem {
			continue
		}
		if t := strings.TrimSpace(b.Text); b.Kind == markdown.Paragraph && strings.HasSuffix(t, ":") && !strings.Contains(t, "\n") {
			return t
		}
		return ""
	}
	return ""
}

// leadInOfText returns the lead-in of the list the changed block is an item
// of in the old (or new) text: for a moved block, where it left (old)
// and where it arrived (new).
func (c *classifier) leadInOfText(old bool) string {
	target, at := c.changedSideBlock(old)
	if target == nil || target.Kind != markdown.ListItem || at < 0 {
		return ""
	}
	blocks := c.side(old).blocks
	return leadInAbove(at, func(k int) *markdown.Block { return blocks[k] })
}

// leadInOf is leadInOfText, a traced question (memo.go).
func (c *classifier) leadInOf(old bool) string {
	return c.ask(askListLeadOf, old, "", c.leadInOfText(old))
}

// crossedItem is crossedItemText, a traced question, its three parts
// split.
func (c *classifier) crossedItem(lead string) (item, lo, ln string) {
	a := c.ask(askCrossedItem, false, lead, c.crossedItemText(lead))
	item, rest, _ := strings.Cut(a, "\x00")
	lo, ln, _ = strings.Cut(rest, "\x00")
	return item, lo, ln
}

// activationKeys returns whether lead-in words say the things listed are
// turned on by the reader ("optional", "when enabled", "if you choose")
// or always on ("always", "required", "mandatory").
func activationKeys(ws []string) map[string]bool {
	var out map[string]bool
	put := func(k string) {
		if out == nil {
			out = map[string]bool{}
		}
		out[k] = true
	}
	for i, w := range ws {
		prev := ""
		if i > 0 {
			prev = ws[i-1]
		}
		switch {
		case w == "optional" || w == "opt-in" || (w == "enabled" || w == "enable" || w == "choose") && (prev == "when" || prev == "if" || prev == "you"):
			put("turned on by you")
		case w == "always" || w == "required" || w == "mandatory":
			put("always on")
		}
	}
	return out
}

// movedLeadIn returns a material verdict for a list item moved unchanged
// between lists whose lead-ins name different kinds, or for a lead-in
// moved past items, which then stand under the lead-in before it: the
// diff may say either of the same edit ("Optional integrations (when
// enabled by you):" moved below the item that left its list).
func (c *classifier) movedLeadIn(ch redline.Change, text string) (Verdict, bool) {
	lo, ln := c.leadInOf(true), c.leadInOf(false)
	if lo == "" && ln == "" && strings.HasSuffix(strings.TrimSpace(text), ":") {
		var item string
		if item, lo, ln = c.crossedItem(strings.TrimSpace(text)); item != "" {
			text = item
		}
	}
	if lo == "" || ln == "" || lo == ln {
		return Verdict{}, false
	}
	if headingCheap(lo + ln) {
		if v, ok := c.movedVerdict(ch, lo, ln, text); ok {
			return v, true
		}
	}
	ko, kn := activationKeys(plainWords(lo)), activationKeys(plainWords(ln))
	if len(ko) == 0 || len(kn) == 0 || maps.Equal(ko, kn) {
		return Verdict{}, false
	}
	// What is always on, or no longer, is the item's: a party data goes
	// to, or the data itself, by the words of the item and its section.
	cat, _, _ := c.categorizeAside(nil, c.ix.fold(text), c.ix.fold(strings.Join(ch.Section, " ")))
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "recipients"
	}
	names := func(m map[string]bool) string { return strings.Join(slices.Sorted(maps.Keys(m)), ", ") }
	v := c.material(ch, cat+".moved", &signals{}, nil, nil, "")
	v.Reason = fmt.Sprintf("%s: moved from the list %s to the list %s, from %s to %s: %s", c.label(cat), quoteWords([]string{lo}), quoteWords([]string{ln}), names(ko), names(kn), excerpt(text))
	return v, true
}

// crossedItemText returns an item the moved lead-in lead passed, and the
// lead-ins the item stands under in the old and the new text, joined by
// NULs: one of the list items under lead on one side only. "" when there
// is none.
func (c *classifier) crossedItemText(lead string) string {
	under := func(blocks []*markdown.Block) (int, []string) {
		at := slices.IndexFunc(blocks, func(b *markdown.Block) bool { return strings.TrimSpace(b.Text) == lead })
		if at < 0 {
			return -1, nil
		}
		var items []string
		for k := at + 1; k < len(blocks) && blocks[k].Kind == markdown.ListItem; k++ {
			items = append(items, blocks[k].Text)
		}
		return at, items
	}
	ob, nb := c.side(true).blocks, c.side(false).blocks
	oa, oi := under(ob)
	na, ni := under(nb)
	if oa < 0 || na < 0 {
		return ""
	}
	leadOf := func(blocks []*markdown.Block, x string) string {
		at := slices.IndexFunc(blocks, func(b *markdown.Block) bool { return b.Text == x })
		if at < 0 {
			return ""
		}
		return leadInAbove(at, func(k int) *markdown.Block { return blocks[k] })
	}
	for _, x := range oi {
		if !slices.Contains(ni, x) {
			return x + "\x00" + lead + "\x00" + leadOf(nb, x)
		}
	}
	for _, x := range ni {
		if !slices.Contains(oi, x) {
			return x + "\x00" + leadOf(ob, x) + "\x00" + lead
		}
	}
	return ""
}
