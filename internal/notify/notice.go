// Package notify writes the change notices for a published version of a
// policy, one MIME message per recipient, and delivers them over SMTP
// exactly once: a ledger beside the outbox records every message a server
// accepted, so that a run that stops half-way and is started again sends
// the rest and repeats none.
//
// It knows nothing of the command line: it takes a loaded site, the layouts
// and a recipients list, and does no I/O but the outbox, the ledger and the
// SMTP connection it is given.
package notify

import (
	"fmt"
	"net/mail"
	"net/url"
	"strings"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

// Notice is what the change notice for one version says; it is the same
// for every recipient. Layouts see its fields.
type Notice struct {
	Brand    *site.Brand
	Policy   *site.Policy
	Version  *site.Version
	Previous *site.Version // nil for version 1

	Material []Change // the material changes, in the order of the text
	Minor    int      // how many other changes there are

	PolicyURL  string // the policy's page: the version in force
	VersionURL string // this version's own page
	ChangesURL string // the redline from the previous version; "" for version 1

	From    *mail.Address
	ReplyTo *mail.Address // nil when the brand has none

	// Recipient is, in each message, the recipient's columns: "email",
	// "name" and any other of the recipients file.
	Recipient map[string]string

	host string // for Message-IDs
}

// Change is one material change, in plain words.
type Change struct {
	ID        string // the change's id, as "redline diff" shows it
	Section   string // "8. International Data Transfers › Safeguards"; "" before the first heading
	Reason    string // "New recipient: Sentry (United States)"
	Category  string // rubric category id
	Direction string // expands, restricts or neutral
	URL       string // the change on the redline page
}

// NewNotice gathers what the notice for version v says: its material
// changes against the version before it, under the site's rules and the
// overrides v carries.
func NewNotice(s *site.Site, rb *material.Rulebook, v *site.Version) (*Notice, error) {
	p := v.Policy
	b := p.Brand
	n := &Notice{Brand: b, Policy: p, Version: v}
	if b.NoticeFrom == "" {
		return nil, diag.Errorf(site.ConfigFile, s.Config.BrandLine(b.ID), "brand %q has no noticeFrom: change notices need a From address", b.ID).
			WithHint(`add noticeFrom = "%s <privacy@example.com>" to [brands.%s]`, b.DisplayName(), b.ID)
	}
	// config.toml has checked both addresses.
	n.From, _ = mail.ParseAddress(b.NoticeFrom)
	switch {
	case b.NoticeReplyTo != "":
		n.ReplyTo, _ = mail.ParseAddress(b.NoticeReplyTo)
	case b.Contact != "":
		if a, err := mail.ParseAddress(b.Contact); err == nil {
			n.ReplyTo = a
		}
	}
	u, err := url.Parse(b.BaseURL)
	if err != nil || u.Host == "" {
		return nil, diag.Errorf(site.ConfigFile, s.Config.BrandLine(b.ID), "brand %q has no absolute baseURL: notices need absolute links", b.ID)
	}
	n.host = u.Hostname()
	n.PolicyURL = b.BaseURL + p.ID + "/"
	n.VersionURL = fmt.Sprintf("%s%s/v%d/", b.BaseURL, p.ID, v.Number)
	if v.Number == 1 {
		return n, nil
	}
	n.Previous = p.Versions[v.Number-2]
	n.ChangesURL = fmt.Sprintf("%s%s/changes/v%d-v%d/", b.BaseURL, p.ID, v.Number-1, v.Number)
	out, err := review.Compare(rb, &n.Previous.Document, &v.Document)
	if err != nil {
		return nil, err
	}
	for i, verdict := range out.Report.Verdicts {
		if !verdict.Material {
			n.Minor++
			continue
		}
		n.Material = append(n.Material, Change{
			ID:        verdict.ID,
			Section:   strings.Join(out.Result.Changes[i].Section, " › "),
			Reason:    verdict.Reason,
			Category:  verdict.Category,
			Direction: verdict.Direction,
			URL:       n.ChangesURL + "#" + verdict.ID,
		})
	}
	return n, nil
}
