package site

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/levenshtein"
	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/par"
)

// Load reads the site folder fsys and validates it. It reports every problem
// it finds, not just the first, as a diag.List; the Site is nil then.
func Load(fsys fs.FS) (*Site, error) { return LoadMemo(fsys, nil) }

// LoadMemo is Load with a memo of the published versions earlier loads
// parsed (nil for none); it adds the versions this load parses to it.
// Every published file is read and checked against versions.sum all the
// same.
func LoadMemo(fsys fs.FS, memo *VersionMemo) (*Site, error) {
	cfg, errs := loadConfig(fsys)
	if cfg == nil {
		return nil, errs
	}
	s := &Site{FS: fsys, Config: cfg}
	for _, id := range sortedKeys(cfg.Brands) {
		if !ValidID(id) {
			continue // reported by loadConfig
		}
		b := &Brand{ID: id, BrandConfig: cfg.Brands[id], NoticeDays: cfg.NoticeDays}
		if b.BrandConfig.NoticeDaysSet() {
			b.NoticeDays = b.BrandConfig.NoticeDays
		}
		s.Brands = append(s.Brands, b)
	}
	l := &loader{site: s, fsys: fsys, policies: make(map[string]*Policy), hashes: make(map[string]string), memo: memo}
	l.errs = errs
	l.readContent()
	l.readVersions()
	l.verifySums()
	for _, b := range s.Brands {
		for _, p := range b.Policies {
			l.validate(p)
		}
	}
	if len(l.errs) > 0 {
		l.errs.Sort()
		return nil, l.errs
	}
	return s, nil
}

type loader struct {
	site     *Site
	fsys     fs.FS
	policies map[string]*Policy // by "brand/policy"
	hashes   map[string]string  // every published file read, parsed or not
	memo     *VersionMemo
	listed   []*versionFile // published files to read
	errs     diag.List
}

func (l *loader) fail(e *diag.Error) { l.errs = append(l.errs, e) }

// policy returns the policy brand/id, creating it on first use.
func (l *loader) policy(b *Brand, id string) *Policy {
	key := b.ID + "/" + id
	if p := l.policies[key]; p != nil {
		return p
	}
	p := &Policy{Brand: b, ID: id}
	l.policies[key] = p
	i := sort.Search(len(b.Policies), func(i int) bool { return b.Policies[i].ID >= id })
	b.Policies = append(b.Policies, nil)
	copy(b.Policies[i+1:], b.Policies[i:])
	b.Policies[i] = p
	return p
}

// dirs lists the sub-folders of dir, reporting files that do not belong.
func (l *loader) brandDirs(dir string) []*Brand {
	entries, err := fs.ReadDir(l.fsys, dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		l.fail(ReadError(dir, "cannot read folder", err))
		return nil
	}
	var out []*Brand
	for _, e := range entries {
		name := e.Name()
		file := dir + "/" + name
		switch {
		case strings.HasPrefix(name, "."), l.isLink(file, e):
			continue
		case !e.IsDir():
			if file != SumFile {
				l.fail(diag.Errorf(file, 0, "unexpected file").
					WithHint("%s/ holds one folder per brand; move or delete this file", dir))
			}
		case !ValidID(name):
			l.fail(diag.Errorf(file, 0, "brand folder %q is not a valid id", name).WithHint(idHint))
		case l.site.Brand(name) == nil && dir == "versions":
			l.fail(diag.Errorf(file, 0, "brand %q has published versions but no [brands.%s] table in config.toml", name, name).
				WithHint("to keep publishing it, put its [brands.%s] table back; to retire it, see \"Retiring a brand or a policy\" in the README", name))
		case l.site.Brand(name) == nil:
			l.fail(diag.Errorf(file, 0, "unknown brand %q", name).
				WithHint("add a [brands.%s] table with at least name = \"...\" to config.toml, or fix the folder name", name))
		default:
			out = append(out, l.site.Brand(name))
		}
	}
	return out
}

