package material

import "fmt"

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
	for i, o := range overrides {
		if o.By == "" || o.Reason == "" {
			return &OverrideError{Index: i, Msg: fmt.Sprintf("override of %s must say who decided (by) and why (reason)", o.Change)}
		}
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
			return &OverrideError{Index: i, Msg: fmt.Sprintf("override of %s: no such change between the versions", o.Change)}
		}
	}
	r.Material = false
	for _, v := range r.Verdicts {
		r.Material = r.Material || v.Material
	}
	return nil
}

// OverrideError is a malformed override, the Index-th in its file.
type OverrideError struct {
	Index int
	Msg   string
}

func (e *OverrideError) Error() string { return e.Msg }
