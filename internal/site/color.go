package site

import (
	"fmt"
	"math"
	"strconv"

	"github.com/redline-legal/redline/internal/diag"
)

// MinContrast is the contrast WCAG 2 AA asks of body-size text.
const MinContrast = 4.5

// DefaultBrandColor is the header colour of the default theme
// (static/style.css, --brand), for a brand that sets none.
const DefaultBrandColor = "#1d4f91"

const (
	white = "#ffffff"
	black = "#000000"
)

// checkColors validates color and textColor and, when textColor is not
// given, chooses it: white when white text on color reaches AA, else black.
// Every colour reaches 4.5:1 with one of the two, so a brand colour is never
// refused for itself; only an explicit textColor can fail, and then the
// error names the nearest shade of color that passes with it.
func (b *BrandConfig) checkColors(id string, at func(key ...string) int) *diag.Error {
	if b.Color != "" && !hexColor.MatchString(b.Color) {
		return diag.Errorf(ConfigFile, at("brands", id, "color"), "brand %q: color %q is not #rrggbb", id, b.Color).
			WithHint(`write a colour as six hex digits, e.g. "#1d4f91"`)
	}
	if b.TextColor != "" && !hexColor.MatchString(b.TextColor) {
		return diag.Errorf(ConfigFile, at("brands", id, "textColor"), "brand %q: textColor %q is not #rrggbb", id, b.TextColor).
			WithHint(`write a colour as six hex digits, e.g. "#ffffff"; or leave textColor out and redline picks white or black`)
	}
	bg := b.Color
	if bg == "" {
		bg = DefaultBrandColor
	}
	if b.TextColor == "" {
		b.TextColor = white
		if contrast(bg, white) < MinContrast {
			b.TextColor = black
		}
		return nil
	}
	r := contrast(bg, b.TextColor)
	if r >= MinContrast {
		return nil
	}
	line := at("brands", id, "textColor")
	e := diag.Errorf(ConfigFile, line, "brand %q: text %s on %s has contrast %.2f:1, below the %.1f:1 that WCAG AA requires",
		id, b.TextColor, bg, r, MinContrast)
	auto := white
	if contrast(bg, white) < MinContrast {
		auto = black
	}
	if shade, ok := nearestShade(bg, b.TextColor); ok {
		e.WithHint("set color = %q, the nearest shade that reaches %.1f:1 with %s (%.2f:1), or leave textColor out to use %s text (%.2f:1)",
			shade, MinContrast, b.TextColor, contrast(shade, b.TextColor), name(auto), contrast(bg, auto))
		if b.Color == "" {
			e.Hint += "; without color the header is the theme's " + DefaultBrandColor
		}
		return e
	}
	return e.WithHint("leave textColor out to use %s text (%.2f:1)", name(auto), contrast(bg, auto))
}

func name(c string) string {
	switch c {
	case white:
		return "white"
	case black:
		return "black"
	}
	return c
}

// nearestShade returns the shade of bg (same hue and saturation, lightness
// moved away from text's) closest to bg that reaches MinContrast with text.
func nearestShade(bg, text string) (string, bool) {
	h, s, l := hsl(bg)
	step := -0.001 // darker, under light text
	if luminance(text) < 0.18 {
		step = 0.001 // lighter, over dark text
	}
	for ; l >= 0 && l <= 1; l += step {
		c := fromHSL(h, s, l)
		if contrast(c, text) >= MinContrast {
			return c, true
		}
	}
	return "", false
}

func rgb(hex string) (r, g, b float64) {
	v, _ := strconv.ParseUint(hex[1:], 16, 32)
	return float64(v>>16&0xff) / 255, float64(v>>8&0xff) / 255, float64(v&0xff) / 255
}

func hsl(hex string) (h, s, l float64) {
	r, g, b := rgb(hex)
	max, min := math.Max(r, math.Max(g, b)), math.Min(r, math.Min(g, b))
	l = (max + min) / 2
	if max == min {
		return 0, 0, l
	}
	d := max - min
	if l > 0.5 {
		s = d / (2 - max - min)
	} else {
		s = d / (max + min)
	}
	switch max {
	case r:
		h = (g - b) / d
		if g < b {
			h += 6
		}
	case g:
		h = (b-r)/d + 2
	default:
		h = (r-g)/d + 4
	}
	return h / 6, s, l
}

func fromHSL(h, s, l float64) string {
	if s == 0 {
		return hexOf(l, l, l)
	}
	q := l * (1 + s)
	if l >= 0.5 {
		q = l + s - l*s
	}
	p := 2*l - q
	return hexOf(hue(p, q, h+1.0/3), hue(p, q, h), hue(p, q, h-1.0/3))
}

func hue(p, q, t float64) float64 {
	if t < 0 {
		t++
	}
	if t > 1 {
		t--
	}
	switch {
	case t < 1.0/6:
		return p + (q-p)*6*t
	case t < 0.5:
		return q
	case t < 2.0/3:
		return p + (q-p)*(2.0/3-t)*6
	}
	return p
}

func hexOf(r, g, b float64) string {
	c := func(v float64) int { return int(math.Round(math.Max(0, math.Min(1, v)) * 255)) }
	return fmt.Sprintf("#%02x%02x%02x", c(r), c(g), c(b))
}
