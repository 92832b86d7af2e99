package site

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"net/mail"
	"net/url"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/redline-legal/redline/internal/diag"
)

// ConfigFile is the name of a site's configuration, at the site's root.
const ConfigFile = "config.toml"

// Sources are the files and folders at a site's root that hold what its
// authors wrote or redline recorded (notices/ keeps the notices' ledgers):
// no output may be written over or inside them.
var Sources = []string{ConfigFile, "content", "versions", "layouts", "static", "notices"}

// DefaultNoticeDays is how many days before it takes effect a material change
// must be published, unless config.toml says otherwise.
const DefaultNoticeDays = 30

// MaxNoticeDays bounds noticeDays: ten years is already more than any law or
// contract asks, and a bigger number is a typo that would print dates
// thousands of years away.
const MaxNoticeDays = 3660

// Config is config.toml.
type Config struct {
	Title        string                 `toml:"title"`        // the site's name, shown on the index page
	BaseURL      string                 `toml:"baseURL"`      // absolute URL the site is served from, ending in "/"
	LanguageCode string                 `toml:"languageCode"` // BCP 47, e.g. "en-GB"; default "en"
	TimeZone     string                 `toml:"timeZone"`     // IANA name that decides what "today" is; default UTC
	NoticeDays   int                    `toml:"noticeDays"`   // default notice period for material changes
	Brands       map[string]BrandConfig `toml:"brands"`       // keyed by brand id
	Material     MaterialConfig         `toml:"material"`     // the site's additions to the materiality rules

	Location *time.Location `toml:"-"` // TimeZone, loaded

	materialLine  int
	brandLines    map[string]int
	noticeDaysSet bool // noticeDays is written in config.toml (0 is a value, not "unset")
}

// MaterialConfig is the [material] table: what a site adds to the built-in
// materiality rules (see package material's Extension, which has the same
// fields).
type MaterialConfig struct {
	Processors       []string            `toml:"processors"`       // the site's own recipients and processors
	MaterialSections []string            `toml:"materialSections"` // headings under which any substantive change is material
	Vocabulary       map[string][]string `toml:"vocabulary"`       // extra words per category id
}

// BrandLine is the line of config.toml where [brands.<id>] starts, or 0.
func (c *Config) BrandLine(id string) int { return c.brandLines[id] }

// MaterialLine is the line of config.toml where [material] starts, for
// errors about it; 0 when there is none.
func (c *Config) MaterialLine() int { return c.materialLine }

// BrandConfig is one [brands.<id>] table.
type BrandConfig struct {
	Name       string `toml:"name"`       // brand name as readers know it, "OmniCRM"
	LegalName  string `toml:"legalName"`  // the legal entity, "OmniCRM UK Ltd"
	Website    string `toml:"website"`    // the brand's own site, linked from the header
	BaseURL    string `toml:"baseURL"`    // where this brand's policies are served; default site baseURL + id + "/"
	Contact    string `toml:"contact"`    // email address or URL for privacy questions
	Address    string `toml:"address"`    // postal address
	Color      string `toml:"color"`      // header colour "#rrggbb"
	TextColor  string `toml:"textColor"`  // header text colour "#rrggbb"; default white or black, whichever reads better on Color
	Logo       string `toml:"logo"`       // path of an image under static/
	NoticeDays int    `toml:"noticeDays"` // overrides the site's noticeDays

	NoticeFrom    string `toml:"noticeFrom"`    // From of change notices, "OmniCRM <privacy@omnicrm.example>"
	NoticeReplyTo string `toml:"noticeReplyTo"` // Reply-To of change notices; default contact, when it is an address

	noticeDaysSet bool
}

var (
	hexColor     = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)
	decodePrefix = regexp.MustCompile(`^line \d+ \(last key "[^"]*"\): `)
)

// loadConfig reads and validates config.toml.
func loadConfig(fsys fs.FS) (*Config, diag.List) {
	src, err := fs.ReadFile(fsys, ConfigFile)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, diag.List{diag.Errorf(ConfigFile, 0, "not found: this folder is not a redline site").
				WithHint("run redline in a site folder or below one (it looks upward for config.toml), give one with --source DIR, or create one with `redline init --brand ID DIR`")}
		}
		return nil, diag.List{ReadError(ConfigFile, "cannot read", err)}
	}
	if e := CheckUTF8(ConfigFile, src); e != nil {
		return nil, diag.List{e}
	}
	if e := CheckControl(ConfigFile, src); e != nil {
		return nil, diag.List{e}
	}
	var prims map[string]toml.Primitive
	md, err := toml.Decode(string(src), &prims)
	if err != nil {
		return nil, diag.List{tomlError(ConfigFile, src, 0, err)}
	}
	if e := CheckControlEscapes(ConfigFile, src, 1); e != nil {
		return nil, diag.List{e}
	}
	var c Config
	d := &settings{md: md, src: src}
	d.decodeTable(nil, prims, reflect.ValueOf(&c))
	c.noticeDaysSet = md.IsDefined("noticeDays")
	for id, b := range c.Brands {
		b.noticeDaysSet = md.IsDefined("brands", id, "noticeDays")
		c.Brands[id] = b
	}
	errs := append(d.errs, c.validate(src)...)
	c.materialLine = keyLine(src, toml.Key{"material"})
	return &c, errs
}

