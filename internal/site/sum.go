package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/redline-legal/redline/internal/diag"
)

// SumFile records the hash of every published file, one line each:
//
//	versions/omnicrm/privacy/v1.md sha256:9f86d08...
//
// A published file that no longer matches its line has been edited, which
// redline refuses: published text is what users were told.
const SumFile = "versions/versions.sum"

// Hash returns the "sha256:<hex>" digest of a file's bytes.
func Hash(data []byte) string {
	h := sha256.Sum256(data)
	return "sha256:" + hex.EncodeToString(h[:])
}

// Sums maps a published file's path to its recorded digest.
type Sums map[string]string

// ParseSums reads versions.sum, reporting malformed lines by number.
func ParseSums(src []byte) (Sums, diag.List) {
	sums := make(Sums)
	var errs diag.List
	for i, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 || !validDigest(f[1]) {
			errs = append(errs, diag.Errorf(SumFile, i+1, "malformed line %q", line).
				WithHint(`each line is "<path> sha256:<64 hex digits>"; restore the file from version control`))
			continue
		}
		if _, dup := sums[f[0]]; dup {
			errs = append(errs, diag.Errorf(SumFile, i+1, "%s is listed twice", f[0]).
				WithHint("keep one line per published file; restore the file from version control"))
			continue
		}
		sums[f[0]] = strings.ToLower(f[1]) // upper-case hex is the same hash
	}
	return sums, errs
}

// validDigest reports whether s is "sha256:" and 64 hex digits, in either case.
func validDigest(s string) bool {
	digits, ok := strings.CutPrefix(strings.ToLower(s), "sha256:")
	if !ok || len(digits) != 64 {
		return false
	}
	_, err := hex.DecodeString(digits)
	return err == nil
}

// Format writes sums as versions.sum content, sorted by path in version
// order (v2 before v10), so that the file is stable and diffs read well.
func (s Sums) Format() []byte {
	paths := make([]string, 0, len(s))
	for p := range s {
		paths = append(paths, p)
	}
	sort.Slice(paths, func(i, j int) bool { return versionPathLess(paths[i], paths[j]) })
	var b bytes.Buffer
	for _, p := range paths {
		fmt.Fprintf(&b, "%s %s\n", p, s[p])
	}
	return b.Bytes()
}

// versionPathLess orders ".../v9.md" before ".../v10.md".
func versionPathLess(a, b string) bool {
	da, fa := splitLast(a)
	db, fb := splitLast(b)
	if da != db {
		return da < db
	}
	na, nb := versionNumber(fa), versionNumber(fb)
	if na != nb {
		return na < nb
	}
	return fa < fb
}

func splitLast(p string) (dir, file string) {
	i := strings.LastIndexByte(p, '/')
	return p[:i+1], p[i+1:]
}
