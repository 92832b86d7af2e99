package material

import (
	"testing"
	"time"
)

// TestCaseListMarkOnly: a list of cases compared word by word, where the
// only token changed is punctuation, trimmed to nothing. Let's Encrypt's
// update of 2019 (letsencrypt/website a9a080c → 6b1e063) mended a broken
// link, "[press@letsencrypt.org] (mailto:…)" → "[press@letsencrypt.org](mailto:…)",
// and the search for the empty word never ended: a build hung. It now
// ends, and a link mended is no change to the commitments.
func TestCaseListMarkOnly(t *testing.T) {
	done := make(chan bool)
	go func() {
		if caseListed("a merger, acquisition, or reorganization", "") {
			t.Error(`caseListed(…, "") = true, want false`)
		}
		rep, _, why := judgeEdit(Builtin(), "Newsletter",
			"You can request to have your email address removed from our list by opting out via MailChimp or emailing us at [press@letsencrypt.org] (mailto:press@letsencrypt.org)",
			"You can request to have your email address removed from our list by opting out via MailChimp or emailing us at [press@letsencrypt.org](mailto:press@letsencrypt.org)")
		if rep.Material {
			t.Errorf("a broken link mended: material, want minor: %v", why)
		}
		done <- true
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("classifying a broken link mended did not end")
	}
}