// readContent reads drafts and brand landing pages under content/.
func (l *loader) readContent() {
	var drafts []*draftFile
	for _, b := range l.brandDirs("content") {
		dir := "content/" + b.ID
		entries, err := fs.ReadDir(l.fsys, dir)
		if err != nil {
			l.fail(ReadError(dir, "cannot read folder", err))
			continue
		}
		for _, e := range entries {
			name := e.Name()
			file := dir + "/" + name
			id, isMD := strings.CutSuffix(name, ".md")
			switch {
			case strings.HasPrefix(name, "."), l.isLink(file, e):
			case e.IsDir() || !isMD:
				l.fail(diag.Errorf(file, 0, "unexpected %s", kindOf(e)).
					WithHint("content/<brand>/ holds <policy>.md drafts and an optional _index.md"))
			case name == "_index.md":
				if doc := l.readDocument(file, false); doc != nil {
					b.Intro, b.IntroFile, b.IntroLine = doc.Body, file, doc.BodyLine
				}
			case !ValidID(id):
				l.fail(diag.Errorf(file, 0, "policy id %q is not valid", id).WithHint(idHint))
			default:
				drafts = append(drafts, &draftFile{p: l.policy(b, id), file: file})
			}
		}
	}
	// Drafts are read on every core. A broken draft is its policy's
	// problem, not the site's: it must not stop an urgent build of another
	// brand.
	par.Do(len(drafts), func(i int) error {
		d := drafts[i]
		one := &loader{site: l.site, fsys: l.fsys}
		d.doc = one.readDocument(d.file, true)
		d.errs = one.errs
		return nil
	})
	for _, d := range drafts {
		d.p.Draft = d.doc
		if len(d.errs) > 0 {
			d.p.DraftErrors, d.p.Draft = d.errs, nil
		}
	}
}

// draftFile is a draft listed, to read.
type draftFile struct {
	p    *Policy
	file string
	doc  *Document
	errs diag.List
}

// isLink reports (and refuses) a symbolic link: a published text must be a
// file inside the site folder, not a pointer to something that can change
// or that lies outside it.
func (l *loader) isLink(file string, e fs.DirEntry) bool {
	if e.Type()&fs.ModeSymlink == 0 {
		return false
	}
	l.fail(diag.Errorf(file, 0, "symbolic link").Refuse().
		WithHint("redline reads only files inside the site folder; replace the link with the file itself"))
	return true
}

func kindOf(e fs.DirEntry) string {
	if e.IsDir() {
		return "folder"
	}
	return "file"
}

var (
	draftFields   = []string{"title", "summary", "override"}
	versionFields = []string{"title", "version", "published", "effective", "summary", "material", "urgent", "override", "imported", "source"}
)

// draftMeta is the front matter of a draft or a brand landing page.
type draftMeta struct {
	Title     string     `toml:"title"`
	Summary   string     `toml:"summary"`
	Overrides []Override `toml:"override"`
}

// readDocument reads a draft (titled: a title is required) or _index.md.
func (l *loader) readDocument(file string, titled bool) *Document {
	src, front, body, bodyLine, ok := l.readMarkdown(file)
	if !ok {
		return nil
	}
	if front == nil && startsWithYAML(src) {
		if e := yamlFrontMatter(file, src); e != nil {
			l.fail(e)
			return nil
		}
	}
	var m draftMeta
	params, ok := l.decodeFront(file, front, &m, draftFields)
	if !ok {
		return nil
	}
	if titled && strings.TrimSpace(m.Title) == "" {
		e := diag.Errorf(file, 1, "the draft has no title")
		if front == nil {
			e.WithHint("start the file with its front matter:\n+++\ntitle = %q\n+++", titleFromFile(file))
		} else {
			e.WithHint("add title = %q between the +++ lines", titleFromFile(file))
		}
		l.fail(e)
		return nil
	}
	return &Document{File: file, Title: m.Title, Summary: m.Summary, Body: body, BodyLine: bodyLine, Params: params,
		Overrides: m.Overrides, front: front}
}

