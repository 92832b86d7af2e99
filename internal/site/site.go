// Package site reads a redline site folder into a model — config, brands,
// policies, their drafts and published versions — and validates it. It is the
// only package that knows the folder layout:
//
//	config.toml
//	content/<brand>/<policy>.md          drafts
//	content/<brand>/_index.md            optional brand landing text
//	versions/<brand>/<policy>/v<N>.md    published versions, immutable
//	versions/versions.sum                their hashes
//
// It reads through an fs.FS; its one writer is Publication, which puts new
// published files in place all at once. "now" is always an argument.
package site

import (
	"io/fs"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/redline-legal/redline/internal/diag"
)

// Site is a whole site folder, loaded and validated.
type Site struct {
	FS     fs.FS    // the site folder
	Config *Config  // config.toml
	Brands []*Brand // sorted by id
}

// Brand is one brand: its settings and its policies.
type Brand struct {
	ID string
	BrandConfig
	NoticeDays int // the notice period in force for this brand

	Intro     []byte // Markdown body of content/<brand>/_index.md, if any
	IntroFile string
	IntroLine int // line of the file where Intro starts

	Policies []*Policy // sorted by id
}

// Policy is one policy of a brand, e.g. omnicrm/privacy.
type Policy struct {
	Brand *Brand
	ID    string
	Draft *Document // content/<brand>/<policy>.md; nil when there is none
	// DraftErrors are the problems of a draft that cannot be read (front
	// matter never closed, say); Draft is nil then. Load does not fail on
	// them: the commands that use the draft (release, diff, check, build
	// --drafts) do, and the others warn.
	DraftErrors diag.List
	Versions    []*Version // published versions, Versions[i].Number == i+1
}

// Document is a policy text: a draft or the text of a published version.
type Document struct {
	File     string // path in the site folder, slash-separated
	Title    string
	Summary  string
	Body     []byte // Markdown, front matter removed
	BodyLine int    // line of File where Body starts

	// Params holds the front matter fields redline does not use itself,
	// for a site's own layouts (as .Version.Params.owner, say).
	Params map[string]any

	// Overrides are reviewers' verdicts on single changes ([[override]]).
	Overrides []Override

	front []byte // the TOML front matter, to find the line of a field

	lazy     string // a published version whose Body is not read yet (Site.LoadBodies): its hash
	lazySize int64  // and the size of its file
	sum      string // a published version's hash, for Site.ReleaseBodies
}

// TextBytes is the size of the site's texts, published and drafts, read
// or not yet read: what a build that renders every page holds of them.
func (s *Site) TextBytes() int64 {
	var n int64
	for _, b := range s.Brands {
		for _, p := range b.Policies {
			n += p.TextBytes()
		}
	}
	return n
}

// TextBytes is the size of a policy's texts, published and draft, read or
// not yet read.
func (p *Policy) TextBytes() int64 {
	var n int64
	add := func(d *Document) {
		if d.lazy != "" {
			n += d.lazySize
		} else {
			n += int64(len(d.Body))
		}
	}
	for _, v := range p.Versions {
		add(&v.Document)
	}
	if p.Draft != nil {
		add(p.Draft)
	}
	return n
}

// Override is a reviewer's verdict on one change between the previous
// version and this text, as [[override]] in front matter: which change (its
// id, as "redline diff" shows it), the verdict, who decided and why.
type Override struct {
	Change   string `toml:"change"`
	Material bool   `toml:"material"`
	By       string `toml:"by"`
	Reason   string `toml:"reason"`
}

// Front returns the document's TOML front matter as written.
func (d *Document) Front() []byte { return d.front }

// FieldLine returns the line of the document's file on which a front
// matter field is set, or 1 (the front matter) when it cannot tell.
func (d *Document) FieldLine(field string) int {
	if n := keyLine(d.front, []string{field}); n > 0 {
		return 1 + n
	}
	return 1
}

// OverrideLine returns the line of the i-th [[override]] table.
func (d *Document) OverrideLine(i int) int {
	n := 0
	for k, line := range strings.Split(string(d.front), "\n") {
		if strings.TrimSpace(line) == "[[override]]" {
			if n == i {
				return k + 2
			}
			n++
		}
	}
	return 1
}

