package notify

import (
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// TestDescribe: a notice says what changes in plain words, quoting the
// words that changed with a few around them, not the start of the
// paragraph, and without Markdown.
func TestDescribe(t *testing.T) {
	for _, tc := range []struct {
		what, category, old, new, want string
	}{
		{"a commitment deep in a paragraph (issue 11)", "rights",
			"## Rights\n\nYou may ask us for a copy of your data, to correct it or to delete it, and we answer within 30 days.\n",
			"## Rights\n\nYou may ask us for a copy of your data, to correct it or to delete it, and we will answer within 30 days.\n",
			"Your rights: “and we answer within” now reads “and we will answer within”."},
		{"a number", "retention",
			"## Retention\n\nWe delete your account data 30 days after you close your account.\n",
			"## Retention\n\nWe delete your account data 90 days after you close your account.\n",
			"How long we keep your data: “account data 30 days after” now reads “account data 90 days after”."},
		{"a new paragraph, with Markdown", "recipients",
			"## Sharing\n\nWe use Stripe.\n",
			"## Sharing\n\nWe use Stripe.\n\nWe send error reports to **[Sentry](https://sentry.io)** in the *United States*.\n",
			"Who we share your data with: we added “We send error reports to Sentry in the United States”."},
		{"a list item removed", "data",
			"## Data\n\n- your name\n- your `IP address`\n",
			"## Data\n\n- your name\n",
			"The personal data we collect: we removed “your IP address”."},
		{"two edits and more", "cookies",
			"## Cookies\n\nWe use one cookie for a day and one for a week; both are ours, and none tracks you.\n",
			"## Cookies\n\nWe use two cookies for a month and one for a year; both are ours, and one tracks you.\n",
			"Cookies and tracking: “We use one cookie for a day and one for a week; both are ours, and none tracks you” now reads “We use two cookies for a month and one for a year; both are ours, and one tracks you”."},
		{"edits far apart", "cookies",
			"## Cookies\n\nWe use one cookie. It lasts a day and it is ours alone, set by us for the site to work. It never tracks you.\n",
			"## Cookies\n\nWe use two cookies. It lasts a day and it is ours alone, set by us for the site to work. It always tracks you.\n",
			"Cookies and tracking: “We use one cookie” now reads “We use two cookies”; “It never tracks you” now reads “It always tracks you”."},
		{"three edits far apart", "cookies",
			"## Cookies\n\nWe use one cookie. It lasts a day and it is ours alone. It is set by us for the site to work. It never tracks you.\n",
			"## Cookies\n\nWe use two cookies. It lasts a week and it is ours alone. It is set by us for the site to work. It always tracks you.\n",
			"Cookies and tracking: “We use one cookie” now reads “We use two cookies”; “lasts a day and it” now reads “lasts a week and it”; and 1 more edit."},
		{"no category: the heading", "",
			"## 9. Contact\n\nWrite to us.\n",
			"## 9. Contact\n\nWrite to us or call us.\n",
			"9. Contact: “to us” now reads “to us or call us”."},
	} {
		t.Run(tc.what, func(t *testing.T) {
			r := redline.Diff([]byte(tc.old), []byte(tc.new))
			if len(r.Changes) != 1 {
				t.Fatalf("%d changes", len(r.Changes))
			}
			ch := &r.Changes[0]
			_, _, _, got := describe(tc.category, ch.Section, ch)
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// FuzzDescribe: any edit of any Markdown gets a sentence, never a panic.
func FuzzDescribe(f *testing.F) {
	f.Add("We keep it *30* days.\n", "We keep it **90** days.\n")
	f.Add("- [a](b) c\n", "| x | y |\n|---|---|\n| [a](b |\n")
	f.Fuzz(func(t *testing.T, old, new string) {
		r := redline.Diff([]byte(old), []byte(new))
		for i := range r.Changes {
			ch := &r.Changes[i]
			if _, _, _, s := describe("data", ch.Section, ch); !strings.HasPrefix(s, "The personal data we collect: ") {
				t.Fatalf("sentence %q", s)
			}
		}
	})
}