// readMarkdown reads a Markdown file and splits off its front matter.
func (l *loader) readMarkdown(file string) (src, front, body []byte, bodyLine int, ok bool) {
	src, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		l.fail(ReadError(file, "cannot read", err))
		return nil, nil, nil, 0, false
	}
	return l.parseMarkdown(file, src)
}

func splitFront(src []byte) (front, body []byte, bodyLine int, err error) {
	return markdown.Split(trimBOM(src))
}

// parseMarkdown checks a Markdown file's bytes and splits off its front matter.
func (l *loader) parseMarkdown(file string, src []byte) (_, front, body []byte, bodyLine int, ok bool) {
	if e := CheckUTF8(file, src); e != nil {
		l.fail(e)
		return nil, nil, nil, 0, false
	}
	if e := CheckControl(file, src); e != nil {
		l.fail(e)
		return nil, nil, nil, 0, false
	}
	front, body, bodyLine, err := splitFront(src)
	if err != nil {
		l.fail(diag.Errorf(file, 1, "%v", err).WithHint("end the front matter with a line holding only +++"))
		return nil, nil, nil, 0, false
	}
	if e := CheckNesting(file, body, bodyLine); e != nil {
		l.fail(e)
		return nil, nil, nil, 0, false
	}
	return src, front, body, bodyLine, true
}

// decodeFront decodes TOML front matter into v. Fields redline does not
// know are kept for layouts (they are the document's Params), except that a
// field one or two letters away from a known one ("efective") is reported
// as the typo it almost certainly is: a silently ignored date is worse than
// an error.
func (l *loader) decodeFront(file string, front []byte, v any, known []string) (params map[string]any, ok bool) {
	md, err := toml.Decode(string(front), v)
	if err != nil {
		l.fail(tomlError(file, front, 1, err))
		return nil, false
	}
	if e := CheckControlEscapes(file, front, 2); e != nil {
		l.fail(e)
		return nil, false
	}
	ok = true
	if strings.HasPrefix(file, "content/") {
		// BurntSushi/toml matches "Title" to title; a draft's fields are
		// named exactly, as config.toml's settings are. (A published file
		// cannot change, so versions are read as they always were.)
		for _, k := range md.Keys() {
			if len(k) == 1 && !slices.Contains(known, k[0]) {
				if i := slices.IndexFunc(known, func(n string) bool { return strings.EqualFold(n, k[0]) }); i >= 0 {
					l.fail(diag.Errorf(file, 1+keyLine(front, k), "unknown front matter field %q", k[0]).
						WithHint("did you mean %s? Field names are matched exactly, capitals included", known[i]))
					ok = false
				}
			}
		}
	}
	extra := false
	for _, k := range md.Undecoded() {
		if len(k) != 1 {
			continue // inside a table of extra fields
		}
		extra = true
		if near := nearest(k[0], known); near != "" {
			l.fail(diag.Errorf(file, 1+keyLine(front, k), "unknown front matter field %q", k[0]).
				WithHint("did you mean %s?", near))
			ok = false
		}
	}
	if !ok || !extra {
		return nil, ok // no field but known ones: no second decode
	}
	var all map[string]any
	if _, err := toml.Decode(string(front), &all); err == nil {
		for _, name := range known {
			delete(all, name)
		}
		if len(all) > 0 {
			params = all
		}
	}
	return params, true
}

// nearest returns the known field within two edits of name, or "".
func nearest(name string, known []string) string {
	for _, k := range known {
		if k != name && levenshtein.Distance(strings.ToLower(name), k) <= 2 {
			return k
		}
	}
	return ""
}

// versionMeta is the front matter of a published version.
type versionMeta struct {
	Title     string     `toml:"title"`
	Version   int        `toml:"version"`
	Published Date       `toml:"published"`
	Effective Date       `toml:"effective"`
	Summary   string     `toml:"summary"`
	Material  *bool      `toml:"material"`
	Urgent    string     `toml:"urgent"`
	Overrides []Override `toml:"override"`
	Imported  bool       `toml:"imported"`
	Source    Source     `toml:"source"`
}

