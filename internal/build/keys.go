package build

import (
	"encoding/json"
	"io/fs"
	"strings"

	"github.com/redline-legal/redline/internal/site"
)

// makeSiteKey hashes everything that decides the site's output except the
// drafts: the build's options, the theme (every layout and static file),
// config.toml, the brands' introductions and every published version (by
// its hash, which the site's loader checked against versions.sum). Any
// change to it renders every unit again (from the cache where it can). A
// draft decides its policy's unit (policyKey) and, in a build that shows
// drafts, the pages that list it: the site's and its brand's (unitKey).
// A site with layouts of its own may show any draft on any page: there,
// the drafts' front matter is in the site's key.
func (b *builder) makeSiteKey() (key, error) {
	// Not the build date itself: what it decides. A policy's pages show
	// which versions are published, in force and upcoming on that day, and
	// nothing else of it (TestNextDay), so a build on a new day keeps them
	// unless a version was published or took effect; the pages that print
	// the day (the home page, a brand's page and feed, versions.json) are
	// in units keyed by it (unitKey). A draft's page shows the day.
	k := newKey("site").str(b.opts.Generator)
	if b.opts.Drafts {
		k.str("drafts").str(b.opts.Now.String())
	}
	if b.opts.LocalLinks {
		k.str("local links")
	}
	for _, name := range append([]string{"base.html"}, pageLayouts...) {
		src, _, err := b.opts.Theme.Layout(name)
		if err != nil {
			return key{}, err
		}
		k.str(name).bytes(src)
	}
	names := make([]string, 0, len(b.static))
	for n := range b.static {
		names = append(names, n)
	}
	sortStrings(names)
	for _, n := range names {
		data, err := fs.ReadFile(b.static[n], "static/"+n)
		if err != nil {
			return key{}, site.ReadError("static/"+n, "cannot read", err)
		}
		k.str(n).bytes(data)
	}
	cfg, err := fs.ReadFile(b.site.FS, site.ConfigFile)
	if err != nil {
		return key{}, site.ReadError(site.ConfigFile, "cannot read", err)
	}
	k.bytes(cfg)
	for _, br := range b.site.Brands {
		k.str(br.ID).str(br.IntroFile).bytes(br.Intro)
		for _, p := range br.Policies {
			if len(p.Versions) == 0 && !b.ownLayouts {
				continue // a policy that is only a draft: see above
			}
			k.str(p.ID)
			for _, v := range p.Versions {
				k.str(v.File).str(v.Sum)
				if v.Published.After(b.opts.Now) {
					k.str("not yet published")
				} else {
					k.str(v.Status(b.opts.Now))
				}
			}
			if d := p.Draft; d != nil && b.ownLayouts {
				k.str(d.File).bytes(d.Front())
			}
		}
	}
	return k.sum(), nil
}

// unitKey is the key of a unit that depends on nothing but the site's key
// and, but for the static files, the build date, which its pages print.
func (b *builder) unitKey(name string) key {
	k := newKey("unit").bytes(b.siteKey[:]).str(name)
	if name != "static" {
		k.str(b.opts.Now.String())
	}
	// The home page and a brand's page list the policies that have
	// something to show, drafts too when they are shown, by title.
	if b.opts.Drafts && (name == "site" || strings.HasPrefix(name, "brand:")) {
		for _, br := range b.site.Brands {
			if name != "site" && name != "brand:"+br.ID {
				continue
			}
			for _, p := range br.Policies {
				if d := p.Draft; d != nil {
					k.str(d.File).bytes(d.Front())
				}
			}
		}
	}
	return k.sum()
}

// policyKey is the key of a policy's unit: the site's key and, when drafts
// are shown, the draft's body. A draft with overrides may warrant warnings,
// which only rendering its page gives: its unit has the zero key, never kept.
func (b *builder) policyKey(p *site.Policy) key {
	k := newKey("unit").bytes(b.siteKey[:]).str("policy:" + p.Key())
	if b.opts.Drafts && p.Draft != nil {
		if len(p.Draft.Overrides) > 0 {
			return key{}
		}
		k.str("draft").bytes(p.Draft.Front()).bytes(p.Draft.Body)
	}
	return k.sum()
}

// pairKey is the key of the redline between two texts, with its labels and
// the link to the full text; judged, with the newer text's overrides and the
// site's rules too.
func (b *builder) pairKey(old, new *site.Document, from, to, full string, judge bool) key {
	k := newKey("pair")
	if judge {
		ov, _ := json.Marshal(new.Overrides)
		k.str("judged").bytes(b.rulesID).bytes(ov)
	} else {
		k.str("unjudged") // neither the rules nor overrides decide it
	}
	return k.bytes(b.bodyHash(old)).bytes(b.bodyHash(new)).str(from).str(to).str(full).sum()
}

// rulesID is what the site adds to the built-in rules, as the cache's keys
// need it (the built-in rules are redline's own code).
func rulesID(s *site.Site) ([]byte, error) {
	return json.Marshal(s.Config.Material)
}
