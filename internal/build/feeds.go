package build

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"sort"
	"time"

	"github.com/redline-legal/redline/internal/site"
)

// atomFeed is an Atom 1.0 feed (RFC 4287).
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Links   []atomLink  `xml:"link"`
	Updated string      `xml:"updated"`
	Author  atomPerson  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title     string     `xml:"title"`
	ID        string     `xml:"id"`
	Links     []atomLink `xml:"link"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Summary   string     `xml:"summary"`
	Category  []atomCat  `xml:"category,omitempty"`
}

type atomCat struct {
	Term string `xml:"term,attr"`
}

func atomDate(d site.Date) string { return d.Time().Format(time.RFC3339) }

// feed is the Atom feed of a brand's policy changes, newest first.
func (b *builder) feed(br *site.Brand) ([]byte, error) {
	f := atomFeed{
		Title:   br.DisplayName() + " policy changes",
		ID:      br.BaseURL,
		Links:   []atomLink{{Rel: "self", Type: "application/atom+xml", Href: br.BaseURL + "feed.xml"}, {Href: br.BaseURL}},
		Author:  atomPerson{Name: br.DisplayName()},
		Updated: atomDate(b.opts.Now),
	}
	if br.LegalName != "" {
		f.Author.Name = br.LegalName
	}
	var versions []*site.Version
	for _, p := range br.Policies {
		versions = append(versions, b.view(p).Versions...)
	}
	sort.SliceStable(versions, func(i, j int) bool {
		a, c := versions[i], versions[j]
		if !a.Published.Equal(c.Published) {
			return a.Published.After(c.Published)
		}
		if a.Policy.ID != c.Policy.ID {
			return a.Policy.ID < c.Policy.ID
		}
		return a.Number > c.Number
	})
	if len(versions) > 0 {
		f.Updated = atomDate(versions[0].Published)
	}
	for _, v := range versions {
		e := atomEntry{
			Title:     fmt.Sprintf("%s, version %d: takes effect %s", v.Title, v.Number, v.Effective.Long()),
			ID:        b.brandURL(br, versionPath(v)),
			Links:     []atomLink{{Href: b.brandURL(br, versionPath(v))}},
			Published: atomDate(v.Published),
			Updated:   atomDate(v.Published),
			Summary:   v.Summary,
		}
		if v.Number > 1 {
			if c := b.changesPath(v.Policy, v.Number-1, v.Number); c != "" {
				e.Links = append(e.Links, atomLink{Rel: "related", Type: "text/html", Href: b.brandURL(br, c)})
			}
		}
		if v.Material {
			e.Category = append(e.Category, atomCat{Term: "material"})
			e.Summary = "Material change. " + e.Summary
		}
		f.Entries = append(f.Entries, e)
	}
	return marshalXML(f)
}

func marshalXML(v any) ([]byte, error) {
	out, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(append([]byte(xml.Header), out...), '\n'), nil
}

type urlset struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// sitemap lists every public page under the site's base URL.
func (b *builder) sitemap() ([]byte, error) {
	base := b.site.Config.BaseURL
	s := urlset{URLs: []sitemapURL{{Loc: base}}}
	for _, br := range b.site.Brands {
		s.URLs = append(s.URLs, sitemapURL{Loc: base + br.ID + "/"})
		for _, p := range br.Policies {
			v := b.view(p)
			if len(v.Versions) == 0 {
				continue
			}
			latest := v.Versions[len(v.Versions)-1].Published.String()
			s.URLs = append(s.URLs,
				sitemapURL{Loc: base + policyPath(p, ""), LastMod: latest},
				sitemapURL{Loc: base + policyPath(p, "history/"), LastMod: latest})
			for _, ver := range v.Versions {
				s.URLs = append(s.URLs, sitemapURL{Loc: base + versionPath(ver), LastMod: ver.Published.String()})
			}
		}
	}
	for _, path := range sortedSet(b.redlines) {
		s.URLs = append(s.URLs, sitemapURL{Loc: base + path})
	}
	return marshalXML(s)
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// VersionsIndex is versions.json: a machine-readable index of a policy's versions.
type VersionsIndex struct {
	Brand    string         `json:"brand"`
	Policy   string         `json:"policy"`
	Title    string         `json:"title"`
	URL      string         `json:"url"`
	AsOf     string         `json:"asOf"`    // the build date the statuses refer to
	InForce  int            `json:"inForce"` // version number in force on AsOf, 0 if none
	Versions []VersionEntry `json:"versions"`
}

// VersionEntry is one version in versions.json.
type VersionEntry struct {
	Version   int          `json:"version"`
	Title     string       `json:"title"`
	Published string       `json:"published"`
	Effective string       `json:"effective"`
	Status    string       `json:"status"` // "in force", "upcoming" or "superseded"
	Material  bool         `json:"material"`
	Urgent    string       `json:"urgent,omitempty"`
	Imported  *site.Source `json:"imported,omitempty"` // where a version redline import brought in came from
	Summary   string       `json:"summary"`
	URL       string       `json:"url"`
	Changes   string       `json:"changes,omitempty"` // redline page from the previous version
	File      string       `json:"file"`              // path of the published file in the site's repository
	SHA256    string       `json:"sha256"`            // its hash, as in versions.sum
}

func (b *builder) versionsJSON(v *PolicyView) ([]byte, error) {
	p, br := v.Policy, v.Policy.Brand
	idx := VersionsIndex{Brand: br.ID, Policy: p.ID, Title: p.Title(), URL: b.brandURL(br, policyPath(p, "")),
		AsOf: b.opts.Now.String(), Versions: make([]VersionEntry, 0, len(v.Versions))}
	if v.InForce != nil {
		idx.InForce = v.InForce.Number
	}
	for _, ver := range v.Versions {
		e := VersionEntry{Version: ver.Number, Title: ver.Title, Published: ver.Published.String(),
			Effective: ver.Effective.String(), Status: ver.Status(b.opts.Now), Material: ver.Material,
			Urgent: ver.Urgent, Summary: ver.Summary, URL: b.brandURL(br, versionPath(ver)),
			File: ver.File, SHA256: ver.Sum[len("sha256:"):]}
		if ver.Imported {
			e.Imported = &ver.Source
		}
		if ver.Number > 1 {
			if c := b.changesPath(p, ver.Number-1, ver.Number); c != "" {
				e.Changes = b.brandURL(br, c)
			}
		}
		idx.Versions = append(idx.Versions, e)
	}
	out, err := json.MarshalIndent(idx, "", "  ")
	return append(out, '\n'), err
}
