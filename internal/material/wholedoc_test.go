package material

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The never-seen set that measures issue 8 is scored as
// ../shared/materiality/cases are: `redline diff old.md new.md`, whole
// policies in their Markdown form, where the Omnis seed has no heading over
// "Who are we?" and a list is read under its lead-in, not under a heading a
// batch case names. TestSeedBatchesWholeDocument judges every seed batch
// case that way too: the block put back into its whole policy.

// seedDocs returns the five seed policies as the shared cases write them
// (each case's old.md is one of them), nil when ../shared is not there.
func seedDocs(t *testing.T) []string {
	dirs, _ := filepath.Glob("../../../shared/materiality/cases/*")
	var docs []string
	for _, d := range dirs {
		b, err := os.ReadFile(filepath.Join(d, "old.md"))
		if err == nil && !slices.Contains(docs, string(b)) {
			docs = append(docs, string(b))
		}
	}
	return docs
}

var (
	blockMarkRE = regexp.MustCompile(`^\s*(?:#{1,6}\s+|[-*+•]\s+|\d+[.)]\s+)?`)
	seedLinkRE  = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdEscapeRE  = regexp.MustCompile(`\*\*|__|\\([^\w\s])`)
)

// plainLine is a line of a plain-text seed or of its Markdown form with
// its block marker, emphasis, escapes and link targets set aside, for
// finding one in the other. A numbered heading's number is set aside as
// a plain line's is: "## 9. SECURITY MEASURES" is the seed's "9. SECURITY
// MEASURES" (b80-06 was not found in its policy).
func plainLine(l string) string {
	l = l[len(blockMarkRE.FindString(l)):]
	l = l[len(blockMarkRE.FindString(l)):]
	l = mdEscapeRE.ReplaceAllString(l, "$1")
	l = seedLinkRE.ReplaceAllString(l, "$1")
	return strings.Join(strings.Fields(l), " ")
}

// inWholeDoc puts a batch case back into the seed policy its old block is
// quoted from: it returns that policy and the policy with the block's
// lines replaced by the new block's, each new line with the Markdown
// marker of the line it stands for; ok is false when no seed holds the
// old block line for line.
func inWholeDoc(docs []string, old, new string) (doc, edited string, ok bool) {
	nonEmpty := func(s string) []string {
		return slices.DeleteFunc(strings.Split(s, "\n"), func(l string) bool { return strings.TrimSpace(l) == "" })
	}
	want := nonEmpty(old)
	for i := range want {
		want[i] = plainLine(want[i])
	}
	for _, d := range docs {
		lines := strings.Split(d, "\n")
		var at []int
		for i, l := range lines {
			if strings.TrimSpace(l) != "" {
				at = append(at, i)
			}
		}
	next:
		for k := 0; k+len(want) <= len(at); k++ {
			for j, w := range want {
				if plainLine(lines[at[k+j]]) != w {
					continue next
				}
			}
			span := at[k : k+len(want)]
			var repl []string
			for j, l := range nonEmpty(new) {
				mark := blockMarkRE.FindString(lines[span[min(j, len(span)-1)]])
				if j > 0 && span[len(span)-1]-span[0] > len(span)-1 && !isItemMark(mark) {
					repl = append(repl, "") // separate paragraphs stay separate
				}
				repl = append(repl, mark+strings.TrimSpace(l[len(blockMarkRE.FindString(l)):]))
			}
			out := append(append(slices.Clone(lines[:span[0]]), repl...), lines[span[len(span)-1]+1:]...)
			return d, strings.Join(out, "\n"), true
		}
	}
	return "", "", false
}

func isItemMark(m string) bool {
	m = strings.TrimSpace(m)
	return m != "" && !strings.HasPrefix(m, "#")
}

