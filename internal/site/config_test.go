package site

import (
	"strings"
	"testing"
	"testing/fstest"
)

func loadConfigText(t *testing.T, text string) (*Config, []string) {
	t.Helper()
	c, errs := loadConfig(fstest.MapFS{ConfigFile: {Data: []byte(text)}})
	var got []string
	for _, e := range errs {
		got = append(got, e.Error()+"\n\t"+e.Hint)
	}
	return c, got
}

const siteHead = "title = \"T\"\nbaseURL = \"https://p.example/\"\n"

// TestConfigErrors: every setting that would publish something broken is
// refused at its line, and all of them in one run.
func TestConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		name, config string
		want         []string // one substring per error, in order
	}{
		{"case of a key", "TIMEZONE = \"Europe/London\"\n",
			[]string{`config.toml:3: unknown setting "TIMEZONE"` + "\n\tdid you mean timeZone?"}},
		{"case of a brand key", "[brands.a]\nName = \"A\"\n",
			[]string{`config.toml:4: unknown setting "brands.a.Name"` + "\n\tdid you mean name?", `brand "a" has no name`}},
		{"typo", "[brands.a]\nname = \"A\"\ncolour = \"#000000\"\n",
			[]string{`config.toml:5: unknown setting "brands.a.colour"` + "\n\tdid you mean color?"}},
		{"javascript website", "[brands.a]\nname = \"A\"\nwebsite = \"javascript:alert(1)\"\n",
			[]string{`config.toml:5: brand "a": website "javascript:alert(1)" is not an http(s) URL`}},
		{"quote in contact", "[brands.a]\nname = \"A\"\ncontact = 'x\" onmouseover=\"y'\n",
			[]string{`config.toml:5: brand "a": contact "x\" onmouseover=\"y" is neither an email address nor an http(s) URL`}},
		{"quote in languageCode", "languageCode = 'en\" x=\"y'\n",
			[]string{`config.toml:3: languageCode "en\" x=\"y" is not a language tag`}},
		{"javascript baseURL", "[brands.a]\nname = \"A\"\nbaseURL = \"javascript:x\"\n",
			[]string{`config.toml:5: brand "a": baseURL "javascript:x" is not an absolute http(s) URL`}},
		{"huge noticeDays", "noticeDays = 100000000000000\n",
			[]string{"config.toml:3: noticeDays is 100000000000000; it must be a number of days from 0 to 3660"}},
		{"negative brand noticeDays", "[brands.a]\nname = \"A\"\nnoticeDays = -1\n",
			[]string{`config.toml:5: brand "a": noticeDays is -1; it must be a number of days from 0 to 3660`}},
		{"several at once, a wrong kind among them",
			"noticeDays = \"thirty\"\ntimeZone = \"Mars/Olympus\"\n[brands.a]\nname = 7\ncolor = \"red\"\n",
			[]string{"config.toml:6: name must be text in quotes, not a whole number",
				"config.toml:3: noticeDays must be a whole number, not text in quotes",
				`config.toml:4: unknown time zone "Mars/Olympus"`,
				`brand "a" has no name`,
				`config.toml:7: brand "a": color "red" is not #rrggbb`}},
		{"not tables", "brands = 5\nmaterial = \"x\"\n",
			[]string{"config.toml:3: brands must be a table, not a whole number", "config.toml:4: material must be a table, not text"}},
		{"brand not a table", "[brands]\na = 1\n",
			[]string{"config.toml:4: brands.a must be a table, not a whole number"}},
		{"text colour without color", "[brands.a]\nname = \"A\"\ntextColor = \"#000000\"\n",
			[]string{`config.toml:5: brand "a": text #000000 on #1d4f91 has contrast 2.58:1, below the 4.5:1 that WCAG AA requires` +
				"\n\tset color = \"#2a73d4\", the nearest shade that reaches 4.5:1 with #000000 (4.50:1), or leave textColor out to use white text (8.14:1); without color the header is the theme's #1d4f91"}},
		{"text colour that fails", "[brands.a]\nname = \"A\"\ncolor = \"#ff9900\"\ntextColor = \"#ffffff\"\n",
			[]string{`config.toml:6: brand "a": text #ffffff on #ff9900 has contrast 2.14:1, below the 4.5:1 that WCAG AA requires` +
				"\n\tset color = \"#aa6600\", the nearest shade that reaches 4.5:1 with #ffffff (4.56:1), or leave textColor out to use black text (9.81:1)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got := loadConfigText(t, siteHead+tc.config)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d errors, want %d:\n%s", len(got), len(tc.want), strings.Join(got, "\n"))
			}
			for i := range got {
				if !strings.Contains(got[i], tc.want[i]) {
					t.Errorf("error %d:\n%s\nwant it to contain\n%s", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestConfigValues(t *testing.T) {
	c, errs := loadConfigText(t, siteHead+"noticeDays = 0\n[brands.a]\nname = \"A\"\ncolor = \"#ff9900\"\n[brands.b]\nname = \"B\"\nnoticeDays = 0\n[brands.c]\nname = \"C\"\n")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if c.NoticeDays != 0 {
		t.Errorf("noticeDays = 0 became %d; 0 means no notice period", c.NoticeDays)
	}
	if got := c.Brands["a"].TextColor; got != "#000000" {
		t.Errorf("text on #ff9900 = %s, want black (white reaches only 2.14:1)", got)
	}
	if got := c.Brands["c"].TextColor; got != "#ffffff" {
		t.Errorf("text on the default colour = %s, want white", got)
	}
	if !c.Brands["b"].NoticeDaysSet() || c.Brands["c"].NoticeDaysSet() {
		t.Errorf("NoticeDaysSet: b %v, c %v", c.Brands["b"].NoticeDaysSet(), c.Brands["c"].NoticeDaysSet())
	}
	c, _ = loadConfigText(t, siteHead)
	if c.NoticeDays != DefaultNoticeDays {
		t.Errorf("noticeDays left out = %d, want %d", c.NoticeDays, DefaultNoticeDays)
	}
}

// TestNearestShade: every suggested shade passes, and is the first that does.
func TestNearestShade(t *testing.T) {
	for _, bg := range []string{"#ff9900", "#ffcc00", "#00ff00", "#808080", "#ffffff", "#1d4f91"} {
		for _, text := range []string{white, black, "#eeeeee", "#333333"} {
			shade, ok := nearestShade(bg, text)
			if !ok {
				continue
			}
			if r := contrast(shade, text); r < MinContrast {
				t.Errorf("nearestShade(%s, %s) = %s at %.2f:1", bg, text, shade, r)
			}
		}
	}
}