// readVersions reads versions/<brand>/<policy>/v<N>.md.
func (l *loader) readVersions() {
	for _, b := range l.brandDirs("versions") {
		dir := "versions/" + b.ID
		entries, err := fs.ReadDir(l.fsys, dir)
		if err != nil {
			l.fail(ReadError(dir, "cannot read folder", err))
			continue
		}
		for _, e := range entries {
			name, file := e.Name(), dir+"/"+e.Name()
			switch {
			case strings.HasPrefix(name, "."), l.isLink(file, e):
			case !e.IsDir():
				l.fail(diag.Errorf(file, 0, "unexpected file").WithHint("%s/ holds one folder per policy", dir))
			case !ValidID(name):
				l.fail(diag.Errorf(file, 0, "policy folder %q is not a valid id", name).WithHint(idHint))
			default:
				l.listPolicyVersions(l.policy(b, name), file)
			}
		}
	}
	l.readListed()
}

// versionFile is a published file listed, to read.
type versionFile struct {
	p    *Policy
	file string
	n    int

	v    *Version
	sum  string
	errs diag.List
}

func (l *loader) listPolicyVersions(p *Policy, dir string) {
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		l.fail(ReadError(dir, "cannot read folder", err))
		return
	}
	for _, e := range entries {
		name, file := e.Name(), dir+"/"+e.Name()
		if strings.HasPrefix(name, ".") || l.isLink(file, e) {
			continue
		}
		n := versionNumber(name)
		if e.IsDir() || n == 0 {
			l.fail(diag.Errorf(file, 0, "unexpected %s", kindOf(e)).
				WithHint("a policy's folder holds only its published versions, v1.md, v2.md, ..."))
			continue
		}
		l.listed = append(l.listed, &versionFile{p: p, file: file, n: n})
	}
}

// readListed reads the listed versions, many at a time: reading and
// hashing thousands of files is most of a rebuild's loading, and a cold
// disk cache makes each read wait on the device.
func (l *loader) readListed() {
	par.DoIO(len(l.listed), func(i int) error {
		f := l.listed[i]
		one := &loader{site: l.site, fsys: l.fsys, memo: l.memo}
		f.v, f.sum = one.readVersion(f.p, f.file, f.n)
		f.errs = one.errs
		return nil
	})
	for _, f := range l.listed {
		l.errs = append(l.errs, f.errs...)
		if f.sum != "" {
			l.hashes[f.file] = f.sum
		}
		if f.v != nil {
			f.p.Versions = append(f.p.Versions, f.v)
		}
	}
	for _, p := range l.policies {
		sort.Slice(p.Versions, func(i, j int) bool { return p.Versions[i].Number < p.Versions[j].Number })
	}
	l.listed = nil
}

// versionNumber returns N for "vN.md" (N >= 1, no leading zeros), else 0.
func versionNumber(name string) int {
	s, ok := strings.CutSuffix(name, ".md")
	if !ok || len(s) < 2 || s[0] != 'v' || s[1] == '0' {
		return 0
	}
	n, err := strconv.Atoi(s[1:])
	if err != nil || n < 1 || strconv.Itoa(n) != s[1:] {
		return 0
	}
	return n
}

// readVersion reads a published file and returns its version, if it is
// valid, and its hash, which verifySums checks against versions.sum, memo
// or not ("" when it could not be read).
func (l *loader) readVersion(p *Policy, file string, n int) (*Version, string) {
	id, hasID := fileID{}, false
	if l.memo.trusting() {
		fi, err := fs.Stat(l.fsys, file)
		if err != nil {
			l.fail(ReadError(file, "cannot read", err))
			return nil, ""
		}
		if id, hasID = identityOf(fi); hasID {
			if sum, e := l.memo.trusted(file, id); e != nil {
				if src := l.memo.kept(sum); src != nil {
					if v := e.version(p, file, n, src, sum); v != nil {
						return v, sum // its bytes are in memory (KeepBytes)
					}
				} else if v := e.lazyVersion(p, file, n, sum, id.Size); v != nil {
					return v, sum
				}
			}
		}
	}
	src, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		l.fail(ReadError(file, "cannot read", err))
		return nil, ""
	}
	sum := Hash(src)
	if hasID {
		l.memo.record(file, id, sum) // the identity it had before it was read
	}
	src = l.memo.shared(sum, src)
	if e := l.memo.lookup(sum); e != nil {
		if v := e.version(p, file, n, src, sum); v != nil {
			return v, sum
		}
	}
	v := l.parseVersion(p, file, n, src, sum)
	if v != nil {
		l.memo.remember(sum, v)
	}
	return v, sum
}