func (c *Config) validate(src []byte) diag.List {
	var errs diag.List
	at := func(key ...string) int { return keyLine(src, toml.Key(key)) }
	if c.LanguageCode == "" {
		c.LanguageCode = "en"
	} else if !languageTag.MatchString(c.LanguageCode) {
		errs = append(errs, diag.Errorf(ConfigFile, at("languageCode"), "languageCode %q is not a language tag", c.LanguageCode).
			WithHint(`write a BCP 47 tag such as "en", "en-GB" or "de-CH"`))
		c.LanguageCode = "en"
	}
	if !c.noticeDaysSet {
		c.NoticeDays = DefaultNoticeDays
	} else if e := checkNoticeDays(c.NoticeDays, "", at("noticeDays")); e != nil {
		errs = append(errs, e)
	}
	c.Location = time.UTC
	if c.TimeZone != "" {
		loc, err := time.LoadLocation(c.TimeZone)
		if err != nil {
			errs = append(errs, diag.Errorf(ConfigFile, at("timeZone"), "unknown time zone %q", c.TimeZone).
				WithHint(`use an IANA name such as "Europe/London"`))
		} else {
			c.Location = loc
		}
	}
	if c.BaseURL == "" {
		errs = append(errs, diag.Errorf(ConfigFile, 0, "baseURL is missing").
			WithHint(`add baseURL = "https://policies.example.com/": feeds, the sitemap and emails need absolute links`))
	} else if !httpURL(c.BaseURL) {
		errs = append(errs, diag.Errorf(ConfigFile, at("baseURL"), "baseURL %q is not an absolute http(s) URL", c.BaseURL))
	} else if !strings.HasSuffix(c.BaseURL, "/") {
		c.BaseURL += "/"
	}
	ids := make([]string, 0, len(c.Brands))
	for id := range c.Brands {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	c.brandLines = make(map[string]int, len(ids))
	for _, id := range ids {
		b := c.Brands[id]
		line := at("brands", id)
		c.brandLines[id] = line
		if !ValidID(id) {
			errs = append(errs, diag.Errorf(ConfigFile, line, "brand id %q is not valid", id).WithHint(idHint))
			continue
		}
		if b.Name == "" {
			errs = append(errs, diag.Errorf(ConfigFile, line, "brand %q has no name", id).
				WithHint(`add name = "..." to [brands.%s]`, id))
		}
		if e := b.checkColors(id, at); e != nil {
			errs = append(errs, e)
		}
		if b.Website != "" && !httpURL(b.Website) {
			errs = append(errs, diag.Errorf(ConfigFile, at("brands", id, "website"), "brand %q: website %q is not an http(s) URL", id, b.Website).
				WithHint(`write the address of the brand's site, e.g. "https://www.example.com/"`))
		}
		if b.Contact != "" && !emailAddress(b.Contact) && !httpURL(b.Contact) {
			errs = append(errs, diag.Errorf(ConfigFile, at("brands", id, "contact"), "brand %q: contact %q is neither an email address nor an http(s) URL", id, b.Contact).
				WithHint(`write "privacy@example.com" or "https://www.example.com/contact/"; a postal address goes in address`))
		}
		if b.Logo != "" && (!fs.ValidPath(b.Logo) || strings.Contains(b.Logo, "\\")) {
			errs = append(errs, diag.Errorf(ConfigFile, at("brands", id, "logo"), "brand %q: logo %q must be a path inside static/", id, b.Logo).
				WithHint(`write it relative to static/, e.g. "logos/%s.svg"`, id))
		}
		if b.noticeDaysSet {
			if e := checkNoticeDays(b.NoticeDays, id, at("brands", id, "noticeDays")); e != nil {
				errs = append(errs, e)
			}
		}
		for _, f := range []struct{ key, value string }{{"noticeFrom", b.NoticeFrom}, {"noticeReplyTo", b.NoticeReplyTo}} {
			if f.value == "" {
				continue
			}
			if _, err := mail.ParseAddress(f.value); err != nil {
				errs = append(errs, diag.Errorf(ConfigFile, at("brands", id, f.key), "brand %q: %s %q is not an email address: %v", id, f.key, f.value, err).
					WithHint(`write it as "privacy@example.com" or "Example Privacy <privacy@example.com>"`))
			}
		}
		if b.BaseURL != "" {
			if !httpURL(b.BaseURL) {
				errs = append(errs, diag.Errorf(ConfigFile, at("brands", id, "baseURL"), "brand %q: baseURL %q is not an absolute http(s) URL", id, b.BaseURL))
			} else if !strings.HasSuffix(b.BaseURL, "/") {
				b.BaseURL += "/"
			}
		} else if c.BaseURL != "" {
			b.BaseURL = c.BaseURL + id + "/"
		}
		c.Brands[id] = b
	}
	return errs
}

// NoticeDaysSet reports whether config.toml sets the brand's own noticeDays,
// which then overrides the site's (0 included).
func (b BrandConfig) NoticeDaysSet() bool { return b.noticeDaysSet }

// checkNoticeDays bounds a noticeDays setting (brand "" is the site's).
// 0 is allowed and means what it says: a material change may take effect
// on the day it is published (it is still material, and notify still
// writes its notices).
func checkNoticeDays(n int, brand string, line int) *diag.Error {
	if n >= 0 && n <= MaxNoticeDays {
		return nil
	}
	who := "noticeDays"
	if brand != "" {
		who = fmt.Sprintf("brand %q: noticeDays", brand)
	}
	return diag.Errorf(ConfigFile, line, "%s is %d; it must be a number of days from 0 to %d", who, n, MaxNoticeDays).
		WithHint("leave it out for the default, %d days; 0 lets a material change take effect the day it is published", DefaultNoticeDays)
}

var languageTag = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`)

// httpURL reports whether s is an absolute http or https URL with a host
// and nothing that would need escaping in an HTML attribute.
func httpURL(s string) bool {
	if strings.ContainsAny(s, "\"<>`' \t\r\n\\") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// emailAddress reports whether s is a bare email address, "privacy@example.com".
func emailAddress(s string) bool {
	a, err := mail.ParseAddress(s)
	return err == nil && a.Address == s && !strings.ContainsAny(s, "\"<>'")
}

// contrast is the WCAG 2 contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(hex string) float64 {
	var ch [3]float64
	for i := range ch {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		ch[i] = c
	}
	return 0.2126*ch[0] + 0.7152*ch[1] + 0.0722*ch[2]
}

