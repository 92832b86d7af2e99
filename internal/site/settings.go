package site

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/levenshtein"
)

// settings decodes config.toml into a Config one setting at a time, so that
// every wrong setting is reported in one run (a whole-document decode stops
// at the first value of the wrong kind), and so that names are matched
// exactly: BurntSushi/toml matches keys without regard to case, but the
// README promises that an unknown setting is an error, and "TIMEZONE" is not
// the name of any setting. A near miss gets "did you mean".
type settings struct {
	md   toml.MetaData
	src  []byte
	errs diag.List
}

// decodeTable decodes the table prims into the struct v (a pointer), whose
// fields are named by their toml tags; path is the table's key.
func (s *settings) decodeTable(path toml.Key, prims map[string]toml.Primitive, v reflect.Value) {
	v = v.Elem()
	t := v.Type()
	fields := make(map[string]int)
	var names []string
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ",")
		if name == "" || name == "-" {
			continue
		}
		fields[name] = i
		names = append(names, name)
	}
	for _, key := range sortedKeys(prims) {
		at := append(append(toml.Key{}, path...), key)
		i, ok := fields[key]
		if !ok {
			s.unknown(at, names)
			continue
		}
		f := v.Field(i)
		switch {
		case f.Kind() == reflect.Map && f.Type().Elem().Kind() == reflect.Struct:
			// [brands.<id>]: one table per entry.
			var entries map[string]toml.Primitive
			if !s.decode(at, prims[key], &entries) {
				continue
			}
			m := reflect.MakeMapWithSize(f.Type(), len(entries))
			for _, id := range sortedKeys(entries) {
				var inner map[string]toml.Primitive
				if !s.decode(append(at, id), entries[id], &inner) {
					continue
				}
				e := reflect.New(f.Type().Elem())
				s.decodeTable(append(append(toml.Key{}, at...), id), inner, e)
				m.SetMapIndex(reflect.ValueOf(id), e.Elem())
			}
			f.Set(m)
		case f.Kind() == reflect.Struct:
			var inner map[string]toml.Primitive
			if s.decode(at, prims[key], &inner) {
				s.decodeTable(at, inner, f.Addr())
			}
		default:
			s.decode(at, prims[key], f.Addr().Interface())
		}
	}
}

// decode decodes one value, reporting a value of the wrong kind at its line.
func (s *settings) decode(key toml.Key, p toml.Primitive, v any) bool {
	if _, table := v.(*map[string]toml.Primitive); table && s.md.Type(key...) != "Hash" && s.md.Type(key...) != "" { // "" is a table made implicitly by [brands.acme]
		// BurntSushi/toml decodes a number into a table as an empty table.
		s.errs = append(s.errs, diag.Errorf(ConfigFile, keyLine(s.src, key), "%s must be a table, not %s", key, tomlKind(s.md.Type(key...))).
			WithHint("write it as a table: a line [%s] and its settings below it", key))
		return false
	}
	err := s.md.PrimitiveDecode(p, v)
	if err == nil {
		return true
	}
	msg := decodePrefix.ReplaceAllString(strings.TrimPrefix(err.Error(), "toml: "), "")
	msg = strings.TrimPrefix(msg, "incompatible types: ")
	if m := kindMismatch.FindStringSubmatch(msg); m != nil {
		msg = fmt.Sprintf("%s must be %s, not %s", key[len(key)-1], kindName(m[2]), kindName(m[1]))
	} else {
		msg = key.String() + ": " + msg
	}
	s.errs = append(s.errs, &diag.Error{File: ConfigFile, Line: keyLine(s.src, key), Msg: msg, Err: err,
		Hint: `write text in quotes ("..."), numbers without quotes (30), true or false, and dates as 2026-05-01`})
	return false
}

func tomlKind(t string) string {
	switch t {
	case "Integer":
		return "a whole number"
	case "Float":
		return "a number with a fraction"
	case "String":
		return "text"
	case "Bool":
		return "true or false"
	case "Array", "ArrayHash":
		return "a list"
	case "Datetime", "DatetimeLocal", "DateLocal", "TimeLocal":
		return "a date"
	}
	return t
}

var kindMismatch = regexp.MustCompile(`TOML value has type (\S+); destination has type (\S+)`)

func kindName(k string) string {
	switch k {
	case "int", "int64", "integer":
		return "a whole number"
	case "string":
		return "text in quotes"
	case "bool":
		return "true or false"
	case "map", "struct", "table":
		return "a table"
	case "slice", "array":
		return "a list"
	case "float", "float64":
		return "a number with a fraction"
	case "datetime", "time.Time":
		return "a date"
	}
	return k
}

// unknown reports a setting redline does not know, suggesting the one it
// was probably meant to be.
func (s *settings) unknown(key toml.Key, names []string) {
	name := key[len(key)-1]
	e := diag.Errorf(ConfigFile, keyLine(s.src, key), "unknown setting %q", key.String())
	if near := nearestSetting(name, names); near != "" {
		e.WithHint("did you mean %s? Setting names are matched exactly, capitals included", near)
	} else {
		e.WithHint("check the spelling; the settings are listed in the README under config.toml")
	}
	s.errs = append(s.errs, e)
}

// nearestSetting returns the setting name that differs from name only in
// case, else the one within two edits of it, else "".
func nearestSetting(name string, names []string) string {
	sort.Strings(names)
	for _, n := range names {
		if strings.EqualFold(n, name) {
			return n
		}
	}
	for _, n := range names {
		if levenshtein.Distance(strings.ToLower(name), strings.ToLower(n)) <= 2 {
			return n
		}
	}
	return ""
}
