package material

import (
	"bufio"
	"cmp"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// TestGitHubHistory classifies every recorded update of GitHub's privacy
// documents (testdata/github-site-policy.tsv: 184 updates of 11 files,
// labelled from the word diffs alone by someone who did not see the
// verdicts) and holds recall, precision and the category named to what
// they are. A company's own lawyers wrote these edits, over eight years.
// It needs a clone of github/site-policy: set REDLINE_SITE_POLICY to it
// (git clone https://github.com/github/site-policy); skipped otherwise.
func TestGitHubHistory(t *testing.T) {
	// Measured at 24afc06 before any rule was written for this set:
	// recall 0.99 (68 of 69), precision 0.91 (68 of 75), category 0.85
	// (58 of 68). Held at what b1e2fc5 makes of it: every material update
	// caught, 69 of 73 flags right (0.945), 61 of 69 categories (0.88);
	// 62 (0.899) once a row's countries no longer hid its name from the
	// subprocessor column (da0cbf8). Then 69 of 71 flags (0.97) and 64
	// categories (0.93) once a link's title renamed on the same site was
	// the page renamed (github-072) and a section titled by one item of a
	// notice named that item (github-027, 2026-12-03).
	holdHistory(t, "REDLINE_SITE_POLICY", "github/site-policy", "testdata/github-site-policy.tsv", 0.97, 0.92)
}

// TestMozillaHistory is TestGitHubHistory for Mozilla's English privacy
// notices (testdata/mozilla-legal-docs.tsv: 272 updates of 13 notices,
// 2014 to 2026), from a clone of mozilla/legal-docs named by
// REDLINE_LEGAL_DOCS (git clone https://github.com/mozilla/legal-docs).
func TestMozillaHistory(t *testing.T) {
	// The first run, at 61fd3e5, before any rule was written for this
	// set: recall 0.98 (120 of 122), precision 0.77 (120 of 156),
	// category 0.63. Held at what e2490ca makes of it: every material
	// update caught, 122 of 139 flags right (0.88), 77 of 122 categories;
	// 79 (0.648) once a setting's words ("enabled", "by default",
	// "automatically") no longer named AI alone and a name beside its
	// cookie was a tracker (8bf56b8); 86 (0.705) once what the reader's
	// device sends was data collected (04bf47a) and a change naming
	// parties alone was about recipients (454c13b); 87 (0.713) once a
	// period's own clause said what a change to its start is about
	// (10297e3); 90 (0.737) once a place said of the reader ("In the
	// US, Firefox sends …", "if you're in the US") was no transfer
	// destination (092, 116, 118, 2026-12-02); 93 (0.762) once the
	// reader offered to send a crash report was data collected (050,
	// 051, 120); 96 (0.787) once an item of a list of parties was a
	// recipient, not the controller (109, 2026-12-04; 95 before it).
	holdHistory(t, "REDLINE_LEGAL_DOCS", "mozilla/legal-docs", "testdata/mozilla-legal-docs.tsv", 0.875, 0.786)
}

// TestBasecampHistory is TestGitHubHistory for Basecamp's (37signals')
// privacy policy and lists of processors (testdata/basecamp-policies.tsv:
// 132 updates of 5 files, 2018 to 2023), from a clone of basecamp/policies
// named by REDLINE_BASECAMP_POLICIES
// (git clone https://github.com/basecamp/policies).
func TestBasecampHistory(t *testing.T) {
	// The first run, at 834d9c4, before the labels were read: recall
	// 0.99 (73 of 74: 037 missed), precision 0.92 (73 of 79), category
	// 0.74 (54 of 73). Every update caught once "we do not and will
	// not" for "we do and will not" went to a reviewer (037); 74 of 77
	// flags right (0.96) once the verb of a power given to the reader
	// said with another of the same right was the same power ("see" →
	// "view"), "please see" → "please view" a pointer reworded (029),
	// and a sentence saying where a document is (054) and a section
	// pointed to by its title (030) only pointed (2026-12-04). 60 of 74
	// categories (0.81) once an item of a list of parties whose lead-in
	// says where they are located was a recipient, named (099, 105,
	// 106, 120, and three more of 5 files).
	holdHistory(t, "REDLINE_BASECAMP_POLICIES", "basecamp/policies", "testdata/basecamp-policies.tsv", 0.96, 0.81)
}

// TestAutomatticHistory is TestGitHubHistory for Automattic's privacy
// policy, cookie policy and notice to visitors of its users' sites
// (testdata/automattic-legalmattic.tsv: 56 updates of 3 files, 2015 to
// 2025), from a clone of Automattic/legalmattic named by
// REDLINE_LEGALMATTIC (git clone https://github.com/Automattic/legalmattic).
func TestAutomatticHistory(t *testing.T) {
	// The first run, at 834d9c4, before the labels were read: recall
	// 1.00, precision 0.87 (41 of 47), category 0.88 (36 of 41). 41 of
	// 46 flags (0.89) once a link to a part of the policy moved to the
	// author's own site was the author's page (020, 2026-12-04); 41 of
	// 45 (0.91) once a dated entry of the policy's change log recorded a
	// change, judged where it is made (033).
	holdHistory(t, "REDLINE_LEGALMATTIC", "Automattic/legalmattic", "testdata/automattic-legalmattic.tsv", 0.91, 0.87)
}

// TestOpenTermsArchiveHistory is TestGitHubHistory for two privacy
// policies recorded by Open Terms Archive, Google's (as "Reserve with
// Google") and Microsoft's privacy statement (as "Microsoft Store")
// (testdata/ota-privacy.tsv: 78 updates, 2020 to 2026), from a clone of
// OpenTermsArchive/contrib-versions named by REDLINE_OTA_VERSIONS
// (git clone https://github.com/OpenTermsArchive/contrib-versions).
func TestOpenTermsArchiveHistory(t *testing.T) {
	// The first run, at 834d9c4, before the labels were read: recall
	// 1.00, precision 0.78 (39 of 50), category 0.90 (35 of 39). 39 of 49
	// (0.80) once a table of contents that writes the page's own
	// address before each place was one (012, 2026-12-04); 39 of 45
	// (0.87) once an item only a link, in a list of notices that give
	// more information, was a pointer (025, 026, 027, 038).
	holdHistory(t, "REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-privacy.tsv", 0.86, 0.89)
}

// TestNPMHistory is TestGitHubHistory for npm's privacy policy and
// security policy (testdata/npm-policies.tsv: 62 updates of 2 files, 2014
// to 2021), from a clone of npm/policies named by REDLINE_NPM_POLICIES
// (git clone https://github.com/npm/policies).
func TestNPMHistory(t *testing.T) {
	// The first run, at 319f708, before the labels were read: recall 0.95
	// (38 of 40), precision 0.83 (38 of 46), category 0.68 (26 of 38).
	// Then 39 of 40 once a mailbox to write to, replaced by a web page and
	// given nowhere else, was a channel of a right taken away (045,
	// 2026-12-04). The one left, 011, is the company's postal address
	// moved to another street of the same town (Oakland), which this
	// labeller calls material and batch 23's (b23-06, the same move) and
	// Automattic's (048) call minor: the rules keep the earlier labels
	// (officemoved.go), and recall is held at 39 of 40 here. Precision 39
	// of 46 (0.85), category 29 of 39 (0.74), once a link's address
	// written with a percent escape was the same address (041,
	// 2026-12-04); category 30 of 39 (0.77) once "this document" was the
	// policy itself and a sentence sending the reader to where its
	// changes are shown told of them, and a licence no recipient (049,
	// 2026-12-04). Precision 39 of 45 (0.87) once an address in angle
	// brackets, moved to a site of its label's name, was the same page
	// (055, 2026-12-04); category 31 of 39 (0.79) once the person
	// security reports go to was a security commitment (053, 2026-12-04);
	// 32 of 39 (0.82) once a kind of party removed from the list of them
	// was a recipient (047, 2026-12-04).
	holdHistoryMissed(t, "REDLINE_NPM_POLICIES", "npm/policies", "testdata/npm-policies.tsv", 0.975, 0.86, 0.82) // 011 alone missed
}

// TestTumblrHistory is TestGitHubHistory for Tumblr's privacy policy, US
// and European (testdata/tumblr-policy.tsv: 40 updates of 2 files, 2012
// to 2025), from a clone of tumblr/policy named by REDLINE_TUMBLR_POLICY
// (git clone https://github.com/tumblr/policy).
func TestTumblrHistory(t *testing.T) {
	// The first run, at 4cbc5ec, before the labels were read: recall
	// 1.00, precision 0.83 (29 of 35), category 0.79 (23 of 29). 29 of 34
	// (0.85) once a title on a line of its own, a colon after it, was a
	// heading (012, 2026-12-04). 29 of 33 (0.88) once "two-factor" →
	// "multi-factor" kept the floor of two factors (017, 2026-12-04);
	// category 24 of 29 (0.83) once a paragraph under "Your California
	// Privacy Rights:" removed was a right taken away (013, 2026-12-04).
	holdHistory(t, "REDLINE_TUMBLR_POLICY", "tumblr/policy", "testdata/tumblr-policy.tsv", 0.875, 0.82)
}

// TestLetsEncryptHistory is TestGitHubHistory for Let's Encrypt's privacy
// policy (testdata/letsencrypt-website.tsv: 30 updates, 2016 to 2026,
// across two moves of the file), from a clone of letsencrypt/website named
// by REDLINE_LETSENCRYPT_WEBSITE (git clone
// https://github.com/letsencrypt/website). Batch 25 quoted a paragraph of
// it (b25-31).
func TestLetsEncryptHistory(t *testing.T) {
	// The first run, at 7b5bac8 with the hang on row 009 mended, before
	// the labels were read: recall 1.00, precision 0.94 (17 of 18),
	// category 0.94 (16 of 17).
	holdHistory(t, "REDLINE_LETSENCRYPT_WEBSITE", "letsencrypt/website", "testdata/letsencrypt-website.tsv", 0.94, 0.94)
}

// holdHistory scores the labelled updates of labels from the clone of
// the repository named by the environment variable env (skipped without
// one) and fails below every material update caught and the given
// precision and category named.
func holdHistory(t *testing.T, env, repository, labels string, precision, category float64) {
	t.Helper()
	holdHistoryMissed(t, env, repository, labels, 1, precision, category)
}

// holdHistoryMissed is holdHistory for a history with misses left, each
// given with its reason where the test is: recall is held at the floor.
func holdHistoryMissed(t *testing.T, env, repository, labels string, recall, precision, category float64) {
	t.Helper()
	repo := os.Getenv(env)
	if repo == "" {
		t.Skipf("set %s to a clone of %s", env, repository)
	}
	r, p, c := scoreHistory(t, labels, repo)
	if r < recall || p < precision || c < category {
		t.Errorf("recall %.3f (want %.3f), precision %.3f (want %.3f), category %.3f (want %.3f)", r, recall, p, precision, c, category)
	}
}

// pathBefore returns the path the file at path in commit new had in
// commit old: path itself, or where git finds it moved from (an update
// that spans a move, as letsencrypt/website's privacy.md → content/).
func pathBefore(t *testing.T, repo, old, new, path string) string {
	t.Helper()
	if exec.Command("git", "-C", repo, "cat-file", "-e", old+":"+path).Run() == nil {
		return path
	}
	out, err := exec.Command("git", "-C", repo, "diff", "--name-status", "-M", old, new).Output()
	if err != nil {
		t.Fatalf("git diff %s %s: %v", old, new, err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Split(line, "\t"); len(f) == 3 && strings.HasPrefix(f[0], "R") && f[2] == path {
			return f[1]
		}
	}
	return path
}

// scoreHistory classifies the labelled updates a file lists, each rebuilt
// with git show from repo, and logs every miss, false alarm and category
// not named.
func scoreHistory(t *testing.T, labels, repo string) (recall, precision, category float64) {
	t.Helper()
	f, err := os.Open(labels)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	show := func(commit, path string) string {
		out, err := exec.Command("git", "-C", repo, "show", commit+":"+path).Output()
		if err != nil {
			t.Fatalf("git show %s:%s: %v", commit, path, err)
		}
		s := string(out)
		if rest, ok := strings.CutPrefix(s, "---\n"); ok {
			if _, body, ok := strings.Cut(rest, "\n---\n"); ok {
				s = body // the YAML front matter, as diff leaves it out
			}
		}
		return s
	}
	rb := Builtin()
	var tp, fp, fn, tn, catOK int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 6 {
			t.Fatalf("bad line %q", line)
		}
		id, path, want, cat := c[0], c[1], c[4] == "material", c[5]
		oldPath, newPath, moved := strings.Cut(path, " -> ") // a row that spans a move may name both paths
		if !moved {
			oldPath, newPath = pathBefore(t, repo, c[2], c[3], path), path
		}
		rep := Classify(redline.Diff([]byte(show(c[2], oldPath)), []byte(show(c[3], newPath))), rb)
		cats := map[string]bool{}
		var why []string
		for _, v := range rep.Verdicts {
			if ruleFailed(v) {
				t.Errorf("%s %s: %s", id, path, v.Reason)
			}
			if v.Material {
				cats[v.Category] = true
				why = append(why, v.Rule+": "+v.Reason)
			}
		}
		switch {
		case want && rep.Material:
			tp++
			if cats[cat] {
				catOK++
			} else {
				t.Logf("%s %s: category %q not named: %.300s", id, path, cat, strings.Join(why, "; "))
			}
		case want:
			fn++
			t.Logf("%s %s: missed (%s): %s", id, path, cat, c[6])
		case rep.Material:
			fp++
			t.Logf("%s %s: false alarm: %.300s", id, path, strings.Join(why, "; "))
		default:
			tn++
		}
	}
	// A set with nothing material (a page captured again and again with
	// new link addresses) measures false alarms only: nothing missed is
	// recall 1, no flag raised precision 1.
	recall, precision, category = 1, 1, 1
	if tp+fn > 0 {
		recall = float64(tp) / float64(tp+fn)
	}
	if tp+fp > 0 {
		precision = float64(tp) / float64(tp+fp)
	}
	if tp > 0 {
		category = float64(catOK) / float64(tp)
	}
	t.Logf("recall=%.2f precision=%.2f category=%.2f tp=%d fp=%d fn=%d tn=%d", recall, precision, category, tp, fp, fn, tn)
	return recall, precision, category
}

// TestDesmosHistory is TestGitHubHistory for Desmos's privacy documents
// (testdata/desmosinc-policies.tsv: 48 updates of its privacy policy,
// student data privacy statement and list of third-party services, 2015
// to 2026), from a clone of desmosinc/policies named by
// REDLINE_DESMOS_POLICIES (git clone https://github.com/desmosinc/policies).
func TestDesmosHistory(t *testing.T) {
	// The first run, at a5ad27c, before the labels were read: recall 0.96
	// (22 of 23: a product added to the products the policy lists, read
	// as the author's own name, 030), precision 0.79 (22 of 28), category
	// 0.68 (15 of 22). Recall 1.00 and precision 0.85 (23 of 27) once a
	// product so added was a scope widened and "last modified April 25,
	// 2017", without "on", or a placeholder for it, the policy's date
	// (2026-12-04); category 17 of 23 (0.74).
	// 0.96 (23 of 24) once "This document was last modified on …" was
	// the document's own date too (2026-12-04).
	holdHistory(t, "REDLINE_DESMOS_POLICIES", "desmosinc/policies", "testdata/desmosinc-policies.tsv", 0.95, 0.73)
}

// TestRetoolHistory is TestGitHubHistory for Retool's privacy policy,
// list of subprocessors and data processing addendum
// (testdata/tryretool-legal.tsv: 38 updates, 2023 to 2025, across two
// moves of the files), from a clone of tryretool/legal named by
// REDLINE_RETOOL_LEGAL (git clone https://github.com/tryretool/legal).
func TestRetoolHistory(t *testing.T) {
	// The first run, at 44b4fe2, before the labels were read: recall 0.91
	// (10 of 11: OpenAI and Anthropic's rows given a second product,
	// "Retool AI (Agents, Assist)", 032), precision 0.67 (10 of 15),
	// category 0.90 (9 of 10). Then 1.00 / 0.92 / 0.91 once a name put
	// into a list in a recipient's row was what it receives data for, a
	// documentation site's box (":::info Last updated") a frame, an entry
	// of the table of contents removed its section's title whatever its
	// words, and a tag's attributes no text (2026-12-04).
	holdHistory(t, "REDLINE_RETOOL_LEGAL", "tryretool/legal", "testdata/tryretool-legal.tsv", 0.91, 0.90)
}

// TestRangeHistory is TestGitHubHistory for Range Labs's privacy policy,
// list of subprocessors and Privacy Shield policy
// (testdata/range-labs-range-policy.tsv: 36 updates, 2014 to 2023; the
// privacy policy began as Medium's), from a clone of
// range-labs/range-policy named by REDLINE_RANGE_POLICY (git clone
// https://github.com/range-labs/range-policy).
func TestRangeHistory(t *testing.T) {
	// The first run, at a5980c9, before the labels were read: recall 0.96
	// (23 of 24: the EU representative replaced under "Our EU
	// Representative is:", read as the same addressee at another street,
	// 020), precision 0.92 (23 of 25), category 0.83 (19 of 23). Recall
	// 1.00, precision 0.92 (24 of 26) once a lead-in ending in a colon was
	// no addressee (2026-12-04).
	holdHistory(t, "REDLINE_RANGE_POLICY", "range-labs/range-policy", "testdata/range-labs-range-policy.tsv", 0.92, 0.83)
}

// TestKindeHistory is TestGitHubHistory for Kinde's privacy policy, list
// of sub-processors and GDPR page (testdata/kinde-oss-documentation.tsv:
// 48 updates, 2024 to 2026, each commit against its parent), from a clone
// of kinde-oss/documentation named by REDLINE_KINDE_DOCS (git clone
// https://github.com/kinde-oss/documentation).
func TestKindeHistory(t *testing.T) {
	// The first run, at af0104d, before the labels were read: recall 0.88
	// (14 of 16), precision 0.70 (14 of 20), category 0.86 (12 of 14).
	// Then 15 of 16 once a list item the policy had only under another
	// lead-in was no duplicate (012, copyinplace.go, 2026-12-04);
	// precision 0.71, category 0.87. The one left, 023, adds "If you need
	// a DPA, please reach out to our team at support@kinde.com" after the
	// sentence that only customers with a DPA are told of new
	// sub-processors: the labeller's own borderline call (the notice goes
	// to the same customers; the sentence says how to become one), read
	// as wording about no personal data. Since 2026-12-05d it is caught: a
	// mailbox given where the sentence gave none (mailboxgone.go, b190-50),
	// under rights, where the labeller filed it under notice; recall 16 of
	// 16, category 13 of 16.
	holdHistoryMissed(t, "REDLINE_KINDE_DOCS", "kinde-oss/documentation", "testdata/kinde-oss-documentation.tsv", 1.00, 0.71, 0.81)
}

// TestPlausibleHistory is TestGitHubHistory for Plausible Analytics's
// privacy policy, data policy and data processing agreement
// (testdata/plausible-website.tsv: 79 updates, 2020 to 2026), from a
// clone of plausible/website named by REDLINE_PLAUSIBLE_WEBSITE (git
// clone https://github.com/plausible/website).
func TestPlausibleHistory(t *testing.T) {
	// The first run, at 63e73cf, before the labels were read: recall 0.93
	// (40 of 43), precision 0.68 (40 of 59), category 0.68 (27 of 40).
	// Then 41 of 43 once a mailbox given where the policy sent the reader
	// to a contact page was a new channel (013, mailboxgone.go,
	// 2026-12-04); 43 of 43 once items put into the list a rule excepts
	// (044, exceptlist.go) and a sentence with a limit added to a
	// paragraph about personal data (032, limitbeside.go) were
	// commitments (2026-12-04): precision 0.69, category 0.65. Category
	// 0.62 since 2026-12-05: 015 (Bunny "for a global CDN" → "for a
	// global CDN, DNS and DDoS protection") named recipients only by
	// reading "DNS" as a new recipient, a junk name now taken out; it is
	// material still, to confirm, filed under data.
	holdHistory(t, "REDLINE_PLAUSIBLE_WEBSITE", "plausible/website", "testdata/plausible-website.tsv", 0.69, 0.62)
}

// TestApacheHistory is TestGitHubHistory for the Apache Software
// Foundation's public, committer and contributor privacy policies
// (testdata/apache-privacy-website.tsv: 33 updates, 2021 to 2026), from a
// clone of apache/privacy-website named by REDLINE_APACHE_PRIVACY (git
// clone https://github.com/apache/privacy-website).
func TestApacheHistory(t *testing.T) {
	// The first run, at e7e990e, before the labels were read: recall 0.95
	// (20 of 21: who sees the link between a GitHub ID and an ASF account
	// ID, "PMC members" → "The Infrastructure team", read as wording about
	// no personal data, 030), precision 0.71 (20 of 28), category 0.85
	// (17 of 20). Recall 1.00, precision 0.72, category 0.81 once an
	// account's or a user's ID was personal data (2026-12-04).
	holdHistory(t, "REDLINE_APACHE_PRIVACY", "apache/privacy-website", "testdata/apache-privacy-website.tsv", 0.72, 0.80)
}

// TestArxivHistory is TestGitHubHistory for arXiv's privacy policy
// (testdata/arxiv-arxiv-docs.tsv: 36 updates, 2019 to 2026, across a move
// of the file), from a clone of arXiv/arxiv-docs named by
// REDLINE_ARXIV_DOCS (git clone https://github.com/arXiv/arxiv-docs).
func TestArxivHistory(t *testing.T) {
	// The first run, at c29fb8d, before the labels were read: recall 1.00
	// (9 of 9), precision 0.69 (9 of 13), category 0.89 (8 of 9).
	holdHistory(t, "REDLINE_ARXIV_DOCS", "arXiv/arxiv-docs", "testdata/arxiv-arxiv-docs.tsv", 0.69, 0.88)
}

// TestReadTheDocsHistory is TestGitHubHistory for Read the Docs's privacy
// policy, list of sub-processors and data processing addendum page
// (testdata/readthedocs-readthedocs.org.tsv: 43 updates, 2018 to 2026,
// in reStructuredText), from a clone of readthedocs/readthedocs.org named
// by REDLINE_READTHEDOCS (git clone
// https://github.com/readthedocs/readthedocs.org).
func TestReadTheDocsHistory(t *testing.T) {
	// The first run, at c29fb8d, before the labels were read: recall 0.95
	// (20 of 21: a sentence's list made bullets, "additional websites
	// requested" dropped on the way, read as the same commitments, 001),
	// precision 0.77 (20 of 26), category 0.75 (15 of 20). Recall 1.00,
	// precision 0.78, category 0.76 once a list set out as bullets was
	// compared item by item with the sentence it was (2026-12-04).
	holdHistory(t, "REDLINE_READTHEDOCS", "readthedocs/readthedocs.org", "testdata/readthedocs-readthedocs.org.tsv", 0.77, 0.75)
}

// TestDeltaChatHistory is TestGitHubHistory for Delta Chat's app and
// website privacy policies (testdata/deltachat-deltachat-pages.tsv: 45
// updates, 2018 to 2026), from a clone of deltachat/deltachat-pages named
// by REDLINE_DELTACHAT_PAGES (git clone
// https://github.com/deltachat/deltachat-pages).
func TestDeltaChatHistory(t *testing.T) {
	// The first run, at 006d71a, before the labels were read: recall 1.00
	// (21 of 21), precision 0.72 (21 of 29), category 0.81 (17 of 21).
	holdHistory(t, "REDLINE_DELTACHAT_PAGES", "deltachat/deltachat-pages", "testdata/deltachat-deltachat-pages.tsv", 0.72, 0.80)
}

// TestSemgrepHistory is TestGitHubHistory for Semgrep's privacy policy of
// its command-line tool, later its metrics page
// (testdata/semgrep-semgrep.tsv: 48 updates, 2021 to 2024), from a clone
// of semgrep/semgrep named by REDLINE_SEMGREP (git clone
// https://github.com/semgrep/semgrep).
func TestSemgrepHistory(t *testing.T) {
	// The first run, at 003bc86, before the labels were read: recall 0.89
	// (31 of 35), precision 0.78 (31 of 40), category 0.61 (19 of 31).
	// Then 32 of 35 once an item under "Performance data enable …" was a
	// kind of data (042, dataitem.go, 2026-12-04); 33 of 35 once a row
	// added to a table with a column of fields was a field (044,
	// datarow.go, 2026-12-04): precision 0.79, category 0.64. Left:
	//   - 027: "(e.g., paths scanned)" → "(e.g., paths scanned and
	//     extensions of ignored files)", new data in an example, read as
	//     an example naming nothing new;
	//   - 048: "Semgrep may collect" → "Semgrep CLI may collect" as the
	//     page became "Semgrep metrics", which the labeller calls the
	//     document's scope narrowed.
	holdHistoryMissed(t, "REDLINE_SEMGREP", "semgrep/semgrep", "testdata/semgrep-semgrep.tsv", 0.94, 0.78, 0.63) // 027 and 048 missed
}

// TestHomebrewHistory is TestGitHubHistory for Homebrew's notice of the
// analytics brew sends (testdata/homebrew-brew.tsv: 37 updates, 2016 to
// 2026, across a move of the file), from a clone of Homebrew/brew named
// by REDLINE_HOMEBREW (git clone https://github.com/Homebrew/brew).
func TestHomebrewHistory(t *testing.T) {
	// The first run, at f40fdcb, before the labels were read: recall 0.90
	// (19 of 21), precision 0.73 (19 of 26), category 0.42 (8 of 19).
	// Then 20 of 21 once an exception's list in a sentence about the
	// reader's data was read too ("except bundle, cask and services" →
	// "except bundle and services", 010, 2026-12-04). Left: 003, "You
	// will be notified the first time you run brew update or install
	// Homebrew" added, that users are told analytics are on, read as
	// wording about no personal data. Category 0.35 since 2026-12-05:
	// 021 ("A JSON API is also available", analytics published) named
	// recipients only by reading "JSON API" as a recipient, a junk name
	// now taken out (technical words are no parties); it stays material.
	holdHistoryMissed(t, "REDLINE_HOMEBREW", "Homebrew/brew", "testdata/homebrew-brew.tsv", 0.95, 0.74, 0.35) // 003 missed
}

// TestTravisHistory is TestGitHubHistory for Travis CI's GDPR privacy
// policy, Privacy Shield page and its parent Idera's privacy statement
// (testdata/travis-ci-docs-travis-ci-com.tsv: 16 updates, 2018 to 2020),
// from a clone of travis-ci/docs-travis-ci-com named by REDLINE_TRAVIS_DOCS
// (git clone https://github.com/travis-ci/docs-travis-ci-com).
func TestTravisHistory(t *testing.T) {
	// The first run, at 8adc8b5, before the labels were read: recall 1.00
	// (4 of 4), precision 0.44 (4 of 9), category 0.75 (3 of 4).
	holdHistory(t, "REDLINE_TRAVIS_DOCS", "travis-ci/docs-travis-ci-com", "testdata/travis-ci-docs-travis-ci-com.tsv", 0.44, 0.75)
}

// TestPirschHistory is TestGitHubHistory for Pirsch Analytics's privacy
// page (testdata/pirsch-analytics-docs.tsv: 18 updates, 2020 to 2024,
// across two moves of the file), from a clone of pirsch-analytics/docs
// named by REDLINE_PIRSCH_DOCS (git clone
// https://github.com/pirsch-analytics/docs).
func TestPirschHistory(t *testing.T) {
	// The first run, at 8adc8b5, before the labels were read: recall 1.00
	// (7 of 7), precision 0.64 (7 of 11), category 0.71 (5 of 7).
	holdHistory(t, "REDLINE_PIRSCH_DOCS", "pirsch-analytics/docs", "testdata/pirsch-analytics-docs.tsv", 0.63, 0.71)
}

// TestCleverHistory is TestGitHubHistory for Clever's privacy policy and
// its terms for schools and general terms (testdata/Clever-policies.tsv:
// 38 updates, 2014 to 2020), from a clone of Clever/policies named by
// REDLINE_CLEVER_POLICIES (git clone https://github.com/Clever/policies).
func TestCleverHistory(t *testing.T) {
	// The first run, at 6264105, before the labels were read: recall 1.00
	// (19 of 19), precision 0.83 (19 of 23), category 0.74 (14 of 19).
	holdHistory(t, "REDLINE_CLEVER_POLICIES", "Clever/policies", "testdata/Clever-policies.tsv", 0.82, 0.73)
}

// TestPearDeckHistory is TestGitHubHistory for Pear Deck's privacy policy
// and terms of service (testdata/peardeck-policies.tsv: 20 updates, 2015
// to 2020), from a clone of peardeck/policies named by
// REDLINE_PEARDECK_POLICIES (git clone https://github.com/peardeck/policies).
func TestPearDeckHistory(t *testing.T) {
	// The first run, at 6264105, before the labels were read: recall 1.00
	// (16 of 16), precision 0.89 (16 of 18), category 0.94 (15 of 16).
	holdHistory(t, "REDLINE_PEARDECK_POLICIES", "peardeck/policies", "testdata/peardeck-policies.tsv", 0.88, 0.93)
}

// TestPSFHistory is TestGitHubHistory for the Python Software
// Foundation's privacy notices of pypi.org, python.org and us.pycon.org
// and PyPI's terms (testdata/psf-policies.tsv: 27 updates, 2019 to
// 2025), from a clone of psf/policies named by REDLINE_PSF_POLICIES (git
// clone https://github.com/psf/policies).
func TestPSFHistory(t *testing.T) {
	// The first run, at 6264105, before the labels were read: recall 0.92
	// (11 of 12), precision 0.85 (11 of 13), category 0.27 (3 of 11). Its
	// miss, "Superceded by [PyPI Terms of Service](…)" put above the Terms
	// of Use (011), mended the same day (supersede.go).
	holdHistory(t, "REDLINE_PSF_POLICIES", "psf/policies", "testdata/psf-policies.tsv", 0.85, 0.33)
}

// TestRevoltHistory is TestGitHubHistory for Revolt's privacy policy,
// terms of service and community guidelines (testdata/revoltchat-legal.tsv:
// 56 updates, 2021 to 2024), from a clone of revoltchat/legal named by
// REDLINE_REVOLT_LEGAL (git clone https://github.com/revoltchat/legal).
func TestRevoltHistory(t *testing.T) {
	// The first run, at 6264105, before the labels were read: recall 1.00
	// (19 of 19), precision 0.61 (19 of 31), category 0.89 (17 of 19).
	// The labeller called changes of conduct rules and of the addresses
	// abuse is reported to minor, outside the privacy rubric; the rules
	// read a new address to write to as material.
	holdHistory(t, "REDLINE_REVOLT_LEGAL", "revoltchat/legal", "testdata/revoltchat-legal.tsv", 0.60, 0.89)
}

// TestExercismHistory is TestGitHubHistory for Exercism's privacy policy
// and terms (testdata/exercism-website-copy.tsv: 21 updates, 2017 to
// 2022), from a clone of exercism/website-copy named by
// REDLINE_EXERCISM_COPY (git clone https://github.com/exercism/website-copy).
func TestExercismHistory(t *testing.T) {
	// The first run, at 6264105, before the labels were read: recall 1.00
	// (5 of 5), precision 0.50 (5 of 10), category 1.00 (5 of 5).
	holdHistory(t, "REDLINE_EXERCISM_COPY", "exercism/website-copy", "testdata/exercism-website-copy.tsv", 0.50, 1.00)
}

// TestKagiHistory is TestGitHubHistory for Kagi's pages on privacy: the
// table of the AI providers its Assistant sends requests to, and two
// pages on privacy and anonymity (testdata/kagisearch-kagi-docs.tsv: 85
// updates, 2022 to 2026), from a clone of kagisearch/kagi-docs named by
// REDLINE_KAGI_DOCS (git clone https://github.com/kagisearch/kagi-docs).
func TestKagiHistory(t *testing.T) {
	// The first run, at 6264105, before the labels were read: recall 1.00
	// (15 of 15), precision 0.19 (15 of 77), category 0.33 (5 of 15):
	// 62 of the table's updates that only add, rename or retire a model of
	// a provider listed read material (modelcell.go). The labeller also
	// called a provider listed elsewhere put in another model's row minor;
	// the rules read it as a recipient of that model's requests.
	holdHistory(t, "REDLINE_KAGI_DOCS", "kagisearch/kagi-docs", "testdata/kagisearch-kagi-docs.tsv", 0.55, 0.86)
}

// TestDuckDuckGoHistory is TestGitHubHistory for five of DuckDuckGo's
// help pages on privacy: web tracking protections, the anonymous unique
// test (atb), anonymous localised results, privacy labels and Global
// Privacy Control (testdata/duckduckgo-duckduckgo-help-pages.tsv: 108
// updates, 2019 to 2025), from a clone of duckduckgo/duckduckgo-help-pages
// named by REDLINE_DDG_HELP (git clone
// https://github.com/duckduckgo/duckduckgo-help-pages).
func TestDuckDuckGoHistory(t *testing.T) {
	// The first run, at 6264105, before the labels were read: recall 1.00
	// (41 of 41), precision 0.67 (41 of 61), category 0.71 (29 of 41).
	holdHistory(t, "REDLINE_DDG_HELP", "duckduckgo/duckduckgo-help-pages", "testdata/duckduckgo-duckduckgo-help-pages.tsv", 0.70, 0.68)
}

// TestObsidianHistory is TestGitHubHistory for Obsidian's help pages on
// the security and privacy of Sync, Publish and Teams
// (testdata/obsidianmd-obsidian-help.tsv: 44 updates, 2022 to 2026), from
// a clone of obsidianmd/obsidian-help named by REDLINE_OBSIDIAN_HELP (git
// clone https://github.com/obsidianmd/obsidian-help).
func TestObsidianHistory(t *testing.T) {
	// The first run, at 6264105, before the labels were read: recall 1.00
	// (11 of 11), precision 0.35 (11 of 31), category 0.73 (8 of 11).
	holdHistory(t, "REDLINE_OBSIDIAN_HELP", "obsidianmd/obsidian-help", "testdata/obsidianmd-obsidian-help.tsv", 0.35, 0.72)
}

// TestIVPNHistory is TestGitHubHistory for IVPN's privacy policy and its
// guidelines for legal process (testdata/ivpn-ivpn.net.tsv: 25 updates,
// 2020 to 2026, across a move of the file), from a clone of ivpn/ivpn.net
// named by REDLINE_IVPN_SITE (git clone https://github.com/ivpn/ivpn.net).
func TestIVPNHistory(t *testing.T) {
	// The first run, at 6264105, before the labels were read: recall 1.00
	// (11 of 11), precision 0.85 (11 of 13), category 0.73 (8 of 11).
	holdHistory(t, "REDLINE_IVPN_SITE", "ivpn/ivpn.net", "testdata/ivpn-ivpn.net.tsv", 0.84, 0.72)
}

// TestRustHistory is TestGitHubHistory for the Rust Project's privacy
// notice on rust-lang.org, a Handlebars template and its message file
// (testdata/rust-lang-www.rust-lang.org.tsv: 14 updates, 2019 to 2021),
// and the Rust Foundation's privacy policy that followed it
// (testdata/rustfoundation-foundation.rust-lang.org.tsv: 7 updates, 2021
// to 2023), from clones named by REDLINE_RUST_WWW and
// REDLINE_RUST_FOUNDATION (git clone
// https://github.com/rust-lang/www.rust-lang.org,
// https://github.com/rustfoundation/foundation.rust-lang.org).
func TestRustHistory(t *testing.T) {
	// The first runs, at 6264105, before the labels were read: rust-lang.org
	// recall 1.00 (1 of 1), precision 0.20 (1 of 5), category 1.00; the
	// Foundation's 1.00 (6 of 6), 1.00, 1.00.
	t.Run("rust-lang.org", func(t *testing.T) {
		holdHistory(t, "REDLINE_RUST_WWW", "rust-lang/www.rust-lang.org", "testdata/rust-lang-www.rust-lang.org.tsv", 0.20, 1.00)
	})
	t.Run("foundation", func(t *testing.T) {
		holdHistory(t, "REDLINE_RUST_FOUNDATION", "rustfoundation/foundation.rust-lang.org", "testdata/rustfoundation-foundation.rust-lang.org.tsv", 1.00, 1.00)
	})
}

// TestNodeJSHistory is TestGitHubHistory for the privacy policy on
// nodejs.org, the Node.js Foundation's and then the OpenJS Foundation's
// (testdata/nodejs-nodejs.org.tsv: 9 updates, 2016 to 2022), from a clone
// of nodejs/nodejs.org named by REDLINE_NODEJS_ORG (git clone
// https://github.com/nodejs/nodejs.org).
func TestNodeJSHistory(t *testing.T) {
	// The first run, at 6264105, before the labels were read: recall 1.00
	// (1 of 1), precision 1.00 (1 of 1), category 1.00.
	holdHistory(t, "REDLINE_NODEJS_ORG", "nodejs/nodejs.org", "testdata/nodejs-nodejs.org.tsv", 1.00, 1.00)
}

// TestMeilisearchHistory is TestGitHubHistory for Meilisearch's notice of
// the telemetry its engine sends, with its table of every data point
// (testdata/meilisearch-documentation.tsv: 47 updates, 2021 to 2026,
// across three moves of the file), from a clone of
// meilisearch/documentation named by REDLINE_MEILISEARCH_DOCS (git clone
// https://github.com/meilisearch/documentation).
func TestMeilisearchHistory(t *testing.T) {
	// The first run, at 6264105, before the labels were read: recall 1.00
	// (27 of 27), precision 0.82 (27 of 33), category 1.00 (27 of 27).
	holdHistory(t, "REDLINE_MEILISEARCH_DOCS", "meilisearch/documentation", "testdata/meilisearch-documentation.tsv", 0.81, 1.00)
}

// TestPGAHistory is TestGitHubHistory for twenty-two social platforms'
// privacy policies as Open Terms Archive's Platform Governance Archive
// recorded them (OpenTermsArchive/pga-versions, one commit a recorded
// change, 2022 to 2026): testdata/pga-32.tsv (Spotify, Reddit: 70
// updates), pga-33.tsv (TikTok, Snapchat, Pinterest: 70), pga-34.tsv
// (Threads, X, Quora: 70), pga-35.tsv (Instagram, YouTube, LinkedIn: 52),
// pga-36.tsv (Facebook: 60), pga-37.tsv (Parler, Telegram, WeChat, LINE:
// 62), pga-38.tsv (Twitch, Bluesky, Tumblr, WhatsApp, Twitter,
// Upscrolled, BeReal: 39), pga-47.tsv (Facebook's 60 before April 2025,
// none material) and pga-48.tsv (Instagram's 49 before June 2025), from a
// clone named by REDLINE_PGA_VERSIONS (git clone
// https://github.com/OpenTermsArchive/pga-versions). Capture artefacts
// (an error page for the policy, a banner coming and going) are labelled
// as a reader of the diff would see them; each file's header lists them.
func TestPGAHistory(t *testing.T) {
	// The first runs, at a06263c, before the labels were read:
	// pga-32 1.00 (47 of 47) / 0.94 (47 of 50) / 0.98 (46 of 47);
	// pga-33 1.00 (17 of 17) / 0.47 (17 of 36) / 0.94 (16 of 17);
	// pga-34 1.00 (18 of 18) / 0.47 (18 of 38) / 0.94 (17 of 18);
	// pga-35 0.96 (27 of 28) / 0.93 (27 of 29) / 0.85 (23 of 27). Its
	// miss, Instagram's "Public content you or others create or share"
	// dropped from the data used to develop AI at Meta and still listed
	// for other purposes, read as a duplicate removed (015), mended the
	// same day (copyinplace.go). Then, at 5419eb7: pga-36 (Facebook's 60
	// latest: 60 updates) 1.00 (11 of 11) / 1.00 / 0.73 (8 of 11); pga-37
	// (Parler, Telegram, WeChat, LINE: 62) 1.00 (29 of 29) / 0.69 (29 of
	// 42) / 0.83 (24 of 29); pga-38 (Twitch, Bluesky, Tumblr, WhatsApp,
	// Twitter, Upscrolled, BeReal: 39) 1.00 (27 of 27) / 0.93 (27 of 29) /
	// 0.81 (22 of 27). Then, at 27d0889, pga-47 (Facebook's 60 updates
	// before April 2025, each only the signed addresses of its videos'
	// links): no false alarm; pga-48 (Instagram's 49 before June 2025) 1.00
	// (22 of 22) / 0.85 (22 of 26) / 0.91 (20 of 22), at 3408a4c.
	for _, tc := range []struct {
		file                string
		precision, category float64
	}{
		{"testdata/pga-32.tsv", 0.93, 0.97},
		{"testdata/pga-33.tsv", 0.53, 0.94},
		{"testdata/pga-34.tsv", 0.47, 0.94},
		{"testdata/pga-35.tsv", 0.93, 0.82},
		{"testdata/pga-36.tsv", 1.00, 0.72},
		{"testdata/pga-37.tsv", 0.69, 0.82},
		{"testdata/pga-38.tsv", 0.93, 0.81},
		{"testdata/pga-47.tsv", 1, 1},
		{"testdata/pga-48.tsv", 0.84, 0.90},
	} {
		t.Run(strings.TrimSuffix(strings.TrimPrefix(tc.file, "testdata/"), ".tsv"), func(t *testing.T) {
			holdHistory(t, "REDLINE_PGA_VERSIONS", "OpenTermsArchive/pga-versions", tc.file, tc.precision, tc.category)
		})
	}
}

// TestOTACollectionsHistory is TestGitHubHistory for privacy policies as
// three more of Open Terms Archive's collections recorded them: generative
// AI services captured from the EU (OpenTermsArchive/genai-eu-versions:
// testdata/ota-39.tsv, Claude.ai's 60 latest updates; ota-40.tsv,
// ChatGPT, Microsoft Copilot, Grok, Perplexity, Le Chat, Qwen Chat and
// DeepSeek, 70; ota-41.tsv, Llama API and Google's generative AI
// services, 70) and very large platforms captured from the US
// (OpenTermsArchive/vlopses-us-versions: ota-42.tsv, Wikipedia, Google
// Play, Bing and Stripchat, 70; ota-45.tsv, Facebook and WhatsApp, 65;
// ota-46.tsv, Instagram, TikTok, Snapchat, YouTube, LinkedIn, Shein,
// Google Maps and Google Shopping, 70) and dating services
// (OpenTermsArchive/dating-versions: ota-43.tsv, Bumble, Tinder and Badoo,
// 48; ota-44.tsv, Hily, eharmony, Match, HER, Coffee Meets Bagel and LEX,
// 37), 2023 to 2026, and more of the contrib collection's services whose
// updates no batch had cited (ota-49.tsv, GitLab and Miro, 72; ota-50.tsv,
// Hygraph, SurveyMonkey, Energia and Viber, 71; ota-51.tsv, Bitwarden,
// Grammarly, Coursera, Atlassian and Roblox, 72; ota-52.tsv, Ubuntu,
// Thomson Reuters, Binance and OPay, 72; ota-53.tsv, Kraken and Verizon,
// 70; ota-54.tsv, Zoosk, Allstate and CoinDesk, 72; ota-55.tsv, NordVPN,
// WeTransfer and IKEA, 72; ota-56.tsv, Wikipedia and Disqus, 72;
// ota-57.tsv, DuckDuckGo, Taboola and Outbrain, 72; ota-58.tsv,
// Starbucks, 35; ota-59.tsv, Amazon Web Services, 34; ota-60.tsv, Palantir
// and The Trade Desk, 42; ota-61.tsv, Evernote and Scaleway, 37;
// ota-62.tsv, Proctorio and Ubiquiti, 44; ota-63.tsv, Meetup and
// O'Reilly, 38; ota-64.tsv, Forbes, 28; ota-65.tsv, the Daily Mail, 29;
// ota-66.tsv, Logitech and National Geographic, 47; ota-67.tsv, Zillow's
// 30 latest; ota-68.tsv, OkCupid's 30 latest; ota-69.tsv, Wix's 30
// latest; ota-70.tsv, Thryv's 30 latest; ota-71.tsv, Xfinity's 30
// latest; ota-72.tsv, Fox News and W3Schools, 47; ota-73.tsv, Criteo and
// Windstream's 20 latest; ota-74.tsv, Vodafone Ireland, 35; ota-75.tsv,
// The Register's 30 latest; ota-76.tsv to ota-81.tsv, Google Nest's,
// Alibaba.com's, 123Greetings's and Woman's Day's 30 latest, Deutsche
// Bahn and ironSource, Dailymotion; ota-82.tsv to ota-89.tsv,
// Booking.com's, the Wikimedia Foundation's, Yahoo's, PayPal's and
// Microsoft's 30 latest, The Guardian and Last.fm, Netflix and the
// Financial Times, HSBC and TIME; ota-90.tsv to ota-97.tsv,
// Shockwave.com's, Toyota Connected Services's and Vinted's 30 latest,
// WebProNews and World Market, ASUS and Wolfram, happn and Simpli.fi,
// Amazon.com and CNN International, Coinbase and Bolt; ota-98.tsv to
// ota-105.tsv, Aetna's and Airbnb's 30 latest, Telegram and Discord,
// Pinterest and Twitch, Zoom and Cloudflare, Stack Overflow and Mozilla,
// Xing and Philip Morris International, Amazon Advertising and Vimeo;
// ota-106.tsv to ota-113.tsv, Donkey Republic's and ACDelco's 30 latest,
// Gmail and Spotify, Academia.edu and Gartner, Jeeng and Ethereum,
// Cloudant and USA.gov, Visible and Polyfill.io, SponsorBlock and Mix;
// ota-114.tsv to ota-121.tsv, Qwant, AdSense, Allrecipes, AcuityAds and
// AdRoll, Proton Mail, Wire and Olvid, Instacart, Infolinks and
// WordPress.org, Flickr, DeviantArt and Epassi, Chrome and sony.com;
// ota-122.tsv to ota-129.tsv, WordPress.com and Linear, Deliveroo and the
// BBC, Y Combinator and Finnair, Blizzard and Samsung, Swiss Post and
// TP-Link, IMDb, Hugging Face and The New York Times, Substack, Steam and
// Better Stack, Lyft and Foursquare; ota-130.tsv to ota-137.tsv, hi5 and
// Tagged, OKX and Coolmath4Kids, meet.jit.si and LibraryThing, Google Pay
// and Couchsurfing, Waze and Thunderbird, Spark and Mailjet, sourcehut,
// Starlink and Kick, Paradox Interactive, Viaplay and Revcontent;
// ota-138.tsv to ota-169.tsv, Apple, Bolt's notice for drivers, MediaFire
// and Wordfeud, IGN and Hetzner, Glassdoor and Yelp, We Heart It and
// Nextdoor, Magnite and Overleaf, Wide Angle Software and IPinfo, the
// cookie policies of X, Viber, Outbrain, Stack Overflow and Kraken, TikTok
// and Taboola, Snapchat, Scaleway and Energia, Hearst, Webcrawler and
// Hygraph, Tencent, The Mirror, noyb and FedEx, the cookie policies of
// IKEA, Facebook, Ulster University and Palantir, Google and Amazon
// Advertising, happn, WhatsApp and Bumble, Deliveroo and LinkedIn, Vanco,
// MouthShut, Lingualeo, Crunchyroll, Bandcamp, ArtStation, Flutterwave,
// IndieGala, pixiv and Honkai: Star Rail, CrowdTangle and Gumb, X's
// processing information, Watch.Hockey, Myspace, Zora, Ning and MDN Plus,
// CafeMom, Solana, Urban Dictionary and timeanddate.com, UCLA, Waze,
// Tinder, Simpli.fi, Mailjet, AdSupply, Google's Ads Data Processing Terms
// and Meta's European Data Transfer Addendum; ota-170.tsv to ota-177.tsv,
// Google's controller terms and EU User Consent Policy, the law
// enforcement guidelines of X, TikTok and Meta, and 29 more privacy
// policies;
// and ota-178.tsv to ota-181.tsv, eleven privacy policies of the P2B
// compliance and user rights collections),
// from clones named by
// REDLINE_OTA_GENAI, REDLINE_OTA_VLOPSES, REDLINE_OTA_DATING,
// REDLINE_OTA_VERSIONS, REDLINE_OTA_P2B and REDLINE_OTA_USER_RIGHTS (git clone
// https://github.com/OpenTermsArchive/genai-eu-versions,
// https://github.com/OpenTermsArchive/vlopses-us-versions,
// https://github.com/OpenTermsArchive/dating-versions,
// https://github.com/OpenTermsArchive/contrib-versions,
// https://github.com/OpenTermsArchive/p2b-compliance-versions,
// https://github.com/OpenTermsArchive/user-rights-versions).
func TestOTACollectionsHistory(t *testing.T) {
	// The first runs, at 95f7672, before the labels were read: ota-39 1.00
	// (3 of 3) / 1.00 / 0.67 (2 of 3); ota-40 1.00 (21 of 21) / 0.88 (21
	// of 24) / 0.86 (18 of 21); ota-41 1.00 (42 of 42) / 0.91 (42 of 46) /
	// 0.79 (33 of 42); ota-42 1.00 (17 of 17) / 0.61 (17 of 28) / 0.59 (10
	// of 17). Then, at d54f293, dating services: ota-43 (Bumble, Tinder,
	// Badoo: 48 updates) 0.97 (33 of 34) / 0.94 (33 of 35) / 0.73 (24 of
	// 33); ota-44 (Hily, eharmony, Match, HER, Coffee Meets Bagel, LEX: 37)
	// 0.96 (25 of 26) / 0.89 (25 of 28) / 0.88 (22 of 25). Their misses,
	// Tinder's DPO for Japan moved from Dallas to Tokyo (ota-43 032) and
	// eharmony's messages "end-to-end encrypted" → "encrypted" (ota-44
	// 014), mended the same day (contactdomain.go, rules.toml). Then, at
	// 995e99e, more platforms captured from the US: ota-45 (Facebook,
	// WhatsApp: 65 updates) 1.00 (33 of 33) / 0.89 (33 of 37) / 0.85 (28 of
	// 33); ota-46 (Instagram, TikTok, Snapchat, YouTube, LinkedIn, Shein,
	// Google Maps, Google Shopping: 70) 1.00 (29 of 29) / 0.59 (29 of 49) /
	// 0.66 (19 of 29). Then, at ee4680a, the contrib collection's: ota-49
	// (GitLab, Miro: 72) 0.06 (2 of 33) / 0.12 (2 of 16) as labelled, 31
	// of the 33 GitLab's e-mail address hidden by Cloudflare and shown in
	// turn, relabelled minor as two earlier labellers read the same (the
	// file's header): 1.00 (2 of 2) / 0.12; ota-50 (Hygraph, SurveyMonkey,
	// Energia, Viber: 71) 1.00 (6 of 6) / 0.22 (6 of 27) / 0.83 (5 of 6);
	// ota-51 (Bitwarden, Grammarly, Coursera, Atlassian, Roblox: 72) 1.00
	// (32 of 32) / 0.76 (32 of 42) / 0.78 (25 of 32); ota-52 (Ubuntu,
	// Thomson Reuters, Binance, OPay: 72) 0.95 (20 of 21) / 0.51 (20 of 39)
	// / 0.95 (19 of 20). Its miss, Ubuntu's list of third parties and
	// places given a new edition (ota-52 017), mended the same day
	// (listrelinked.go). Then, at 4d78eec: ota-53 (Kraken, Verizon: 70)
	// 1.00 (19 of 19) / 0.58 (19 of 33) / 0.89 (17 of 19); ota-54 (Zoosk,
	// Allstate, CoinDesk: 72) 1.00 (31 of 31) / 0.46 (31 of 68) / 1.00;
	// ota-55 (NordVPN, WeTransfer, IKEA: 72) 1.00 (28 of 28) / 0.43 (28 of
	// 65) / 0.96 (27 of 28). Then, at ceec596: ota-56 (Wikipedia, Disqus:
	// 72) 1.00 (4 of 4) / 0.80 (4 of 5) / 0.75 (3 of 4); ota-57
	// (DuckDuckGo, Taboola, Outbrain: 72) 0.89 (17 of 19) / 0.85 (17 of
	// 20) / 0.82 (14 of 17). Its misses, Taboola's "The entity maintaining
	// this website is a data broker under Texas law" (041) and Outbrain's
	// "To see the Privacy policy applicable to the Outbrain DSP Users …"
	// (063), mended the same day (rules.toml, policyfor.go). Then, at
	// a7a1f00 (2026-12-06), six more of the contrib collection's, each
	// every update of one or two companies: ota-58 (Starbucks: 35) 1.00
	// (18 of 18) / 0.78 (18 of 23) / 0.72; ota-59 (Amazon Web Services:
	// 34) 1.00 (18 of 18) / 0.69 (18 of 26) / 0.89; ota-60 (Palantir, The
	// Trade Desk: 42) 0.95 (20 of 21) / 0.80 (20 of 25) / 0.90; ota-61
	// (Evernote, Scaleway: 37) 0.93 (14 of 15) / 0.78 (14 of 18) / 0.86;
	// ota-62 (Proctorio, Ubiquiti: 44) 0.94 (16 of 17) / 0.94 (16 of 17) /
	// 0.69; ota-63 (Meetup, O'Reilly: 38) 0.91 (21 of 23) / 0.81 (21 of
	// 26) / 0.71. Mended the same day: Proctorio's "makes every effort to
	// comply" → "complies" (ota-62 006, rules.toml) and Meetup's
	// representatives' telephone numbers dropped (ota-63 014, 016,
	// phonegone.go); a year's request figures (metrics.go), a note on the
	// policy's accessibility (accessnote.go), a title set in bold
	// (plainheading.go), a title given a topic word (retitled.go) and a
	// street read as a recipient (party.go) no longer raise alarms. Then,
	// on those mendings, before they were committed: ota-64 (Forbes: 28)
	// 0.88 (15 of 17) / 0.88 (15 of 17) / 1.00; ota-65 (the Daily Mail:
	// 29) 0.92 (11 of 12) / 0.73 (11 of 15) / 0.91; ota-66 (Logitech,
	// National Geographic: 47) 1.00 (31 of 31) / 0.91 (31 of 34) / 0.90;
	// ota-67 (Zillow's 30 latest: 30) 1.00 (12 of 12) / 0.63 (12 of 19) /
	// 0.75; ota-68 (OkCupid's 30 latest, the whole body dropped and put
	// back by turns: 30) 1.00 / 1.00 / 1.00; ota-69 (Wix's 30 latest: 30)
	// 1.00 (18 of 18) / 0.90 (18 of 20) / 0.89. Zillow's banner of a
	// coming update (027, 028) was mended the same day (banner.go). Then,
	// on that mending, before it was committed: ota-70 (Thryv's 30
	// latest) 1.00 (13 of 13) / 0.81 (13 of 16) / 0.92; ota-71 (Xfinity's
	// 30 latest) 0.93 (13 of 14) / 0.93 (13 of 14) / 0.92; ota-72 (Fox
	// News, W3Schools: 47) 1.00 (25 of 25) / 0.83 (25 of 30) / 1.00;
	// ota-73 (Criteo, Windstream's 20 latest: 40) 1.00 (6 of 6) / 0.55 (6
	// of 11) / 0.50; ota-74 (Vodafone Ireland: 35) 1.00 (17 of 17) / 0.68
	// (17 of 25) / 0.82; ota-75 (The Register's 30 latest) 1.00 (4 of 4) /
	// 0.80 (4 of 5) / 0.75. Its miss, Xumo-branded services put in the
	// services Xfinity's policy applies to (ota-71 012), and the letters
	// a capture leaves beside an address Cloudflare hid (ota-73 028, 029;
	// ota-60 026, 027) were mended the same day (coveredname.go,
	// contact.go). Then, on that mending, as it was committed, six
	// more, run once and left as they ran: ota-76 (Google Nest's 30
	// latest, mostly its US and UK pages captured by turns) 1.00 (27 of
	// 27) / 1.00 / 1.00; ota-77 (Alibaba.com's 30 latest) 1.00 (13 of 13)
	// / 0.81 (13 of 16) / 0.92; ota-78 (123Greetings's 30 latest, its
	// site's menu of the day's holidays captured with the policy) 1.00 (3
	// of 3) / 0.13 (3 of 23) / 0.33; ota-79 (Deutsche Bahn, ironSource:
	// 34) 1.00 (20 of 20) / 0.87 (20 of 23) / 0.65; ota-80 (Dailymotion:
	// 22) 1.00 (15 of 15) / 0.75 (15 of 20) / 0.73; ota-81 (Woman's Day's
	// 30 latest) 0.94 (16 of 17) / 0.80 (16 of 20) / 0.88. Then, at
	// 24fe275 (2026-12-06), eight more, before their labels were read:
	// ota-82 (Booking.com's 30 latest) 1.00 (9 of 9) / 1.00 / 0.89;
	// ota-83 (the Wikimedia Foundation's 30 latest, its menu of
	// translations alone changing) no material update / 2 false alarms;
	// ota-84 (Yahoo's 30 latest, its US and French pages captured by
	// turns) 1.00 (21 of 21) / 0.91 (21 of 23) / 0.52; ota-85 (PayPal's 30
	// latest) 1.00 (2 of 2) / 1.00 / 0.50; ota-86 (The Guardian, Last.fm:
	// 36) 0.93 (14 of 15) / 0.58 (14 of 24) / 0.93; ota-87 (Netflix, the
	// Financial Times: 28) 1.00 (17 of 17) / 0.81 (17 of 21) / 1.00;
	// ota-88 (Microsoft's 30 latest) 1.00 (24 of 24) / 0.92 (24 of 26) /
	// 0.96; ota-89 (HSBC, TIME: 34) 1.00 (9 of 9) / 0.64 (9 of 14) / 0.89.
	// Its miss, an opt-out page taken from Last.fm's list of them (ota-86
	// 032), was mended the same day (pointerlist.go), as were a menu of
	// languages whose links' titles hold brackets (classify.go's
	// mdLinkRE), a link's title changed (picture.go), a time stamp in
	// another time zone (stampline.go), a pointer to a section given its
	// title (picture.go), a home page captured where the policy stood
	// (nopolicy.go) and a site's menu above the policy's title
	// (abovetitle.go, which took 23 false alarms off ota-53 to ota-57). The Guardian's "[Add the Guardian on
	// Google](https://www.google.com/…)", put in and taken out by turns,
	// still reads a guardian of a child (ota-86 010 to 017). Then, on
	// that mending, before it was committed, eight more: ota-90
	// (Shockwave.com's 30 latest, a mailbox Cloudflare hid by turns) no
	// material update / no false alarm; ota-91 (Toyota Connected
	// Services's 30 latest) 0.95 (18 of 19) / 0.72 (18 of 25) / 0.67;
	// ota-92 (Vinted's 30 latest) 1.00 (21 of 21) / 0.88 (21 of 24) /
	// 0.81; ota-93 (WebProNews, World Market: 34) 0.89 (8 of 9) / 0.89 /
	// 0.88; ota-94 (ASUS, Wolfram: 32) 1.00 (17 of 17) / 0.89 (17 of 19)
	// / 0.88; ota-95 (happn, Simpli.fi: 30) 0.86 (6 of 7) / 0.86 / 0.83;
	// ota-96 (Amazon.com, CNN International: 30) 1.00 (13 of 13) / 0.76
	// (13 of 17) / 0.69; ota-97 (Coinbase, Bolt: 32) 1.00 (9 of 9) / 0.60
	// (9 of 15) / 0.89. Its miss, a footnote to Toyota's request figures
	// saying which requests are not offered (ota-91 021), was mended the
	// same day (metrics.go), as were a note on which language's text
	// governs (translation.go) and an e-mail link made to write to the
	// address it shows (mailtofixed.go). Then, on that mending, before it
	// was committed, eight more, of companies one of whose updates
	// ../shared/materiality/real holds: ota-98 (Aetna's 30 latest) 1.00
	// (8 of 8) / 0.47 (8 of 17) / 0.88; ota-99 (Airbnb's 30 latest) 1.00
	// (5 of 5) / 1.00 / 0.60; ota-100 (Telegram, Discord: 33) 1.00 (18 of
	// 18) / 0.95 / 0.83; ota-101 (Pinterest, Twitch: 34) 1.00 (9 of 9) /
	// 0.64 / 0.89; ota-102 (Zoom, Cloudflare: 34) 1.00 (21 of 21) / 0.91 /
	// 0.81; ota-103 (Stack Overflow, Mozilla: 30) 1.00 (16 of 16) / 0.84
	// / 0.81; ota-104 (Xing, Philip Morris International: 34) 0.94 (17 of
	// 18) / 1.00 / 0.59; ota-105 (Amazon Advertising, Vimeo: 30) 1.00 (17
	// of 17) / 0.94 / 0.65. Aetna's menu note "Opens a new window or tab"
	// (ota-98 013, 017) was mended the same day (fold.go's newWindowRE).
	// Then, on fe3816d, eight more, run once and left as they ran:
	// ota-106 (Donkey Republic's 30 latest) 1.00 (11 of 11) / 1.00 / 0.73;
	// ota-107 (ACDelco's 30 latest) 1.00 (11 of 11) / 0.65 (11 of 17) /
	// 1.00; ota-108 (Gmail, Spotify: 30) 1.00 (12 of 12) / 0.86 / 0.83;
	// ota-109 (Academia.edu, Gartner: 33) 0.68 (17 of 25) / 0.85 / 0.59 as
	// labelled, its eight misses a mailbox Cloudflare hid and showed by
	// turns, relabelled minor as ota-49's were (the file's header): 1.00
	// (17 of 17); ota-110 (Jeeng, Ethereum: 34) 1.00 (5 of 5) / 0.50 /
	// 0.60; ota-111 (Cloudant, USA.gov: 32) 0.92 (12 of 13) / 0.63 /
	// 0.92; ota-112 (Visible, Polyfill.io: 32) 1.00 (7 of 7) / 1.00 /
	// 0.86; ota-113 (SponsorBlock, Mix: 28) 1.00 (17 of 17) / 0.94 /
	// 0.47. Then round 55, the other updates of companies one of whose
	// updates ../shared/materiality/real holds (those updates left out of
	// the pair lists), first run on ea7fb42: ota-114 (Qwant: 19) 0.92 (11
	// of 12) / 0.92 / 0.91; ota-115 (AdSense: 24) 1.00 (8 of 8) / 0.89 /
	// 0.75; ota-116 (Allrecipes: 23) 1.00 (17 of 17) / 0.94 / 0.88;
	// ota-117 (AcuityAds, AdRoll: 22) 1.00 (16 of 16) / 0.84 / 0.81;
	// ota-118 (Proton Mail, Wire, Olvid: 23) 0.75 (3 of 4) / 0.38 / 0.67;
	// ota-119 (Instacart, Infolinks, WordPress.org: 17) 1.00 (11 of 11) /
	// 1.00 / 0.64; ota-120 (Flickr, DeviantArt, Epassi: 20) 1.00 (10 of
	// 10) / 0.77 / 0.90; ota-121 (Chrome and Chrome OS, sony.com: 21) 1.00
	// (6 of 6) / 0.60 / 0.50. Its two misses and eight of its false
	// alarms were mended (round55_test.go). Then round 56, first run on
	// the working tree of those mendings: ota-122 (WordPress.com, Linear:
	// 24) 0.83 (5 of 6) / 0.83 / 0.60; ota-123 (Deliveroo, BBC: 24) 1.00
	// (12 of 12) / 0.86 / 0.58; ota-124 (Y Combinator, Finnair: 22) 1.00
	// (9 of 9) / 0.82 / 1.00; ota-125 (Blizzard, Samsung: 21) 0.88 (7 of
	// 8) / 0.78 / 0.71; ota-126 (Swiss Post, TP-Link: 20) 0.89 (8 of 9) /
	// 1.00 / 0.75; ota-127 (IMDb, Hugging Face, The New York Times: 25)
	// 1.00 (13 of 13) / 0.81 / 0.77; ota-128 (Substack, Steam, Better
	// Stack: 24) 1.00 (9 of 9) / 0.90 / 0.56; ota-129 (Lyft, Foursquare:
	// 16) 1.00 (9 of 9) / 1.00 / 0.78. One miss (ota-122 023) and the
	// site's frame cut off at both ends (ota-123 013, ota-125 001, ota-127
	// 002) were mended. Then round 57, run once on a0127e8 and left as it
	// ran: ota-130 (hi5, Tagged: 20) 1.00 (14 of 14) / 0.88 / 0.86;
	// ota-131 (OKX, Coolmath4Kids: 20) 1.00 (10 of 10) / 0.67 / 0.70;
	// ota-132 (meet.jit.si, LibraryThing: 18) 1.00 (7 of 7) / 0.88 /
	// 0.43; ota-133 (Google Pay, Couchsurfing: 18) 1.00 (10 of 10) / 0.83
	// / 1.00; ota-134 (Waze, Thunderbird: 16) 1.00 (11 of 11) / 1.00 /
	// 0.64; ota-135 (Spark, Mailjet: 16) 1.00 (11 of 11) / 0.79 / 0.55;
	// ota-136 (sourcehut, Starlink, Kick: 21) 1.00 (11 of 11) / 0.85 /
	// 0.91; ota-137 (Paradox Interactive, Viaplay, Revcontent: 20) 1.00 (6
	// of 6) / 1.00 / 1.00. Rounds 58 to 61 (ota-138 to ota-169, 625 updates), each
	// run once on the rules mended after the round before (the first on
	// 3b8c8d3): 0.934 (71 of 76) / 0.86 / 0.79; 0.835 (81 of 97) / 0.88 /
	// 0.74; 0.926 (50 of 54) / 0.74 / 0.76; 0.909 (60 of 66) / 0.71 /
	// 0.82. Sixteen of the 31 misses are an address Cloudflare hides in
	// the capture and shows by turns, labelled material as written (see
	// the comments below); Viber's partner lists (5) were mended. Then
	// round 62 (ota-170 to ota-177, 161 updates), run once on the
	// session's final rules and left as it ran: 0.984 (61 of 62) / 0.73 /
	// 0.59; its privacy policies alone (ota-174 to ota-177) 1.00 (32 of
	// 32) / 0.84 / 0.91.
	for _, tc := range []struct {
		env, repo, file     string
		precision, category float64
		recall              float64 // 0: every material update caught
	}{
		{"REDLINE_OTA_GENAI", "OpenTermsArchive/genai-eu-versions", "testdata/ota-39.tsv", 1.00, 0.66, 0},
		{"REDLINE_OTA_GENAI", "OpenTermsArchive/genai-eu-versions", "testdata/ota-40.tsv", 0.91, 0.85, 0},
		{"REDLINE_OTA_GENAI", "OpenTermsArchive/genai-eu-versions", "testdata/ota-41.tsv", 0.91, 0.78, 0},
		{"REDLINE_OTA_VLOPSES", "OpenTermsArchive/vlopses-us-versions", "testdata/ota-42.tsv", 0.60, 0.58, 0},
		{"REDLINE_OTA_DATING", "OpenTermsArchive/dating-versions", "testdata/ota-43.tsv", 0.94, 0.73, 0},
		{"REDLINE_OTA_DATING", "OpenTermsArchive/dating-versions", "testdata/ota-44.tsv", 0.89, 0.88, 0},
		{"REDLINE_OTA_VLOPSES", "OpenTermsArchive/vlopses-us-versions", "testdata/ota-45.tsv", 0.89, 0.84, 0},
		{"REDLINE_OTA_VLOPSES", "OpenTermsArchive/vlopses-us-versions", "testdata/ota-46.tsv", 0.59, 0.65, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-49.tsv", 0.12, 0.99, 0},
		// 058, 062, 064, 065, 067, 070: Viber's link to its list of
		// advertising partners re-pointed to each new edition of the list
		// ("…-List-26.1.2025.pdf" → "…-List-April-2025.pdf"), labelled
		// minor here ("link target only"); ota-147's labeller, reading the
		// same links in Viber's cookie policy, labelled them material. The
		// rules ask a reviewer to confirm another edition of a list of
		// recipients (listrelinked.go), whichever year it is dated.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-50.tsv", 0.19, 0.82, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-51.tsv", 0.85, 0.77, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-52.tsv", 0.65, 0.94, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-53.tsv", 0.59, 0.88, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-54.tsv", 0.62, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-55.tsv", 0.82, 0.95, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-56.tsv", 0.79, 0.74, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-57.tsv", 0.85, 0.88, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-58.tsv", 0.90, 0.72, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-59.tsv", 0.72, 0.88, 0},
		// 024: The Trade Desk's mailboxes hidden by Cloudflare, which this
		// labeller reads as written and earlier ones as the same contacts
		// (ota-55's header); 014: Palantir's DPO at another street of
		// Frankfurt, which the rules call the same addressee (officetown.go).
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-60.tsv", 0.95, 0.94, 0.90},
		// 008: Evernote's privacy team at another street of Zurich, as above.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-61.tsv", 0.77, 0.85, 0.93},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-62.tsv", 0.94, 0.70, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-63.tsv", 0.82, 0.65, 0},
		// 004, 014: Forbes's links to exercise rights and decline cookies
		// moved from TrustArc's site to the Network Advertising
		// Initiative's and to Forbes's own: the rules call a link moved
		// between outside sites, or to the author's own, a page moved
		// (linkparty.go; three labelled updates say so, this one not).
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-64.tsv", 0.88, 0.99, 0.88},
		// 026: the Daily Mail's office from 2 to 9 Derry Street, London,
		// which batch 33's writer labelled minor for the same edit (b33-12).
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-65.tsv", 0.73, 0.90, 0.91},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-66.tsv", 0.91, 0.90, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-67.tsv", 0.70, 0.75, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-68.tsv", 1.00, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-69.tsv", 0.90, 0.88, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-70.tsv", 0.81, 0.92, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-71.tsv", 0.93, 0.92, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-72.tsv", 0.89, 0.96, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-73.tsv", 0.66, 0.50, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-74.tsv", 0.70, 0.82, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-75.tsv", 0.80, 0.75, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-76.tsv", 1.00, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-77.tsv", 0.81, 0.92, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-78.tsv", 0.13, 0.33, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-79.tsv", 0.86, 0.65, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-80.tsv", 0.75, 0.73, 0},
		// 004: Woman's Day's video ads partner, named only by the address
		// of its policy ("by visiting http://www.yume.com/privacy.php" →
		// "http://www.tremorvideo.com/about-us/privacy/"), as ota-64 004.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-81.tsv", 0.80, 0.87, 0.94},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-82.tsv", 1.00, 0.88, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-83.tsv", 1.00, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-84.tsv", 0.91, 0.52, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-85.tsv", 1.00, 0.50, 0},
		// 010 to 017: "[Add the Guardian on Google](…)", a link of the
		// site's chrome, reads a child's guardian.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-86.tsv", 0.62, 0.86, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-87.tsv", 0.80, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-88.tsv", 0.95, 0.95, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-89.tsv", 1.00, 0.88, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-90.tsv", 1.00, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-91.tsv", 0.73, 0.63, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-92.tsv", 0.91, 0.80, 0},
		// 029: World Market's link to opt out of sale, once a script that
		// opened the site's preferences, now its own request form: the
		// rules call a way to act moved to a form on the author's own
		// site the same way (TestMailboxToSite's twin).
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-93.tsv", 0.88, 0.87, 0.88},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-94.tsv", 0.89, 0.88, 0},
		// 027: "Simpli.fi Holdings, Inc." → "Simpli.fi Holdings, LLC", the
		// company under another legal form, which the rules call the same
		// party (sequence.go's companyForm: "WhatsApp Inc." → "WhatsApp
		// LLC").
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-95.tsv", 0.85, 0.83, 0.85},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-96.tsv", 0.76, 0.69, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-97.tsv", 0.64, 0.88, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-98.tsv", 0.53, 0.87, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-99.tsv", 1.00, 0.60, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-100.tsv", 0.94, 0.83, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-101.tsv", 0.64, 0.88, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-102.tsv", 0.91, 0.80, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-103.tsv", 0.84, 0.81, 0},
		// 010: "[XING Exchange](…/datenschutz)" dropped from the list of
		// applications with privacy information of their own: an item of
		// a list of pointers, which the rules, as ota-025 to 027's
		// labeller, read as pointing to a notice judged where it is
		// (pointerlist.go); this labeller reads the policy's reach
		// narrowed.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-104.tsv", 1.00, 0.58, 0.94},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-105.tsv", 0.94, 0.64, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-106.tsv", 1.00, 0.72, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-107.tsv", 0.64, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-108.tsv", 0.85, 0.83, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-109.tsv", 0.85, 0.58, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-110.tsv", 0.83, 0.60, 0},
		// 031: "Read the General Services Administration (GSA) website
		// policies … to understand what policies and procedures USAGov
		// follows as a GSA-managed website" put in, which the labeller
		// reads as naming the agency that runs the site.
		// 013 (the Global Cross-Border Privacy Rules put in) had its
		// labelled category, transfers, named only by the list of sections
		// the release updated ("Facilitating International Transfers"),
		// which round 55 reads as pointing to them (changelog.go): the
		// rules now read the rules' name as a name of data.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-111.tsv", 0.80, 0.83, 0.92},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-112.tsv", 1.00, 0.85, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-113.tsv", 0.94, 0.47, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-114.tsv", 1.00, 0.91, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-115.tsv", 0.88, 0.75, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-116.tsv", 1.00, 0.88, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-117.tsv", 0.88, 0.81, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-118.tsv", 0.50, 0.75, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-119.tsv", 1.00, 0.63, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-120.tsv", 0.76, 0.90, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-121.tsv", 0.75, 0.50, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-122.tsv", 0.85, 0.66, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-123.tsv", 0.92, 0.58, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-124.tsv", 0.81, 0.99, 0},
		// 013: Samsung's controller and DPO moved from 1000 to 2000
		// Hillswood Drive, Chertsey: the same addressee at another street
		// of the same town, read as such (officemoved.go), as earlier
		// labellers did; this one reads the address for requests changed.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-125.tsv", 0.87, 0.71, 0.87},
		// 007: a new notice, for Swiss Post's branches, put in the index
		// of its notices as a heading, a line and a link: read as the
		// index's navigation; the labeller (borderline) reads the set of
		// notices widened.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-126.tsv", 1.00, 0.75, 0.88},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-127.tsv", 0.86, 0.76, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-128.tsv", 0.90, 0.55, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-129.tsv", 1.00, 0.77, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-130.tsv", 0.87, 0.85, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-131.tsv", 0.66, 0.70, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-132.tsv", 0.87, 0.42, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-133.tsv", 0.83, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-134.tsv", 1.00, 0.63, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-135.tsv", 0.78, 0.54, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-136.tsv", 0.84, 0.90, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-137.tsv", 1.00, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-138.tsv", 0.89, 0.77, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-139.tsv", 0.99, 0.82, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-140.tsv", 0.92, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-141.tsv", 0.85, 0.82, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-142.tsv", 0.72, 0.49, 0},
		// 008 to 010: We Heart It's address for requests hidden by Cloudflare
		// ("[email protected]") and shown again, labelled material as written;
		// the rules read the hidden address as the same one (contact.go), as
		// most labellers of such toggles did.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-143.tsv", 0.99, 0.66, 0.74},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-144.tsv", 0.99, 0.74, 0},
		// 011, 012: the same Cloudflare toggle, IPinfo's address.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-145.tsv", 0.69, 0.85, 0.77},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-146.tsv", 0.99, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-147.tsv", 0.99, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-148.tsv", 0.69, 0.70, 0},
		// 013 to 019: the same Cloudflare toggle, Kraken's address for cookie
		// questions, seven times.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-149.tsv", 0.99, 0.99, 0.58},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-150.tsv", 0.90, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-151.tsv", 0.72, 0.99, 0},
		// 008: the postal address moved from 1501 to 1401 Main Street, the
		// same addressee on the same street (officemoved.go); 010: a picture
		// of the contact address put in (a picture commits to nothing,
		// picture.go).
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-152.tsv", 0.99, 0.61, 0.79},
		// 016: dialog-Mail, named for the newsletter, named again for the
		// website's newsletter elements; 023: FedEx's controller from
		// Taurusavenue 111 to 125, the same addressee on the same street.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-153.tsv", 0.82, 0.79, 0.82},
		// 014, 016, 019: the Cloudflare toggle again, IKEA's data protection
		// officer's address; its category is 0 (none of 3 caught).
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-154.tsv", 0.99, 0.00, 0.49},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-155.tsv", 0.29, 0.66, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-156.tsv", 0.61, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-157.tsv", 0.90, 0.39, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-158.tsv", 0.88, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-159.tsv", 0.77, 0.85, 0},
		// 006: the Cloudflare toggle, MouthShut's privacy address.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-160.tsv", 0.99, 0.99, 0.82},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-161.tsv", 0.81, 0.88, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-162.tsv", 0.78, 0.90, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-163.tsv", 0.78, 0.81, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-164.tsv", 0.61, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-165.tsv", 0.82, 0.89, 0},
		// 013: Urban Dictionary's form for requests moved from one provider's
		// site to another's (cookiepro.com to wufoo.com), read as a link re-
		// pointed.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-166.tsv", 0.89, 0.88, 0.89},
		// 016 to 018: "Simpli.fi Holdings, Inc." and "…, LLC" by turns, read
		// as the same company; the labeller reads the legal entity changed.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-167.tsv", 0.66, 0.82, 0.66},
		// 010: a paragraph break moved in Google's Ads Data Processing Terms,
		// so that "other than on the basis of an optional data protection
		// framework" reads on all three adequacy cases, not only the Swiss
		// one; 011: an addendum for U.S. state laws put in the list of terms
		// that supplement them.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-168.tsv", 0.88, 0.37, 0.79},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-169.tsv", 0.99, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-170.tsv", 0.54, 0.16, 0},
		// 007: a banner announcing that Google's EU User Consent Policy will
		// cover Switzerland from a date, its body unchanged until the next
		// capture: read as an announcement, the change judged where it is
		// written.
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-171.tsv", 0.99, 0.24, 0.88},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-172.tsv", 0.44, 0.19, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-173.tsv", 0.66, 0.29, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-174.tsv", 0.87, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-175.tsv", 0.88, 0.87, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-176.tsv", 0.88, 0.99, 0},
		{"REDLINE_OTA_VERSIONS", "OpenTermsArchive/contrib-versions", "testdata/ota-177.tsv", 0.74, 0.77, 0},
		// Round 63 (2026-12-06, late), privacy policies of two more of
		// Open Terms Archive's collections, first run on 86df77c and left
		// as it ran: the Amazon.com privacy notice and Shopify's,
		// Skyscanner's and Tradera's (ota-178: 1.00, 6 of 6 / 0.86 /
		// 0.50); Blacklane's and Fairbnb.coop's (ota-179: 0.75, 3 of 4 /
		// 1.00 / 1.00); TikTok's (ota-180: 0.60, 6 of 10 / 1.00 / 0.33);
		// Facebook's, Instagram's, LinkedIn's and Snapchat's (ota-181:
		// 1.00, 6 of 6 / 0.75 / 0.83). Tradera's office moved within
		// Stockholm is read as a new party (013). Fairbnb's miss (012) is
		// an address Cloudflare hid, shown again: the same address, as
		// the rules keep it. TikTok's four are a banner announcing a UK
		// policy to come, labelled material both ways: put in, it is
		// flagged for the place it names; taken out, it is not. Facebook's
		// two false alarms are its British and American texts captured by
		// turns ("shoe shop" → "shoe store", "post" → "mail").
		{"REDLINE_OTA_P2B", "OpenTermsArchive/p2b-compliance-versions", "testdata/ota-178.tsv", 0.85, 0.50, 0},
		{"REDLINE_OTA_P2B", "OpenTermsArchive/p2b-compliance-versions", "testdata/ota-179.tsv", 1.00, 1.00, 0.75},
		{"REDLINE_OTA_USER_RIGHTS", "OpenTermsArchive/user-rights-versions", "testdata/ota-180.tsv", 1.00, 0.33, 0.60},
		{"REDLINE_OTA_USER_RIGHTS", "OpenTermsArchive/user-rights-versions", "testdata/ota-181.tsv", 0.75, 0.83, 0},
	} {
		t.Run(strings.TrimSuffix(strings.TrimPrefix(tc.file, "testdata/"), ".tsv"), func(t *testing.T) {
			holdHistoryMissed(t, tc.env, tc.repo, tc.file, cmp.Or(tc.recall, 1), tc.precision, tc.category)
		})
	}
}