// tomlError turns a TOML error into a diag.Error at the right line of the
// file; offset is the number of lines before the TOML text (front matter
// starts on line 2 of its file, so its offset is 1).
func tomlError(file string, src []byte, offset int, err error) *diag.Error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		e := diag.Errorf(file, offset+pe.Position.Line, "%s", pe.Message)
		e.Col = pe.Position.Col
		e.Err = err
		if pe.Usage != "" {
			e.Hint = strings.TrimSpace(pe.Usage)
		} else {
			e.Hint = "fix the TOML syntax; values are written key = \"text\", key = 12, key = 2026-05-01"
		}
		return e
	}
	msg := strings.TrimPrefix(err.Error(), "toml: ")
	line := 0
	if i := strings.Index(msg, "(last key \""); i >= 0 {
		key := msg[i+len("(last key \""):]
		if j := strings.IndexByte(key, '"'); j >= 0 {
			line = keyLine(src, strings.Split(key[:j], "."))
		}
	}
	if line > 0 {
		line += offset
	}
	msg = decodePrefix.ReplaceAllString(msg, "")
	return &diag.Error{File: file, Line: line, Msg: msg, Err: err,
		Hint: "give the field a value of the right kind: text in quotes, a number, true/false, or a date such as 2026-05-01"}
}

// keyLine finds the line that sets key in a TOML document: the line
// "name = ..." inside the table of key's prefix, or the table header itself.
// BurntSushi/toml does not keep positions of keys, and an error that names
// the line is worth this small search. It returns 0 when it cannot tell.
func keyLine(src []byte, key toml.Key) int {
	if len(key) == 0 {
		return 0
	}
	table := strings.Join(key[:len(key)-1], ".")
	last := key[len(key)-1]
	current := ""
	headerLine := 0
	for i, line := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") {
			current = strings.Trim(strings.TrimSpace(strings.SplitN(t, "#", 2)[0]), "[]")
			current = strings.ReplaceAll(strings.ReplaceAll(current, " ", ""), "\"", "")
			if current == strings.Join(key, ".") {
				headerLine = i + 1
			}
			continue
		}
		name, _, ok := strings.Cut(t, "=")
		if ok && current == table && strings.Trim(strings.TrimSpace(name), "\"") == last {
			return i + 1
		}
	}
	return headerLine
}
