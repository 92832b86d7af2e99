package material

import (
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// TestContentsEntries holds a real update (Spotify's privacy policy, Open
// Terms Archive, v6 → v7): its table of contents, links to the sections
// below ("[6\. Data retention](#_zaaijn9r3xpj)"), was read entry by entry
// as "Retention and deletion: a number added: added '6. Data retention'",
// "Age thresholds: a number added: added '9. Children'". An entry of a
// table of contents, added, removed or pointed elsewhere, commits to
// nothing, as a heading does not: the section it points to is judged on
// its own. A link out of the text, or an entry in a sentence that
// commits, is judged as before.
func TestContentsEntries(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"Spotify's entry added", "Spotify Privacy Policy", "",
			`[6\. Data retention](#_zaaijn9r3xpj)`, false},
		{"Spotify's entry removed", "Spotify Privacy Policy",
			`[9\. Children](#9-children)`, "", false},
		{"a list of entries added", "Contents", "",
			"- [Data retention](#retention)\n- [Children](#children)", false},
		{"an entry relabelled and moved", "Contents",
			"1. [How long we keep data](#keep)",
			"1. [Retention of personal data](#retention)", false},
		{"entries one after another, their list marks inside the links (NordVPN's, ota-55 001)", "Table of contents",
			"[*   Introduction](#Introduction)[*   Service-specific privacy notices](#Service-specific privacy notices)[*   Sharing your personal data](#Sharing your personal data)", "", false},
		{"links one after another, one to another page", "Table of contents", "",
			"[*   Introduction](#Introduction)[*   Our partners](https://partner.example/list)", true},
		{"a link to another page added", "More information", "",
			"- [Our advertising partners](https://example.com/partners)", true},
		{"an entry inside a sentence that commits", "Retention", "",
			"We keep your data for 2 years; see [Data retention](#retention).", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestContentsWithAddress: a table of contents whose entries write the
// page's own address before each place ("[Sharing your
// information](https://policies.google.com/privacy?hl=en-GB#infosharing)",
// Google's policy in Open Terms Archive, ota-012) is one too, entry by
// entry. Twins: entries beside a sentence that commits, and links to
// places of another page ("[Utah](https://…/staterights#utah)", b56-42),
// are judged as before.
func TestContentsWithAddress(t *testing.T) {
	const page = "https://policies.google.com/privacy?hl=en-GB"
	entries := []string{"Introduction#intro", "Information that Google collects#infocollect", "Why Google collects data#whycollect", "Sharing your information#infosharing"}
	var toc []string
	for _, e := range entries {
		title, frag, _ := strings.Cut(e, "#")
		toc = append(toc, "["+title+"]("+page+"#"+frag+")")
	}
	body := "# Privacy Policy\n\n## Information that Google collects\n\nWe collect information to provide better services.\n\n## Sharing your information\n\nWe do not share your information with companies outside Google.\n"
	rb := Builtin()
	for _, tc := range []struct {
		name     string
		old, new string
		material bool
	}{
		{"a table of contents added", body, strings.Replace(body, "\n\n## Information", "\n\nContents\n\n"+strings.Join(toc, "\n\n")+"\n\n## Information", 1), false},
		{"twin: links to places of another page", body + "\nMore rights:\n\n[Maine](https://example.com/staterights#maine)\n\n[Virginia](https://example.com/staterights#virginia)\n",
			body + "\nMore rights:\n\n[Maine](https://example.com/staterights#maine)\n\n[Utah](https://example.com/staterights#utah)\n\n[Virginia](https://example.com/staterights#virginia)\n", true},
		{"twin: a commitment beside the entries", body, strings.Replace(body, "\n\n## Information", "\n\nContents\n\n"+strings.Join(toc, "\n\n")+"\n\nWe share your information with advertisers.\n\n## Information", 1), true},
	} {
		rep := Classify(redline.Diff([]byte(tc.old), []byte(tc.new)), rb)
		if rep.Material != tc.material {
			var why []string
			for _, v := range rep.Verdicts {
				why = append(why, v.Rule+": "+v.Reason)
			}
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
