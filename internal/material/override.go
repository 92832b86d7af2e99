package material

import (
	"fmt"
	"strings"
)

// Override is a reviewer's verdict on one change, kept in the front matter
// of the version it applies to:
//
//	[[override]]
//	change = "c-1a2b3c4d"
//	material = false
//	by = "Jane Doe, DPO"
//	reason = "Clarifies existing practice; nothing users can do changes."
type Override struct {
	Change   string `toml:"change" json:"change"`
	Material bool   `toml:"material" json:"material"`
	By       string `toml:"by" json:"by"`
	Reason   string `toml:"reason" json:"reason"`
}

// Apply sets the reviewers' verdicts on a report. It returns an error for an
// override of a change the report does not have, or one that does not say
// who decided and why.
func (r *Report) Apply(overrides []Override) error {
	unmatched, err := r.ApplyMatching(overrides)
	if err != nil {
		return err
	}
	if len(unmatched) > 0 {
		i := unmatched[0]
		return &OverrideError{Index: i, Msg: fmt.Sprintf("override of %s: no such change between the versions", overrides[i].Change)}
	}
	return nil
}

// ApplyMatching sets the reviewers' verdicts on a report, like Apply, but
// skips an override that names a change the report does not have (the text
// was edited since the reviewer decided, or a release already used it): it
// returns the indices of those. An override that does not say who decided
// and why is an error: a blank by or reason (spaces only) says nothing.
func (r *Report) ApplyMatching(overrides []Override) (unmatched []int, err error) {
	for i, o := range overrides {
		if strings.TrimSpace(o.By) == "" || strings.TrimSpace(o.Reason) == "" {
			return nil, &OverrideError{Index: i, Msg: fmt.Sprintf("override of %s must say who decided (by) and why (reason)", o.Change)}
		}
	}
	for i, o := range overrides {
		found := false
		for k := range r.Verdicts {
			if r.Verdicts[k].ID == o.Change {
				o := o
				r.Verdicts[k].Override = &o
				r.Verdicts[k].Material = o.Material
				found = true
			}
		}
		if !found {
			unmatched = append(unmatched, i)
		}
	}
	r.Material = false
	for _, v := range r.Verdicts {
		r.Material = r.Material || v.Material
	}
	return unmatched, nil
}

// OverrideError is a malformed override, the Index-th in its file.
type OverrideError struct {
	Index int
	Msg   string
}

func (e *OverrideError) Error() string { return e.Msg }