// TestSeedBatchesWholeDocument: every material seed edit of the batches
// is caught when judged in its whole policy, as the never-seen set judges
// it; precision and the category named are logged, with a floor under
// their pooled figures.
func TestSeedBatchesWholeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("judges ~950 edits in whole policies; the race run (-short) need not")
	}
	docs := seedDocs(t)
	if len(docs) == 0 {
		t.Skip("../shared/materiality/cases not found")
	}
	files, _ := filepath.Glob("testdata/batch*.txt")
	rb := Builtin()
	var TP, FP, FN, TN, CAT int
	var hTP, hFP, hCAT int // the batches the floors hold
	for _, file := range files {
		var tp, fp, fn, tn, catOK int
		for _, tc := range readBatch(t, file) {
			doc, edited, ok := inWholeDoc(docs, tc.old, tc.new)
			if !ok {
				continue // quoted from another source, or not line for line
			}
			rep, cats, why := judgeText(rb, doc, edited)
			switch {
			case tc.material && rep.Material:
				tp++
				if _, known := wholeDocMisses[tc.id]; known {
					t.Errorf("%s (%s, whole policy): caught now; take it out of wholeDocMisses", tc.id, filepath.Base(file))
				}
				if cats[tc.category] || slices.ContainsFunc(rubricNames[tc.category], func(k string) bool { return cats[k] }) {
					catOK++
				}
			case tc.material:
				fn++
				if why, known := wholeDocMisses[tc.id]; known {
					t.Logf("%s (%s, whole policy): known miss: %s", tc.id, filepath.Base(file), why)
					continue
				}
				t.Errorf("%s (%s, whole policy): material edit judged minor: %s", tc.id, filepath.Base(file), strings.Join(why, "; "))
			case rep.Material:
				fp++
			default:
				tn++
			}
		}
		if tp+fp+fn+tn < 10 {
			continue
		}
		t.Logf("%s whole policy: recall=%.2f precision=%.2f category=%.2f tp=%d fp=%d fn=%d tn=%d", filepath.Base(file),
			ratio(tp, tp+fn), ratio(tp, tp+fp), ratio(catOK, tp), tp, fp, fn, tn)
		TP, FP, FN, TN, CAT = TP+tp, FP+fp, FN+fn, TN+tn, CAT+catOK
		if n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(filepath.Base(file), "batch"), ".txt")); n < firstUnfloored {
			hTP, hFP, hCAT = hTP+tp, hFP+fp, hCAT+catOK
		}
	}
	t.Logf("pooled whole policy: recall=%.2f precision=%.3f category=%.3f over %d edits", ratio(TP, TP+FN), ratio(TP, TP+FP), ratio(CAT, TP), TP+FP+FN+TN)
	// Floors at the figures of 2026-12-03 (fourth session), to catch a
	// fall, over the batches written before batch 95: a held-out batch
	// added since, untuned, would lower the pooled figures without a rule
	// falling (its own floor is in TestBatches).
	p, k := ratio(hTP, hTP+hFP), ratio(hCAT, hTP)
	t.Logf("batches 1 to %d: precision=%.3f category=%.3f", firstUnfloored-1, p, k)
	if p < 0.75 || k < 0.85 {
		t.Errorf("pooled whole-policy precision %.3f (floor 0.75), category %.3f (floor 0.85), batches 1 to %d", p, k, firstUnfloored-1)
	}
}