func (l *loader) parseVersion(p *Policy, file string, n int, src []byte, sum string) *Version {
	src, front, body, bodyLine, ok := l.parseMarkdown(file, src)
	if !ok {
		return nil
	}
	if front == nil && startsWithYAML(src) {
		if e := yamlFrontMatter(file, src); e != nil {
			l.fail(e)
			return nil
		}
	}
	if front == nil {
		l.fail(diag.Errorf(file, 1, "a published version needs front matter").
			WithHint("start the file with +++, the fields title, version, published, effective, summary and material, and +++"))
		return nil
	}
	var m versionMeta
	params, ok := l.decodeFront(file, front, &m, versionFields)
	if !ok {
		return nil
	}
	missing := func(key, example string) {
		l.fail(diag.Errorf(file, 1, "front matter has no %s", key).WithHint("add %s = %s between the +++ lines", key, example))
	}
	switch {
	case strings.TrimSpace(m.Title) == "":
		missing("title", strconv.Quote(titleFromFile(file)))
	case m.Version == 0:
		missing("version", strconv.Itoa(n))
	case m.Published.IsZero():
		missing("published", "2026-05-01")
	case m.Effective.IsZero():
		missing("effective", "2026-06-01")
	case strings.TrimSpace(m.Summary) == "":
		missing("summary", `"What changed, in one sentence"`)
	case m.Material == nil:
		missing("material", "false")
	case m.Imported && strings.TrimSpace(m.Source.Path) == "":
		// imported waives the notice check: it must say what it was imported from
		l.fail(diag.Errorf(file, 1+keyLine(front, toml.Key{"imported"}), "imported = true, but no [source] says where the version came from").
			WithHint("versions are imported with redline import, which records their source; a new version is published with redline release"))
	case m.Version != n:
		l.fail(diag.Errorf(file, 1+keyLine(front, toml.Key{"version"}), "version = %d, but the file is named v%d.md", m.Version, n).
			WithHint("a published file's name and its version field must agree"))
	default:
		return &Version{
			Document: Document{File: file, Title: m.Title, Summary: m.Summary, Body: body, BodyLine: bodyLine, Params: params,
				Overrides: m.Overrides, front: front, sum: sum},
			Policy: p, Number: n, Published: m.Published, Effective: m.Effective,
			Material: *m.Material, Urgent: strings.TrimSpace(m.Urgent), Sum: sum, // a blank reason is none
			Imported: m.Imported, Source: m.Source,
		}
	}
	return nil
}

