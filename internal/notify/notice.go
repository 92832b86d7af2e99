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
	Minor    int      // how many other changes readers can see there are

	PolicyURL  string // the policy's page: the version in force
	VersionURL string // this version's own page
	ChangesURL string // the redline from the previous version; "" for version 1

	// ContactURL is the brand's contact as a link: "mailto:" and the
	// address, or its http(s) URL; "" when it has none.
	ContactURL string

	From    *mail.Address
	ReplyTo *mail.Address // nil when the brand has none

	// Recipient is, in each message, the recipient's columns: "email",
	// "name" and any other of the recipients file.
	Recipient map[string]string

	host string // for Message-IDs
}

// Change is one material change, in plain words.
type Change struct {
	ID      string // the change's id, as "redline diff" shows it
	Section string // "8. International Data Transfers › Safeguards"; "" before the first heading

	// Sentence says what changes for the reader, quoting the words that
	// changed: "How long we keep your data: “data 30 days after” now
	// reads “data 90 days after”."
	Sentence string
	Topic    string // what it is about, for the reader: "How long we keep your data"
	Kind     string // insert, delete, replace or move
	Old, New string // the quoted words before and after, with a few shared words either side

	Reason    string // the reason for a lawyer, as the redline page gives it: "New recipient: Sentry (United States)"
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
	switch {
	case strings.HasPrefix(b.Contact, "http://") || strings.HasPrefix(b.Contact, "https://"):
		n.ContactURL = b.Contact
	case b.Contact != "": // config.toml has checked it is one or the other
		n.ContactURL = "mailto:" + b.Contact
	}
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
		if verdict.Hidden {
			continue // spacing or a comment: nothing a reader could see
		}
		if !verdict.Material {
			n.Minor++
			continue
		}
		ch := &out.Result.Changes[i]
		topic, old, new, sentence := describe(verdict.Category, ch.Section, ch)
		n.Material = append(n.Material, Change{
			ID:        verdict.ID,
			Section:   strings.Join(ch.Section, " › "),
			Sentence:  sentence,
			Topic:     topic,
			Kind:      string(ch.Kind),
			Old:       old,
			New:       new,
			Reason:    verdict.Reason,
			Category:  verdict.Category,
			Direction: verdict.Direction,
			URL:       n.ChangesURL + "#" + verdict.ID,
		})
	}
	return n, nil
}