// wholeDocMisses are the material edits judged minor in their whole
// policy, each with why: caught as a paragraph (TestBatches), missed
// whole.
var wholeDocMisses = map[string]string{
	// Missed as paragraphs too (TestBatches: batches 120, 125, 126).
	"b120-35": "two list items merged, 'services you authorize' shortened to 'third-party integrations' in the merge",
	"b126-45": "'independent purposes' → 'unrelated purposes' under a denial",
	"b139-46": "'the client associated with the request' → 'any client associated with a request'",
	// A list's lead-in made a possibility, read in a whole policy as
	// "Wording not about personal data"; as a paragraph, with its heading
	// retitled beside it, it is caught. (mayinclude.go reads "which may
	// include" as "such as" on purpose: a list of examples either way.)
	"b143-47": "'safeguards …, including:' → 'safeguards …, which may include:'",
	// Missed as paragraphs too (TestBatches: batches 148, 149, 157).
	"b148-04": "'are stored and processed directly by the payment provider' → 'We store …, and the payment provider processes them'",
	"b149-31": "'when you use our Omni services' → 'while you are signed in to our Omni services'",
	// Found on first run, the eleventh round (batches 167 and 168), left:
	// the first is missed as a paragraph too; the second is caught as a
	// paragraph (a name traded) and read in its whole policy as a line
	// about no personal data.
	"b168-10": "the contact line 'OmniCRM UK Ltd' → 'Omni Group Holdings Ltd, Group Data Protection Office'",
	// The thirteenth round's two misses, as paragraphs too (batch 178):
	// omnie's "clients" are the shops and its "customers" their shoppers,
	// which only the policy says.
	// The fourteenth round's two misses, as paragraphs too (batches 179,
	// 180).
	"b179-07": "'is permanently deleted' → 'is scheduled for permanent deletion'",
	// Missed as paragraphs too (batches 193 and 194, 2026-12-05d).
	"b194-04": "'primarily stored on AWS infrastructure located in' → 'stored on AWS infrastructure located primarily in'",
	"b194-07": "'30 days to export their data after this period' → '30 days after this period to export their data'",
	// Missed as paragraphs too (batches 192, 196-198, 2026-12-05d;
	// b198-30 was caught in round 84: bracketexample.go).
	"b192-49": "'omnie will assist' → 'omnie is happy to assist'",
	"b196-26": "'You can configure shorter retention periods' → 'Configuration of shorter retention periods is available on paid plans'",
	"b197-04": "'assigned account managers' → 'any of our account managers'",
	"b197-29": "'If we become aware' → 'If our compliance team becomes aware'",
	"b203-01": "'people who apply to work for OmniCRM' put into the list of who the policy applies to: the company's own name is set aside in the whole policy, and the item's other words are the sentence's",
	"b208-31": "'Omni Software' → 'Omni Software, Inc.', a corporate form put on the controller's name: the whole policy reads 'Inc.' as wording not about personal data",
	"b244-38": "'as long as your account is active' → 'has been active': the past in a clause of time, which a report of the past does not read (missed as a paragraph too)",
	"b248-28": "'If we become aware that' → 'If a parent tells us that': what sets off the deletion narrowed to a parent's report (missed as a paragraph too)",
	"b255-22": "'Timestamps of interactions' → '… (shown to your matches as \"last active\")': who is shown a thing, in words of no category (missed as a paragraph too)",
	"b256-41": "'does not independently host or control customer data' → 'does not, as a general rule, host …': a hedge traded for 'independently' in a sentence read as about no personal data (missed as a paragraph too)",
	"b260-43": "'Order and account details' → 'Order and billing details': a kind of data traded for another in the same frame (missed as a paragraph too)",
	"b261-06": "'access or misuse' → 'access, misuse or cheating in our games': a thing detected put into the list of what the data is used to detect (missed as a paragraph too)",
	"b262-18": "'are asked to do so' → 'are formally required to do so': disclosure on a request narrowed to a legal duty (missed as a paragraph too)",
	"b264-15": "'where we interact with you on social media' moved from the lead-in onto one item when a sentence became a list: the same words reordered (missed as a paragraph too)",
	"b275-41": "'outsourced customer support services for ecommerce businesses' → '… for letting agents and property managers': the businesses the author's service is for, traded for others in words of no category (missed as a paragraph too)",
	"b290-22": "heading 'Mobile Application (iOS)' → 'Mobile Applications' while the text under it still says 'our iOS application': a heading retitled, read so by headingline.go (caught as a paragraph, where the text under it is not seen)",
	"b296-25": "'Chat Conversations: 90 days (configurable in your dashboard)' → '… 90 days' while the section still says 'You can configure shorter retention periods in your dashboard privacy settings': labelled material here, and minor where two earlier batches made the same edit (b120-29, b176-26), as the rules read it (settable.go; caught as a paragraph)",
	"b266-03": "'Customers on managed service plans' → 'Customers on any plan': a class of people widened in words of no category (missed as a paragraph too)",
	"b238-49": "'Clients and system providers determine data storage locations' → 'Who decides where data is stored? Clients, system providers and omnie': in the whole policy 'omnie' is the author, read as the 'we' the other side does not write",
	"b233-29": "'Omniops Ltd' → 'Omniops Ltd, jointly with its parent, Omniops Holdings Inc' in a heading: in the whole policy the line is a heading, read as retitled",
	"b224-09": "'where implemented' fronted from after 'browser settings or cookie consent tools': said of both now, where the same move of a phrase after a list is minor elsewhere (b131-23)",
	"b216-26": "', where technically feasible and your plan includes it,': a condition joined to one both sides have, among a paraphrase of the whole sentence",
	"b202-15": "'Omnis Software Benelux' put among the official distributors: read in the whole policy as the author's own group, which the sentence already shares with",
	// Kept minor on purpose (looseclause.go).
	"b157-14": "'personal information which you have already made public' → 'personal information, which …'",
	// Missed as paragraphs too (TestBatches: batch 317, round 64's first
	// run): "which may include" read as "such as" on purpose
	// (mayinclude.go), and a duty made an expectation in a paragraph of
	// three edits, read whole as reworded.
	"b317-08": "'mechanisms including frameworks' → 'mechanisms, which may include frameworks'",
	"b317-17": "'are required to meet our high standards of security' → 'are expected to meet …', beside two rewordings",
	// In the whole policy only: "(configurable in your dashboard)" dropped
	// where the policy still says shorter periods can be configured in the
	// dashboard, which b120-29 and b176-26 label minor (settable.go).
	"b330-26": "'90 days (configurable in your dashboard)' → '90 days', the policy saying elsewhere that retention can be configured",
	// Round 73's first run, as a paragraph too: a restrictive clause made
	// an aside, kept minor on purpose (looseclause.go, as b157-14 is
	// labelled).
	"b352-17": "'in response to requests which do not override your privacy interests' → 'in response to requests, which do not override …'",
	// Round 77's first run, in the whole policy only: a company of the author's name put among
	// the distributors, read as the author's own group, as b202-15.
	"b369-19": "'Omnis Software Nordics' put among the official distributors",
	// Round 78's first run, as a paragraph too: credit checks newly run on
	// candidates, written as an example in brackets.
	"b373-33": "'(including credit checks on candidates we hire)' added, read as an example",
	// Round 79's first run (aec4afd), in the whole policy only (b375-33
	// and b378-04 were caught since: tailoredby.go, bracketexample.go;
	// round 80's b380-36 too: anaphor.go).
	"b378-25": "'and measuring our ad campaigns' added to a legitimate interest's item, read as the same commitments",
	// Round 82's first run (a0aa2f2d), in the whole policy only, as
	// b330-26 (b120-29 and b176-26 label the same edit minor; b389-12
	// was caught since: bracketexample.go).
	"b389-27": "'90 days (configurable in your dashboard)' → '90 days', the policy saying elsewhere that retention can be configured",
	// Round 90's first run (070fa3c2), as a paragraph too: a word put
	// before a kind of data in a list narrows it, read as the same
	// commitments because the word is ordinary English.
	"b420-43": "'Phone number' → 'Mobile phone number' in the list of data accessed",
}

// firstUnfloored is the first batch the pooled whole-policy floors leave
// out.
const firstUnfloored = 95

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