// verifySums checks every published file against versions.sum.
func (l *loader) verifySums() {
	src, err := fs.ReadFile(l.fsys, SumFile)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		l.fail(ReadError(SumFile, "cannot read", err))
		return
	}
	sums, errs := ParseSums(src)
	l.errs = append(l.errs, errs...)
	for _, file := range sortedKeys(l.hashes) {
		want, ok := sums[file]
		brand, policy := policyOf(file)
		switch {
		case !ok:
			l.fail(diag.Errorf(file, 0, "published version is not recorded in %s", SumFile).Refuse().
				WithHint("publish versions with `redline release %s/%s --effective DATE`, which records them; bring a policy's earlier versions in with `redline import`, which records them too (see the README, Bringing your history)", brand, policy))
		case want != l.hashes[file]:
			// What is wrong inside a changed file matters less than that it
			// changed: restoring it fixes everything.
			l.dropErrors(file)
			l.fail(diag.Errorf(file, 0, "published file was changed: its hash no longer matches %s", SumFile).Refuse().
				WithHint("published text is immutable; restore it with `git checkout -- %s` and make the change in content/%s/%s.md, then release a new version", file, brand, policy))
		}
	}
	seen := l.hashes
	for _, file := range sortedKeys(sums) {
		if _, ok := seen[file]; ok || l.hasError(file) {
			continue
		}
		if _, err := fs.Stat(l.fsys, file); err == nil {
			continue // not read because its folder was refused, which is reported
		}
		e := diag.Errorf(SumFile, sumLine(src, file), "%s is recorded but missing", file).Refuse()
		if brand, _ := policyOf(file); l.site.Brand(brand) == nil {
			e.WithHint("brand %s is no longer in config.toml: if you retired it, delete its lines from %s (see \"Retiring a brand or a policy\" in the README); if not, restore the file and its [brands.%s] table", brand, SumFile, brand)
		} else {
			e.WithHint("a published version was deleted or renamed; restore it from version control (`git checkout -- %s`); to retire a policy, see \"Retiring a brand or a policy\" in the README", file)
		}
		l.fail(e)
	}
}

// dropErrors forgets the errors reported about file.
func (l *loader) dropErrors(file string) {
	kept := l.errs[:0]
	for _, e := range l.errs {
		if e.File != file {
			kept = append(kept, e)
		}
	}
	l.errs = kept
}

// policyOf returns the brand and policy of "versions/<brand>/<policy>/vN.md".
func policyOf(file string) (brand, policy string) {
	parts := strings.Split(file, "/")
	if len(parts) < 4 {
		return "BRAND", "POLICY"
	}
	return parts[1], parts[2]
}

func (l *loader) hasError(file string) bool {
	for _, e := range l.errs {
		if e.File == file {
			return true
		}
	}
	return false
}

func sumLine(src []byte, file string) int {
	for i, line := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(line, file+" ") {
			return i + 1
		}
	}
	return 0
}

// validate checks a policy's versions against each other.
func (l *loader) validate(p *Policy) {
	var prev *Version
	for i, v := range p.Versions {
		if v.Number != i+1 {
			want := i + 1
			l.fail(diag.Errorf(v.File, v.FieldLine("version"), "version %d is missing: versions of %s must be numbered 1, 2, 3 ... without gaps", want, p.Key()).Refuse().
				WithHint("restore %s from version control", path.Join(path.Dir(v.File), fmt.Sprintf("v%d.md", want))))
			return
		}
		if v.Effective.Before(v.Published) {
			l.fail(diag.Errorf(v.File, v.FieldLine("effective"), "effective date %s is before the published date %s", v.Effective, v.Published).Refuse().
				WithHint("a version cannot take effect before it is published; a published file is immutable, so restore it from version control"))
		}
		if prev != nil && v.Published.Before(prev.Published) {
			l.fail(diag.Errorf(v.File, v.FieldLine("published"), "published %s, before v%d (published %s): dates go backwards", v.Published, prev.Number, prev.Published).Refuse().
				WithHint("versions are published in order; restore the file from version control"))
		}
		if prev != nil && v.Effective.Before(prev.Effective) {
			l.fail(diag.Errorf(v.File, v.FieldLine("effective"), "effective %s, before v%d (effective %s): dates go backwards", v.Effective, prev.Number, prev.Effective).Refuse().
				WithHint("a later version cannot take effect before an earlier one"))
		}
		// An imported version was published before this site kept the
		// policy: its notice is history, not this site's to refuse.
		if days := v.Published.DaysUntil(v.Effective); v.Material && v.Urgent == "" && !v.Imported && days < p.Brand.NoticeDays {
			l.fail(diag.Errorf(v.File, v.FieldLine("effective"), "material change with %d days' notice; %s requires %d", days, p.Brand.ID, p.Brand.NoticeDays).Refuse().
				WithHint("the earliest allowed effective date is %s; a change the law forces may set urgent = \"reason\"", v.Published.AddDays(p.Brand.NoticeDays)))
		}
		prev = v
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
