package site

import (
	"fmt"
	"time"
)

// Date is a calendar date in the site's time zone, with no time of day.
// The zero Date is "not set".
type Date struct {
	t time.Time // midnight UTC of the date; only the calendar fields matter
}

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// NewDate returns the given calendar date; out-of-range fields normalise as
// time.Date does.
func NewDate(year int, month time.Month, day int) Date {
	return Date{time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// MinYear is the earliest year a date may have: older dates are typos, and
// year 1 is the zero Date.
const MinYear = 1900

// ParseDate reads a date written YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date written YYYY-MM-DD", s)
	}
	if t.Year() < MinYear {
		// 0001-01-01 would also be the zero Date, "not set", and print as "".
		return Date{}, fmt.Errorf("%q is before %d: not a date a policy can have", s, MinYear)
	}
	return Date{t}, nil
}

// UnmarshalTOML accepts a TOML local date (2026-05-01) or a string holding one.
func (d *Date) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case time.Time:
		*d = DateOf(v)
		return nil
	case string:
		p, err := ParseDate(v)
		if err != nil {
			return err
		}
		*d = p
		return nil
	}
	return fmt.Errorf("%v is not a date: write it as 2026-05-01", v)
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.t.IsZero() }

// String formats the date as YYYY-MM-DD.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

// Long formats the date for readers: "16 May 2026".
func (d Date) Long() string { return d.t.Format("2 January 2006") }

// Time returns midnight UTC of the date, for formats that want a timestamp.
func (d Date) Time() time.Time { return d.t }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// After reports whether d is later than e.
func (d Date) After(e Date) bool { return d.t.After(e.t) }

// Equal reports whether d and e are the same day.
func (d Date) Equal(e Date) bool { return d.t.Equal(e.t) }

// AddDays returns the date n days later (earlier when n < 0).
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.t.Sub(d.t).Hours() / 24) }