// Version is a published version of a policy. Its file never changes.
type Version struct {
	Document
	Policy    *Policy
	Number    int
	Published Date   // when it was published
	Effective Date   // when it takes effect
	Material  bool   // a change from the previous version needs notice
	Urgent    string // why a material change takes effect with short notice
	Sum       string // "sha256:<hex>" of the file, as in versions.sum

	// Imported marks a version brought in from the policy's earlier
	// history by redline import: published before this site kept the
	// policy, so the notice period was not this site's to enforce.
	Imported bool
	Source   Source // where an imported version came from
}

// Source is where an imported version came from, as its [source] table
// records it: a file of a git repository at a commit, or a file of a folder.
type Source struct {
	Repository string `toml:"repository" json:"repository,omitempty"` // the repository's remote URL, or the folder it was read from
	Path       string `toml:"path" json:"path"`                       // the file, inside the repository or folder
	Commit     string `toml:"commit" json:"commit,omitempty"`         // the commit it was read at; "" for a folder
}

// Key returns "brand/policy".
func (p *Policy) Key() string { return p.Brand.ID + "/" + p.ID }

// Title is the title of the newest version, or of the draft if none.
func (p *Policy) Title() string {
	if n := len(p.Versions); n > 0 {
		return p.Versions[n-1].Title
	}
	if p.Draft != nil {
		return p.Draft.Title
	}
	return p.ID
}

// Latest returns the newest published version, or nil.
func (p *Policy) Latest() *Version {
	if len(p.Versions) == 0 {
		return nil
	}
	return p.Versions[len(p.Versions)-1]
}

// InForce returns the version in force on day: the highest version whose
// effective date is on or before day. It returns nil when none is yet.
func (p *Policy) InForce(day Date) *Version {
	for i := len(p.Versions) - 1; i >= 0; i-- {
		if !p.Versions[i].Effective.After(day) {
			return p.Versions[i]
		}
	}
	return nil
}

// Upcoming returns the versions published on or before day that take effect after it.
func (p *Policy) Upcoming(day Date) []*Version {
	var out []*Version
	for _, v := range p.Versions {
		if v.Effective.After(day) && !v.Published.After(day) {
			out = append(out, v)
		}
	}
	return out
}

// PublishedBy returns the versions whose published date is on or before day:
// the site as a reader saw it that day.
func (p *Policy) PublishedBy(day Date) []*Version {
	n := sort.Search(len(p.Versions), func(i int) bool { return p.Versions[i].Published.After(day) })
	return p.Versions[:n]
}

// Status describes v on day: "in force", "upcoming" or "superseded".
func (v *Version) Status(day Date) string {
	switch cur := v.Policy.InForce(day); {
	case v.Effective.After(day):
		return "upcoming"
	case cur == v:
		return "in force"
	default:
		return "superseded"
	}
}

// Brand returns the brand with the given id, or nil.
func (s *Site) Brand(id string) *Brand {
	i := sort.Search(len(s.Brands), func(i int) bool { return s.Brands[i].ID >= id })
	if i < len(s.Brands) && s.Brands[i].ID == id {
		return s.Brands[i]
	}
	return nil
}

// Policy returns the policy with the given ids, or nil.
func (b *Brand) Policy(id string) *Policy {
	for _, p := range b.Policies {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// DisplayName is the brand's name, or its id if it has none.
func (b *Brand) DisplayName() string {
	if b.Name != "" {
		return b.Name
	}
	return b.ID
}

// FileDocument is a Markdown file from outside a site, as "redline diff
// OLD.md NEW.md" reads it: its body and the reviewers' [[override]] tables
// of its front matter, if it has any. Other fields are not checked.
func FileDocument(file string, front, body []byte, bodyLine int) (*Document, error) {
	var m struct {
		Title     string     `toml:"title"`
		Overrides []Override `toml:"override"`
	}
	if len(front) > 0 {
		if _, err := toml.Decode(string(front), &m); err != nil {
			return nil, tomlError(file, front, 1, err)
		}
	}
	return &Document{File: file, Title: m.Title, Body: body, BodyLine: bodyLine, Overrides: m.Overrides, front: front}, nil
}
